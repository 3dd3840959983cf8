/**
 * Time values wrong on the Random(2428) sample of issue 24, as general rules on sentences written here: a bare
 * month in a past story takes the year the story named (time.month.story-year), and a bare month told in the past
 * is not next year's (resolve.past-month-not-ahead).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2018-12-14'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.value]);

test('time.month.story-year: a past month after "last year" or a past year takes that year', () => {
  assert.deepEqual(values(times('The baker served three months in custody last year after police held him in July.')), [
    ['three months', 'P3M'],
    ['last year', '2017'],
    ['July', '2017-07'],
  ]);
  // The sentence after goes on with a month of that year.
  assert.deepEqual(values(times('The farm closed in March 2014. The owners sold the herd in October.')), [
    ['March 2014', '2014-03'],
    ['October', '2014-10'],
  ]);
  // Not when that sentence moved on to another year after its month, or when the month comes earlier in the year.
  assert.deepEqual(
    values(times('The farm closed in March 2014 and the following year it was sold. The herd went in October.'))[2],
    ['October', '2018-10'],
  );
  assert.deepEqual(values(times('She reached Lisbon in November 2011. In March she sailed on.'))[1], [
    'March',
    '2018-03',
  ]);
});

test('time.month.story-year: not for a present or future month, nor two sentences on, nor a chain', () => {
  assert.deepEqual(values(times('The farm closed in May 2014. The owners will sell the herd in October.'))[1], [
    'October',
    '2019-10',
  ]);
  assert.deepEqual(values(times('The farm closed in May 2014. It was sad. The owners sold the herd in October.'))[1], [
    'October',
    '2018-10',
  ]);
  // A year that opens a span lasting to now sets no story.
  assert.deepEqual(
    values(times('Raids have grown since its rise in 2014. Its attack on the port in June failed.'))[1],
    ['June', '2018-06'],
  );
  assert.deepEqual(
    values(times('The farm closed last year. The owners sold the herd in October. Prices fell in June.'))[2],
    ['June', '2018-06'],
  );
});

test("resolve.past-month-not-ahead: a bare month told in the past is not next year's; a dated plan still is", () => {
  assert.deepEqual(values(times('Attacks rose after the mayor took office in January.', '2017-12-31')), [
    ['January', '2017-01'],
  ]);
  assert.deepEqual(values(times('The board said the dividend was payable Jan. 15.', '2017-12-28')), [
    ['Jan. 15', '2018-01-15'],
  ]);
});

test('time.unit.the-year-ended: "the year ended" with no date after it is a calendar year, not a length', () => {
  assert.deepEqual(values(times('While 2016 saw the siege end, the year ended with a warning.', '2017-12-31'))[1], [
    'the year',
    '2016',
  ]);
  assert.deepEqual(values(times('The year ended badly for the club.', '2017-12-31')), [['The year', '2017']]);
  // A fiscal year's end date keeps the length.
  assert.deepEqual(values(times('Profit for the year ended Sept. 30 rose.', '2017-12-31'))[0], ['the year', 'P1Y']);
  assert.deepEqual(values(times('It expects a loss for the year ending tomorrow.', '2017-12-30'))[0], [
    'the year',
    'P1Y',
  ]);
});
