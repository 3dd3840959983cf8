import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeWeekday, theRelativeWeekday, weekday } from '../../../src/time/parsers/weekday.js';
import { parseAt } from '../parse-at.js';

// The DCT, 2025-05-09, is a Friday.
test('time.weekday: by the clause tense, with a part of the day, or with its date', () => {
  assert.deepEqual(parseAt(weekday, 'The envoy spoke on Thursday.', 'Thursday'), {
    text: 'Thursday',
    type: 'DATE',
    value: '2025-05-08',
    rule: 'time.weekday',
  });
  assert.deepEqual(parseAt(weekday, 'They will meet on Monday.', 'Monday'), {
    text: 'Monday',
    type: 'DATE',
    value: '2025-05-12',
    rule: 'time.weekday',
  });
  assert.deepEqual(parseAt(weekday, 'He left Monday morning.', 'Monday'), {
    text: 'Monday morning',
    type: 'DATE',
    value: '2025-05-05TMO',
    rule: 'time.weekday.daypart',
  });
  assert.deepEqual(parseAt(weekday, 'It fell on Tuesday, March 4, 2025.', 'Tuesday'), {
    text: 'Tuesday, March 4, 2025',
    type: 'DATE',
    value: '2025-03-04',
    rule: 'time.weekday.date',
  });
});

test('time.weekday.rel and the-rel: last, next, the previous', () => {
  assert.deepEqual(parseAt(relativeWeekday, 'They met last Friday.', 'last'), {
    text: 'last Friday',
    type: 'DATE',
    value: '2025-05-02',
    rule: 'time.weekday.last',
  });
  assert.deepEqual(parseAt(relativeWeekday, 'They meet next Friday.', 'next'), {
    text: 'next Friday',
    type: 'DATE',
    value: '2025-05-16',
    rule: 'time.weekday.next',
  });
  assert.deepEqual(parseAt(theRelativeWeekday, 'They had met the previous Monday.', 'the'), {
    text: 'the previous Monday',
    type: 'DATE',
    value: '2025-05-05',
    rule: 'time.weekday.last',
  });
  assert.equal(parseAt(relativeWeekday, 'They met last year.', 'last'), null);
});

test('time.weekday.indefinite: "on a Wednesday morning", "one Friday" are some such day; "a Friday vote" is not', () => {
  assert.deepEqual(parseAt(weekday, 'On a Wednesday morning the letter came.', 'Wednesday'), {
    text: 'Wednesday morning',
    type: 'DATE',
    value: 'XXXX-WXX-3TMO',
    rule: 'time.weekday.indefinite',
  });
  assert.deepEqual(parseAt(weekday, 'One Friday the baker closed early.', 'Friday'), {
    text: 'Friday',
    type: 'DATE',
    value: 'XXXX-WXX-5',
    rule: 'time.weekday.indefinite',
  });
  // A day before a noun it modifies is the coming one (DCT Friday 2025-05-09).
  assert.equal(
    (parseAt(weekday, 'They set a Friday vote on the plan.', 'Friday') as { rule: string }).rule,
    'time.weekday',
  );
});
