/**
 * Time values found wrong on the fresh issue 24 sample (docs/facts-judging-speakers-dates.md, Random(2426)), as
 * general rules on sentences written here: a year named after "that same year", a limit or modal pointing ahead,
 * counted hours, "every couple of", and names that are no times ("the Today programme", "the Daily", "the future
 * of"). The DCT is Friday 2025-05-09 unless given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2025-05-09'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.value]);

test('time.anaphoric.year-named: "that same year, 2016," takes the year written after it', () => {
  assert.deepEqual(values(times('The mill closed in 2012. That same year, 2016, the port reopened.')), [
    ['2012', '2012'],
    ['That same year', '2016'],
    ['2016', '2016'],
  ]);
  // A count after the comma is no year; without a year the latest one named is meant, as before.
  assert.deepEqual(values(times('The mill closed in 2012. That year, 2,000 workers left.')), [
    ['2012', '2012'],
    ['That year', '2012'],
  ]);
});

test('tense: "until at least" and the modal "could" point ahead', () => {
  assert.deepEqual(values(times('Parliament was suspended until at least February.', '2025-12-09')), [
    ['February', '2026-02'],
  ]);
  assert.deepEqual(values(times('The court could sit on Monday and Tuesday.', '2025-12-10')), [
    ['Monday', '2025-12-15'],
    ['Tuesday', '2025-12-16'],
  ]);
  // "could have", "could not": not ahead.
  assert.deepEqual(values(times('The court could have sat on Monday.', '2025-12-10')), [['Monday', '2025-12-08']]);
  assert.deepEqual(values(times('The judge could not attend on Monday.', '2025-12-10')), [['Monday', '2025-12-08']]);
});

test('time.relative.hours-ago: counted hours from the DCT name the day they fall on', () => {
  assert.deepEqual(values(times('The ferry docked 23 hours ago.')), [['23 hours ago', '2025-05-08']]);
  assert.deepEqual(values(times('The ferry docked two hours ago.')), [['two hours ago', '2025-05-09']]);
  assert.deepEqual(values(times('The ferry leaves 48 hours from now.')), [['48 hours from now', '2025-05-11']]);
  // Uncounted hours stay the past.
  assert.deepEqual(values(times('The ferry docked hours ago.')), [['hours ago', 'PAST_REF']]);
});

test('time.set.each: "every couple of years" is a set of two years', () => {
  const [t] = times('The festival moves town every couple of years.');
  assert.deepEqual([t.span.text, t.type, t.value], ['every couple of years', 'SET', 'P2Y']);
});

test('names that are no times: the Today programme, the Daily, a daily newspaper, the future of X', () => {
  assert.deepEqual(values(times("She told BBC Radio 4's Today programme the plan was sound.")), []);
  assert.deepEqual(values(times('She told the Today programme the plan was sound.')), []);
  assert.deepEqual(values(times('She wrote for the Daily Courier and a daily newspaper in Leeds.')), []);
  assert.deepEqual(values(times('The daily reported the plan.')), []);
  assert.deepEqual(values(times('Delegates argued over the future of the mayor.')), []);
  // The words keep their time readings elsewhere.
  assert.deepEqual(values(times('Today, she said, the plan is sound.')), [['Today', '2025-05-09']]);
  assert.deepEqual(values(times('Guards patrol the port daily.')), [['daily', 'P1D']]);
  assert.deepEqual(values(times('Sales are checked on a daily basis.')), [['daily', 'P1D']]);
  assert.deepEqual(values(times('Prices will rise in the future.')), [['the future', 'FUTURE_REF']]);
});
