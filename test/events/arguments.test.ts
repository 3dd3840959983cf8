import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import type { Event } from '../../src/model/schema.js';

/** The coder's candidates (before the model and the gates): what the argument rules found. */
function candidates(text: string): Event[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { candidatesOnly: true });
  return doc.events;
}
const find = (evs: Event[], trigger: string): Event => {
  const e = evs.find((x) => x.evidence.trigger.text === trigger);
  assert.ok(e, `no event on "${trigger}": ${evs.map((x) => x.evidence.trigger.text).join(', ')}`);
  return e;
};

test(':subject and :object: the actor before the verb and the one after it', () => {
  const e = find(candidates('Russia signed a treaty with China.'), 'signed');
  assert.equal(e.source?.country, 'RUS');
  assert.equal(e.target?.country, 'CHN');
  assert.match(e.evidence.rule, /:subject:object/);
});

test(':passive-by: the "by" actor is the source, the subject the target', () => {
  const e = find(candidates('Lebanon was attacked by Israel on Sunday.'), 'attacked');
  assert.equal(e.source?.country, 'ISR');
  assert.equal(e.target?.country, 'LBN');
  assert.match(e.evidence.rule, /passive-by/);
});

test(':infinitive-subject: an infinitive shares the main clause subject', () => {
  const e = find(candidates('Turkey met Iraq on Monday to discuss the border with Syria.'), 'met');
  assert.equal(e.source?.country, 'TUR');
});

test('coordinated subjects are each a source', () => {
  const evs = candidates('India and Pakistan condemned the attack on Afghanistan.').filter(
    (e) => e.evidence.trigger.text === 'condemned',
  );
  assert.deepEqual(evs.map((e) => e.source?.country).sort(), ['IND', 'PAK']);
});

test(':passive-by on a participle with no auxiliary: "protesters arrested by the police"', () => {
  const e = find(candidates('Protesters arrested by Iranian police were released on Friday.'), 'arrested');
  assert.equal(e.source?.code, 'IRNCOP');
  assert.match(e.evidence.rule, /passive-by/);
  // The active clause keeps its subject as the source.
  const active = find(candidates('Iranian police arrested protesters in Tehran.'), 'arrested');
  assert.equal(active.source?.code, 'IRNCOP');
});
