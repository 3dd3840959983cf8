import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ordinalPeriodBare,
  quarterAdjective,
  theOrdinalPeriod,
  yearFirstQuarter,
} from '../../../src/time/parsers/quarter.js';
import { parseAt } from '../parse-at.js';

test('time.quarter: the third quarter of a year, a bare first half by the tense', () => {
  assert.deepEqual(parseAt(theOrdinalPeriod, 'Profit rose in the third quarter of 1998.', 'the'), {
    text: 'the third quarter of 1998',
    type: 'DATE',
    value: '1998-Q3',
    rule: 'time.quarter',
  });
  assert.deepEqual(parseAt(theOrdinalPeriod, 'Profit rose in the first quarter.', 'the'), {
    text: 'the first quarter',
    type: 'DATE',
    value: '2025-Q1',
    rule: 'time.quarter',
  });
  assert.deepEqual(parseAt(ordinalPeriodBare, 'Profit fell in first half results.', 'first'), {
    text: 'first half',
    type: 'DATE',
    value: '2025-H1',
    rule: 'time.half',
  });
  assert.equal(parseAt(ordinalPeriodBare, 'The first quarter-final.', 'first'), null);
});

test('time.quarter.adj and year-first: "third-quarter", "the 1988 second quarter"', () => {
  // In May, a third quarter told in the past is last year's.
  assert.deepEqual(parseAt(quarterAdjective, 'Its third-quarter profit fell.', 'third-quarter'), {
    text: 'third-quarter',
    type: 'DATE',
    value: '2024-Q3',
    rule: 'time.quarter.adj',
  });
  assert.deepEqual(parseAt(yearFirstQuarter, 'Sales in the 1988 second quarter rose.', 'the'), {
    text: 'the 1988 second quarter',
    type: 'DATE',
    value: '1988-Q2',
    rule: 'time.quarter.year-first',
  });
  assert.equal(parseAt(yearFirstQuarter, 'Sales in the 1988 budget rose.', 'the'), null);
});
