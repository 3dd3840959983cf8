import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitPhrase } from '../../../src/time/parsers/unit-phrase.js';
import { parseAt } from '../parse-at.js';

test('unit phrases that name a period: last week, this month, the next quarter, the quarter', () => {
  assert.deepEqual(parseAt(unitPhrase, 'Sales fell last week.', 'last'), {
    text: 'last week',
    type: 'DATE',
    value: '2025-W18',
    rule: 'time.unit.last',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Sales fell this month.', 'this'), {
    text: 'this month',
    type: 'DATE',
    value: '2025-05',
    rule: 'time.unit.this',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Growth will slow in the next quarter.', 'the'), {
    text: 'the next quarter',
    type: 'DATE',
    value: '2025-Q3',
    rule: 'time.unit.the-next',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Quarterly profit rose in the quarter.', 'the'), {
    text: 'the quarter',
    type: 'DATE',
    value: '2025-Q1',
    rule: 'time.unit.the',
  });
});

test('unit phrases that measure: counted, ranged, anchored, vague after a preposition', () => {
  assert.deepEqual(parseAt(unitPhrase, 'Repairs take two to three weeks.', 'two'), {
    text: 'two to three weeks',
    type: 'DURATION',
    value: 'P2W',
    mod: 'EQUAL_OR_MORE',
    rule: 'time.duration',
  });
  assert.deepEqual(parseAt(unitPhrase, 'He phoned over the last two days.', 'the'), {
    text: 'the last two days',
    type: 'DURATION',
    value: 'P2D',
    rule: 'time.duration.rel',
    anchor: '2025-05-09',
  });
  assert.deepEqual(parseAt(unitPhrase, 'They have feuded for decades.', 'decades'), {
    text: 'decades',
    type: 'DURATION',
    value: 'PXDE',
    rule: 'time.duration.vague',
  });
  assert.equal(parseAt(unitPhrase, 'They have feuded decades.', 'decades'), 'settled');
});

test('unit phrases as rates: each year, an amount a year; an age is none', () => {
  assert.deepEqual(parseAt(unitPhrase, 'It rains every two weeks.', 'every'), {
    text: 'every two weeks',
    type: 'SET',
    value: 'P2W',
    rule: 'time.set.each',
  });
  assert.deepEqual(parseAt(unitPhrase, 'It costs $5 billion a year.', 'a'), {
    text: 'a year',
    type: 'SET',
    value: 'P1Y',
    rule: 'time.set.rate',
  });
  assert.equal(parseAt(unitPhrase, 'A man aged 52 years old.', '52'), 'settled');
  assert.equal(parseAt(unitPhrase, 'The grant helps 19 to 25 year olds find a trade.', '19'), 'settled');
});
