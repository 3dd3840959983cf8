import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayMonth } from '../../../src/time/parsers/day-month.js';
import { parseAt } from '../parse-at.js';

test('time.day-month: "9 May", "the 5th of June, 2025"; a count before the verb "may" is none', () => {
  assert.deepEqual(parseAt(dayMonth, 'Voting ends on the 5th of June, 2025.', '5th'), {
    text: '5th of June, 2025',
    type: 'DATE',
    value: '2025-06-05',
    rule: 'time.day-month',
  });
  assert.deepEqual(parseAt(dayMonth, 'The strike began on 2 April.', '2'), {
    text: '2 April',
    type: 'DATE',
    value: '2025-04-02',
    rule: 'time.day-month',
  });
  assert.equal(parseAt(dayMonth, 'Some 9 may leave.', '9'), null);
});

test('time.day-month.rel-year: "last year" after a day-month gives the day that year, one expression', () => {
  assert.deepEqual(parseAt(dayMonth, 'She flew to Lisbon on 3 August last year and stayed.', '3'), {
    text: '3 August last year',
    type: 'DATE',
    value: '2024-08-03',
    rule: 'time.day-month.rel-year',
  });
  assert.deepEqual(parseAt(dayMonth, 'The vote is due on 12 October next year.', '12'), {
    text: '12 October next year',
    type: 'DATE',
    value: '2026-10-12',
    rule: 'time.day-month.rel-year',
  });
});
