import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearEarlier } from '../../../src/time/parsers/year-ago.js';
import { parseAt } from '../parse-at.js';

test('time.year-earlier: last year, or the quarter a year back in an earnings story', () => {
  assert.deepEqual(parseAt(yearEarlier, 'Sales beat year-ago levels.', 'year-ago'), {
    text: 'year-ago',
    type: 'DATE',
    value: '2024',
    rule: 'time.year-earlier',
  });
  // On 2025-05-09 the last completed quarter is 2025-Q1; a year back is 2024-Q1.
  assert.deepEqual(parseAt(yearEarlier, 'Quarterly sales beat year-earlier levels.', 'year-earlier'), {
    text: 'year-earlier',
    type: 'DATE',
    value: '2024-Q1',
    rule: 'time.year-earlier',
  });
});
