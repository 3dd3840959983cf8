import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, slashDate } from '../../../src/time/parsers/numeric-date.js';
import { parseAt } from '../parse-at.js';

test('time.numeric-date: month/day/year, two-digit years by the century they fall in', () => {
  assert.deepEqual(parseAt(slashDate, 'The memo is dated 5/9/2025.', '5/9/2025'), {
    text: '5/9/2025',
    type: 'DATE',
    value: '2025-05-09',
    rule: 'time.numeric-date',
  });
  assert.deepEqual(parseAt(slashDate, 'The memo is dated 12/1/98.', '12/1/98'), {
    text: '12/1/98',
    type: 'DATE',
    value: '1998-12-01',
    rule: 'time.numeric-date',
  });
  assert.equal(parseAt(slashDate, 'The memo is dated 13/40/98.', '13/40/98'), 'settled');
});

test('time.iso-date: YYYY-MM-DD', () => {
  assert.deepEqual(parseAt(isoDate, 'Filed on 2024-02-29 in court.', '2024-02-29'), {
    text: '2024-02-29',
    type: 'DATE',
    value: '2024-02-29',
    rule: 'time.iso-date',
  });
  assert.equal(parseAt(isoDate, 'A two-year plan.', 'two-year'), null);
});
