import { test } from 'node:test';
import assert from 'node:assert/strict';
import { theFullYear, theYearNumber, yearNumber, yearSpelled } from '../../../src/time/parsers/year.js';
import { parseAt } from '../parse-at.js';

test('time.year: a four-digit year, not a count or an amount; with its quarter', () => {
  assert.deepEqual(parseAt(yearNumber, 'Growth slowed in 1998.', '1998'), {
    text: '1998',
    type: 'DATE',
    value: '1998',
    rule: 'time.year',
  });
  assert.equal(parseAt(yearNumber, 'Some 1999 troops left.', '1999'), null);
  assert.equal(parseAt(yearNumber, 'It cost $2000 then.', '2000'), null);
  assert.deepEqual(parseAt(yearNumber, "Growth slowed in 1998's third quarter.", '1998'), {
    text: "1998's third quarter",
    type: 'DATE',
    value: '1998-Q3',
    rule: 'time.quarter.of-year',
  });
});

test('spelled years, "the year 2000", "the full year"', () => {
  assert.deepEqual(parseAt(yearSpelled, 'Back in nineteen ninety-six it rained.', 'nineteen'), {
    text: 'nineteen ninety-six',
    type: 'DATE',
    value: '1996',
    rule: 'time.year.spelled',
  });
  assert.deepEqual(parseAt(theYearNumber, 'By the year 2000 it ended.', 'the'), {
    text: 'the year 2000',
    type: 'DATE',
    value: '2000',
    rule: 'time.year.the-year',
  });
  assert.deepEqual(parseAt(theFullYear, 'Profit for the full year rose.', 'the'), {
    text: 'the full year',
    type: 'DATE',
    value: '2025',
    rule: 'time.unit.full-year',
  });
  assert.equal(parseAt(theYearNumber, 'By the year end it ended.', 'the'), null);
});
