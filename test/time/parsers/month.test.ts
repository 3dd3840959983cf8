import { test } from 'node:test';
import assert from 'node:assert/strict';
import { month, relativeMonth } from '../../../src/time/parsers/month.js';
import { parseAt } from '../parse-at.js';

test('time.month: month-day, with a year, a range and its end', () => {
  assert.deepEqual(parseAt(month, 'Talks resume on June 2.', 'June'), {
    text: 'June 2',
    type: 'DATE',
    value: '2025-06-02',
    rule: 'time.month-day',
  });
  assert.deepEqual(parseAt(month, 'It was signed on March 3, 2024 in Rome.', 'March'), {
    text: 'March 3, 2024',
    type: 'DATE',
    value: '2024-03-03',
    rule: 'time.month-day-year',
  });
  assert.deepEqual(parseAt(month, 'The summit ran May 7-9 in Geneva.', 'May'), {
    text: 'May 7',
    type: 'DATE',
    value: '2025-05-07',
    rule: 'time.month-day.range',
  });
});

test('time.month: month-year, a month of a relative year, a bare month after a cue', () => {
  assert.deepEqual(parseAt(month, 'Prices fell in June 2023.', 'June'), {
    text: 'June 2023',
    type: 'DATE',
    value: '2023-06',
    rule: 'time.month-year',
  });
  assert.deepEqual(parseAt(month, 'Sales rose in June last year.', 'June'), {
    text: 'June last year',
    type: 'DATE',
    value: '2024-06',
    rule: 'time.month-rel-year',
  });
  assert.deepEqual(parseAt(month, 'The plant closed in February.', 'February'), {
    text: 'February',
    type: 'DATE',
    value: '2025-02',
    rule: 'time.month',
  });
});

test('time.month: "may" the verb and "Jan" the name settle the token', () => {
  assert.equal(parseAt(month, 'The court may rule soon.', 'may'), 'settled');
  assert.equal(parseAt(month, 'Jan Kavan spoke.', 'Jan'), 'settled');
  assert.equal(parseAt(month, 'The court ruled.', 'court'), null);
});

test('time.month.rel: last/next + month, before or after the DCT', () => {
  assert.deepEqual(parseAt(relativeMonth, 'It opened last March.', 'last'), {
    text: 'last March',
    type: 'DATE',
    value: '2025-03',
    rule: 'time.month.last',
  });
  assert.deepEqual(parseAt(relativeMonth, 'It opens next March.', 'next'), {
    text: 'next March',
    type: 'DATE',
    value: '2026-03',
    rule: 'time.month.next',
  });
  assert.equal(parseAt(relativeMonth, 'It opened last week.', 'last'), null);
});

test('time.month-day.rel-year: "August 3 last year" is that day of the year before the DCT', () => {
  assert.deepEqual(parseAt(month, 'The plant closed on August 3 last year.', 'August'), {
    text: 'August 3 last year',
    type: 'DATE',
    value: '2024-08-03',
    rule: 'time.month-day.rel-year',
  });
});
