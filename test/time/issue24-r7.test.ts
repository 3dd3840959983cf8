/**
 * Time values wrong on the Random(2431) sample of issue 24, as general rules on sentences written here: a day
 * without a year goes on a past story dated to the day (time.day-month.story-year), "one day" before a clause's
 * subject or closing an event clause is some day, not a length (time.some-day.clause), and a range of counts keeps
 * its lower bound with the mod that says so (time.duration).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2005-03-15'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.type, t.value]);

test('time.day-month.story-year: days after a past day take its year, in sequence', () => {
  const story =
    'The harbour board met on 4 February 1999 to discuss the dredging. Nobody objected. ' +
    'On 9 February, the engineers began work. The mayor says on 12 February the first barge sank. ' +
    '"The pier was closed on February 20," the clerk said.';
  assert.deepEqual(values(times(story)), [
    ['4 February 1999', 'DATE', '1999-02-04'],
    ['9 February', 'DATE', '1999-02-09'],
    ['12 February', 'DATE', '1999-02-12'],
    ['February 20', 'DATE', '1999-02-20'],
  ]);
});

test('time.day-month.story-year: not for an earlier day, a future clause, a story gone cold, or a year alone', () => {
  // A day earlier in the year than the story's day is no step in it.
  assert.equal(times('The dam opened on 20 May 1998. On 2 January the valves failed.')[1].value, '2005-01-02');
  // Told in the future, the day lies ahead of the DCT.
  assert.equal(times('The dam opened on 2 March 1998. The new gates will open on 28 March.')[1].value, '2005-03-28');
  // More than three sentences on, the story no longer dates the day.
  const cold = 'The dam opened on 2 March 1998. It was big. It was grey. It was loud. The valves failed on 9 March.';
  assert.equal(times(cold)[1].value, '2005-03-09');
  // A year or month without a day sets no such story.
  assert.equal(times('A scheme approved in 1997 bought back shares through 9 March.')[1].value, '2005-03-09');
  // A later date of the DCT's year ends it.
  assert.equal(times('The dam opened on 2 March 1998. Yesterday, on 9 March, it flooded.')[2].value, '2005-03-09');
});

test('time.some-day.clause: "one day" before a subject or closing an event clause is no duration', () => {
  assert.deepEqual(values(times('They saved hard so one day they could buy the mill.')), []);
  assert.deepEqual(values(times('A stranger knocked on our door one day.')), []);
  assert.deepEqual(values(times('I know one day we will meet again.')), []);
});

test('time.some-day.clause: a measured "one day" stays a duration', () => {
  assert.deepEqual(values(times('The ferry strike lasted one day.')), [['one day', 'DURATION', 'P1D']]);
  assert.deepEqual(values(times('The new coach had only been in charge one day.')), [['one day', 'DURATION', 'P1D']]);
  assert.deepEqual(values(times('The launch was delayed one day, officials said.'))[0], ['one day', 'DURATION', 'P1D']);
  assert.deepEqual(values(times('For one day we had the island to ourselves.')), [['one day', 'DURATION', 'P1D']]);
});

test('time.duration: a range "20 or 30 years" keeps its lower bound as TimeBank codes it, marked EQUAL_OR_MORE', () => {
  const [range] = times('Reform has been promised for 20 or 30 years.');
  assert.deepEqual([range.span.text, range.value, range.mod], ['20 or 30 years', 'P20Y', 'EQUAL_OR_MORE']);
  // A quantity word before the range says more: "about", "over".
  assert.equal(times('The dig took about two to three weeks.')[0].mod, 'APPROX');
  const [plain] = times('Reform has been promised for 20 years.');
  assert.equal(plain.mod, undefined);
});
