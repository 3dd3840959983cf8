/**
 * Time values found wrong on the issue 24 sample of real news (docs/facts-judging-speakers-dates.md), as rules:
 * a weekday with a named week, the modal "may", "years from now" opening a quotation, a holiday naming a thing.
 * The DCT is Friday 2025-05-09.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2025-05-09'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.value]);

test('time.weekday: "Thursday and Friday next week" take the named week', () => {
  assert.deepEqual(values(times('The envoy is convening talks on Thursday and Friday next week.')), [
    ['Thursday', '2025-05-15'],
    ['Friday', '2025-05-16'],
    ['next week', '2025-W20'],
  ]);
  assert.deepEqual(values(times('The envoy met them on Monday last week.')).slice(0, 1), [['Monday', '2025-04-28']]);
  // Without a week the tense decides, as before.
  assert.deepEqual(values(times('The envoy met them on Thursday.')), [['Thursday', '2025-05-08']]);
});

test('the modal "may" points ahead; the month and the name May do not', () => {
  assert.deepEqual(values(times('The judge may rule on the appeal on Thursday.')), [['Thursday', '2025-05-15']]);
  assert.deepEqual(values(times('The judge may have ruled on the appeal on Thursday.')), [['Thursday', '2025-05-08']]);
  assert.deepEqual(values(times('Theresa May spoke to the judges on Thursday.')), [['Thursday', '2025-05-08']]);
});

test('time.relative.vague: a unit with no count "from now" or "ago" is the future or the past, also after a quote mark', () => {
  assert.deepEqual(values(times('“Years from now, the group will still be there,” he said.')), [
    ['Years from now', 'FUTURE_REF'],
  ]);
  assert.deepEqual(values(times('It happened months ago.')), [['months ago', 'PAST_REF']]);
  // A quoted title mid-sentence stays no time.
  assert.deepEqual(values(times('She spoke on the show “This Week With Jane Doe” yesterday.')), [
    ['yesterday', '2025-05-08'],
  ]);
});

test('time.holiday: a holiday naming a thing ("the town\'s Christmas market") is no date', () => {
  assert.deepEqual(values(times('Visitors crowded the Vienna Christmas market.')), []);
  assert.deepEqual(values(times('Troops will be home by Christmas.')), [['Christmas', '2025-12-25']]);
  assert.deepEqual(values(times('Shops closed for the Christmas holidays.')), [['Christmas', '2024-12-25']]);
});
