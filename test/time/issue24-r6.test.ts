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

test('tense.past-event-infinitive: "was forced to retire in April" is a past act; "agreed to resign" a plan', () => {
  assert.deepEqual(values(times('The envoy was forced to retire in April after the leak.')), [
    ['April', 'DATE', '2004-04'],
  ]);
  assert.deepEqual(values(times('The envoy agreed to resign in April.')), [['April', 'DATE', '2005-04']]);
});

test('time.month.story-year-limit: a year ending a state ("until 2016") lends no year to a later bare month', () => {
  const limit = times(
    'The village, held by the militia until 2016, was shelled by artillery in January.',
    '2018-03-04',
  );
  assert.deepEqual(values(limit).at(-1), ['January', 'DATE', '2018-01']);
  const story = times('The village was taken in 2016 and was shelled by artillery in January.', '2018-03-04');
  assert.deepEqual(values(story).at(-1), ['January', 'DATE', '2016-01']);
});
