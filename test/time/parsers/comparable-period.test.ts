import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparablePeriod } from '../../../src/time/parsers/comparable-period.js';
import { parseAt } from '../parse-at.js';

test('time.period.year-ago: the month of the sentence a year back, else last year, else the quarter in an earnings story', () => {
  const rule = 'time.period.year-ago';
  assert.deepEqual(parseAt(comparablePeriod, 'Sales rose compared to the same period last year.', 'the'), {
    text: 'the same period last year',
    type: 'DATE',
    value: '2024',
    rule,
  });
  assert.deepEqual(parseAt(comparablePeriod, 'Quarter sales rose from the year-ago period.', 'the'), {
    text: 'the year-ago period',
    type: 'DATE',
    value: '2024-Q1',
    rule,
  });
  assert.equal(parseAt(comparablePeriod, 'Sales rose in the same period.', 'the'), null);
});
