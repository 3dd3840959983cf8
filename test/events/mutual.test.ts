import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** The rules' events (no learned model, no gates): "trigger cameo source->target modality". */
function events(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null, candidatesOnly: true });
  return doc.events.map(
    (e) => `${e.evidence.trigger.text} ${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

const withTrigger = (list: string[], word: string): string[] => list.filter((e) => e.startsWith(word + ' '));

test('mutual:paired: coordinated subjects act on each other only where the text pairs them', () => {
  // Both back a third party the pronoun names: no event between them.
  assert.ok(!events('Chile and Bolivia have backed them since 2010.').some((e) => /CHL->BOL|BOL->CHL/.test(e)));
  // The parties of a deal named after "between" are not who pays whom.
  const pay = withTrigger(events('Under a deal between Chile and Bolivia, Bolivia would pay for the road.'), 'pay');
  assert.ok(!pay.some((e) => /CHL->BOL|BOL->CHL/.test(e)));
  // Signing together still pairs them.
  assert.ok(events('Chile and Bolivia signed an agreement.').some((e) => e.startsWith('signed 057 CHL->BOL')));
});
