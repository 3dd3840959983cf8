import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** Source -> target of the rules' events with trigger `trigger` (no learned model). */
function pairs(text: string, trigger: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events
    .filter((e) => e.evidence.trigger.text === trigger)
    .map((e) => `${e.source?.code}->${e.target?.code}`);
}

test('subject:participle-head: the forces a participle follows fight, not an actor earlier in the sentence', () => {
  assert.deepEqual(pairs('The Chilean envoy to the forces fighting the Peruvian army has resigned.', 'fighting'), [
    'MIL->PERMIL',
  ]);
  assert.deepEqual(
    pairs('Talks between Chile and Bolivia stalled, with Peru denying the Bolivian claims.', 'denying'),
    ['PER->BOL'],
  );
});

test('subject:participle-head: a progressive and a singular noun keep the clause subject', () => {
  assert.deepEqual(pairs('The Chilean army is fighting the Peruvian army.', 'fighting'), ['CHLMIL->PERMIL']);
  assert.deepEqual(pairs('The Chilean cabinet issued a statement vowing to cooperate with Peru.', 'vowing'), [
    'CHLGOV->PER',
  ]);
});
