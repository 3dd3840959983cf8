import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';
import { governingDate, recognizeTimes, timexForSentence } from '../../src/time/index.js';

function times(text: string, date = '2025-05-09'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

function find(ts: Timex[], text: string): Timex {
  const t = ts.find((x) => x.span.text === text);
  assert.ok(t, `no timex "${text}" in ${JSON.stringify(ts.map((x) => x.span.text))}`);
  return t;
}

test('weekdays resolve against the DCT (a Friday) by the tense of their clause', () => {
  const ts = times(
    'The envoy spoke on Thursday. The office said on Friday it will meet the envoy on Monday. They met on Monday.',
  );
  assert.equal(find(ts, 'Thursday').value, '2025-05-08');
  assert.equal(find(ts, 'Friday').value, '2025-05-09');
  const mondays = ts.filter((t) => t.span.text === 'Monday').map((t) => t.value);
  assert.deepEqual(mondays, ['2025-05-12', '2025-05-05']);
});

test('month-day without a year takes the year the tense points to', () => {
  const ts = times('Mourners remembered the April 22 attack. Talks will resume on April 2.');
  assert.equal(find(ts, 'April 22').value, '2025-04-22');
  assert.equal(find(ts, 'April 2').value, '2026-04-02');
});

test('vague and anchored durations, references', () => {
  const ts = times(
    'The rivals have been at odds for decades. At present, the minister leads. He phoned leaders over the last two days.',
  );
  const dec = find(ts, 'decades');
  assert.equal(dec.type, 'DURATION');
  assert.equal(dec.value, 'PXDE');
  assert.equal(find(ts, 'At present').value, 'PRESENT_REF');
  const last = find(ts, 'the last two days');
  assert.equal(last.type, 'DURATION');
  assert.equal(last.value, 'P2D');
  assert.equal(last.anchor, '2025-05-09');
});

test('relative periods: weeks, ago, this month, quarters, fiscal years', () => {
  const ts = times(
    'Sales fell last week and rose two days ago. Earlier this month the board met. ' +
      'Profit in the first quarter doubled from a year earlier. In fiscal 2024 revenue grew. The firm expects growth next year.',
  );
  assert.equal(find(ts, 'last week').value, '2025-W18');
  assert.equal(find(ts, 'two days ago').value, '2025-05-07');
  const early = find(ts, 'Earlier this month');
  assert.equal(early.value, '2025-05');
  assert.equal(early.mod, 'START');
  assert.equal(find(ts, 'the first quarter').value, '2025-Q1');
  assert.equal(find(ts, 'fiscal 2024').value, '2024');
  assert.equal(find(ts, 'next year').value, '2026');
});

test('explicit dates, ranges, ordinals, clock times with zones, seasons and decades', () => {
  const ts = times(
    'The summit ran May 7-9 in Geneva. Voting ends on the 5th of June, 2025. Polls close at 2 p.m. EDT. ' +
      'The deal was signed on March 3, 2024. Crops failed last winter. Growth slowed in the 1990s.',
  );
  assert.equal(find(ts, 'May 7').value, '2025-05-07');
  assert.equal(find(ts, '9').value, '2025-05-09');
  assert.equal(find(ts, 'March 3, 2024').value, '2024-03-03');
  const clock = find(ts, '2 p.m. EDT');
  assert.equal(clock.type, 'TIME');
  assert.equal(clock.value, '2025-05-09T14:00-04');
  assert.equal(find(ts, 'last winter').value, '2025-WI');
  assert.equal(find(ts, 'the 1990s').value, '199');
});

test('every timex span matches the text and ids are unique', () => {
  const text =
    'On Tuesday night, three weeks after the vote, officials said 2,000 people fled in 2024 and that every week more leave.';
  const ts = times(text);
  const ids = new Set(ts.map((t) => t.id));
  assert.equal(ids.size, ts.length);
  for (const t of ts) assert.equal(text.slice(t.span.start, t.span.end), t.span.text);
  assert.ok(!ts.some((t) => t.span.text.includes('2,000')), 'a count is not a year');
  assert.equal(find(ts, 'every week').type, 'SET');
});

test('odd input never throws: impossible dates, year 0, a bad DCT', () => {
  assert.doesNotThrow(() => times('It happened on February 30, 2025 and on 2025-02-30 and in 0000 and on 0/0/0000.'));
  // An impossible day is clamped to the month's last: February 2025 has 28 days.
  assert.deepEqual(
    times('It happened on February 30, 2025.').map((t) => [t.span.text, t.type, t.value]),
    [['February 30, 2025', 'DATE', '2025-02-28']],
  );
  assert.doesNotThrow(() => times('On Monday, in the spring of the year 2000, for 1/2 hours.', '0001-01-01'));
  const doc = runPipeline({ id: 'x', date: '2025-05-09', text: 'Talks on Friday.', meta: {} }, { until: 'text' });
  doc.dct = '2025-02-30';
  assert.deepEqual(recognizeTimes(doc), []);
});

test('governingDate dates a clause by its own time expression, else by the DCT', () => {
  const doc = runPipeline(
    {
      id: 'g',
      date: '2025-05-09',
      text: 'The minister spoke on Thursday with his counterpart. Officials met at the border.',
      meta: {},
    },
    { until: 'time' },
  );
  const t = timexForSentence(doc, 0);
  assert.equal(t?.value, '2025-05-08');
  assert.deepEqual(governingDate(doc, 0), { date: '2025-05-08', dateSource: 'text', timexId: t?.id ?? null });
  assert.deepEqual(governingDate(doc, 1), { date: '2025-05-09', dateSource: 'publication', timexId: null });
});

test('fractions: halves are written in the next smaller unit', () => {
  const ts = times('The siege lasted two and a half years. The vote took half an hour.');
  assert.equal(find(ts, 'two and a half years').value, 'P2Y6M');
  assert.equal(find(ts, 'half an hour').value, 'PT30M');
});

test('anaphoric references resolve to the latest explicit date before them', () => {
  const ts = times(
    'The plant opened on March 3, 2019. That same day, workers struck. The following year it closed. Sales peaked that month.',
  );
  assert.equal(find(ts, 'That same day').value, '2019-03-03');
  assert.equal(find(ts, 'The following year').value, '2020');
  assert.equal(find(ts, 'that month').value, '2019-03');
});

test('tense signals: since points back, a past verb + to points ahead only for intents', () => {
  const ts = times(
    'Inspectors had been allowed to work since March 30. The rebels agreed to meet on Monday.',
    '2025-03-20',
  );
  assert.equal(find(ts, 'March 30').value, '2024-03-30');
  assert.equal(find(ts, 'Monday').value, '2025-03-24');
});

test('weekly and yearly sets, ranges, decades counted in years', () => {
  const ts = times(
    'Flights leave each Thursday and on Tuesday nights. Markets open every July. Repairs take two to three weeks. It lasted two decades, and began a decade ago.',
  );
  assert.equal(find(ts, 'each Thursday').value, 'XXXX-WXX-4');
  assert.equal(find(ts, 'each Thursday').type, 'SET');
  assert.equal(find(ts, 'Tuesday nights').value, 'XXXX-WXX-2TNI');
  assert.equal(find(ts, 'every July').value, 'XXXX-07');
  assert.equal(find(ts, 'two to three weeks').value, 'P2W');
  assert.equal(find(ts, 'two decades').value, 'P20Y');
  assert.equal(find(ts, 'a decade ago').value, '2015');
});

test('the last/past/next + a calendar unit names the period', () => {
  const ts = times('Prices rose over the past year. Growth will slow in the next quarter.');
  assert.equal(find(ts, 'the past year').value, '2024');
  assert.equal(find(ts, 'the next quarter').value, '2025-Q3');
});

test('comparable periods a year back, month of a relative year, no duplicate after a split expression', () => {
  const ts = times(
    'Sales rose in February compared to the same period last year. Dealers close after October of next year.',
    '2010-03-03',
  );
  assert.equal(find(ts, 'the same period last year').value, '2009-02');
  assert.equal(find(ts, 'October').value, '2011-10');
  assert.equal(ts.filter((t) => t.span.text === 'next year').length, 1);
  const range = times('The summit ran May 7-9, 2025 in Geneva.');
  assert.equal(range.filter((t) => t.value === '2025').length, 0);
});

test('a scheduled-event verb in the present points a weekday ahead, an infinitive does not', () => {
  const ts = times('The two leaders meet separately Monday in London. Output rose to meet demand on Tuesday.');
  assert.equal(find(ts, 'Monday').value, '2025-05-12');
  assert.equal(find(ts, 'Tuesday').value, '2025-05-06');
});

test('"could" is the past of "can" in a report; "plans to" points ahead', () => {
  const ts = times('The mayor could not be reached Wednesday. On Tuesday, the council plans to vote on the budget.');
  assert.equal(find(ts, 'Wednesday').value, '2025-05-07');
  assert.equal(find(ts, 'Tuesday').value, '2025-05-13');
});
