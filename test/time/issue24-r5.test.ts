/**
 * Time values wrong on the Random(2429) sample of issue 24, as general rules on sentences written here: day names
 * inside the names of newspapers and shows (time.weekday.name, time.deictic show-address), the "year" of an award,
 * "a year when …" naming a year, and a rate after a spelled count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2005-03-15'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.type, t.value]);

test("time.weekday.name: a day name in a newspaper or a broadcaster's show is no time", () => {
  assert.deepEqual(values(times('The interview ran in the Sunday Times and the Sunday Telegraph.')), []);
  assert.deepEqual(values(times("She told Sky News' Sunday programme that the deal was safe.")), []);
  assert.deepEqual(values(times('A column in the Sunday Gazette said the deal was safe.')), []);
  assert.deepEqual(values(times('The Independent on Sunday ran the interview.')), []);
  // Without "the" before the paper, or with "the" before a lower-case word, the day is a time.
  assert.deepEqual(values(times('Independent candidates spoke on Sunday.')), [['Sunday', 'DATE', '2005-03-13']]);
  assert.deepEqual(values(times('They met on the Sunday before the vote.')).length, 1);
  // A name after the day is no newspaper: "On Sunday Mr Lee spoke".
  assert.deepEqual(values(times('On Sunday Mr Lee spoke to farmers.')), [['Sunday', 'DATE', '2005-03-13']]);
});

test('time.deictic show-address: "told Today" names the programme; lower-case "today" stays a day', () => {
  assert.deepEqual(values(times('The plan is fair, the minister told Today.')), []);
  assert.deepEqual(values(times('The minister spoke to Today about the plan.')), []);
  assert.deepEqual(values(times('The minister spoke to reporters today.')), [['today', 'DATE', '2005-03-15']]);
  assert.deepEqual(values(times('Today the minister spoke.')), [['Today', 'DATE', '2005-03-15']]);
});

test('time.unit.the-year.award: "the year" of an award is no time; "the end of the year" still is', () => {
  assert.deepEqual(values(times('The striker was named footballer of the year.')), []);
  assert.deepEqual(values(times('The scheme ends at the end of the year.')), [['the end of the year', 'DATE', '2005']]);
});

test('time.unit.a-year-when: "in a year when …" names a year, "took a year" measures one', () => {
  assert.deepEqual(values(times('In a year when floods hit the north, the rains came late.', '2017-12-25')), [
    ['a year', 'DATE', '2017'],
  ]);
  assert.deepEqual(values(times('The repair took a year when it should have taken a month.')), [
    ['a year', 'DURATION', 'P1Y'],
    ['a month', 'DURATION', 'P1M'],
  ]);
});

test('time.set.rate-counted: a rate after a spelled count of a plural noun is a SET', () => {
  assert.deepEqual(values(times('The disease kills three women a day.')), [['a day', 'SET', 'P1D']]);
  assert.deepEqual(values(times('The line carries forty trains a week.')), [['a week', 'SET', 'P1W']]);
});
