import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holiday } from '../../../src/time/parsers/holiday.js';
import { parseAt } from '../parse-at.js';

test('time.holiday: fixed days, their eves, Thanksgiving as the fourth Thursday of November', () => {
  assert.deepEqual(parseAt(holiday, 'Shops close on Christmas Eve.', 'Christmas'), {
    text: 'Christmas Eve',
    type: 'DATE',
    value: '2024-12-24',
    rule: 'time.holiday',
  });
  assert.deepEqual(parseAt(holiday, 'Families met on Thanksgiving Day in 2023.', 'Thanksgiving', '2023-12-01'), {
    text: 'Thanksgiving Day',
    type: 'DATE',
    value: '2023-11-23',
    rule: 'time.holiday',
  });
  assert.deepEqual(parseAt(holiday, "Crowds gathered on New Year's Eve.", 'New'), {
    text: "New Year's Eve",
    type: 'DATE',
    value: '2024-12-31',
    rule: 'time.holiday',
  });
  assert.equal(parseAt(holiday, 'A new law.', 'new'), null);
});
