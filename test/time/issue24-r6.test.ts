/**
 * Time values wrong on the Random(2430) sample of issue 24, as general rules on sentences written here: a share
 * "a quarter (24%) of" is no period (time.duration), an infinitive after a past verb names a past act
 * (tense.past-event-infinitive).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2005-03-15'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.type, t.value]);

test('time.duration: "a quarter (24%) of" is a share, not a period; a bracketed period stays one', () => {
  assert.deepEqual(values(times('Almost a quarter (24%) of those asked backed the plan.')), []);
  assert.deepEqual(values(times('The repair took a quarter (three months) in all.')), [
    ['a quarter', 'DURATION', 'P1Q'],
    ['three months', 'DURATION', 'P3M'],
  ]);
});

test('tense.past-event-infinitive: "was forced to resign in April" is a past act; "agreed to resign" a plan', () => {
  assert.deepEqual(values(times('The envoy was forced to resign in April over the leak.')), [
    ['April', 'DATE', '2004-04'],
  ]);
  assert.deepEqual(values(times('The envoy agreed to resign in April.')), [['April', 'DATE', '2005-04']]);
});
