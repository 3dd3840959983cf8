import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** Source codes of the rules' events with trigger `trigger` (no learned model). */
function sources(text: string, trigger: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events.filter((e) => e.evidence.trigger.text === trigger).map((e) => e.source?.code ?? '');
}

test('subject:not-in-pp: an actor after a preposition and an article is no subject', () => {
  // The crossing and the town are where the subject came from, not who surrendered.
  assert.deepEqual(
    sources('The cousins drove to a border crossing and their uncle surrendered to Peruvian forces.', 'surrendered'),
    [],
  );
  assert.deepEqual(sources('Some fighters from the town surrendered to Peruvian forces.', 'surrendered'), ['UAF']);
});

test('subject:not-in-pp: "of the" and "by the" still lend the subject their actor', () => {
  assert.deepEqual(sources('Members of the Peruvian opposition criticised the Chilean government.', 'criticised'), [
    'PEROPP',
  ]);
  assert.deepEqual(sources('A bombing claimed by the rebels killed four Chilean soldiers.', 'killed'), ['REB']);
});
