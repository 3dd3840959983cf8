import { test } from 'node:test';
import assert from 'node:assert/strict';
import { earlyPeriod, endOfPeriod, theEarlyPeriod } from '../../src/time/modifiers/position.js';
import { quantityModifier } from '../../src/time/modifiers/quantity.js';
import { parseAt } from './parse-at.js';

test('time.mod.quantity: about, more than, up to before a counted core; none before "the"', () => {
  assert.deepEqual(parseAt(quantityModifier, 'It took about two weeks.', 'about'), {
    text: 'about two weeks',
    type: 'DURATION',
    value: 'P2W',
    rule: 'time.duration',
    mod: 'APPROX',
  });
  assert.deepEqual(parseAt(quantityModifier, 'It took more than a year.', 'more'), {
    text: 'more than a year',
    type: 'DURATION',
    value: 'P1Y',
    rule: 'time.duration',
    mod: 'MORE_THAN',
  });
  assert.equal(parseAt(quantityModifier, 'It took about the same.', 'about'), 'settled');
  assert.equal(parseAt(quantityModifier, 'He spoke about Monday.', 'about'), 'settled');
});

test('time.mod.*: the end of, early, the early decade: the date keeps its rule, the mod is added', () => {
  assert.deepEqual(parseAt(endOfPeriod, 'Troops leave by the end of 2026.', 'the'), {
    text: 'the end of 2026',
    type: 'DATE',
    value: '2026',
    rule: 'time.year',
    mod: 'END',
  });
  assert.equal(parseAt(endOfPeriod, 'Troops leave by the end of talks.', 'the'), 'settled');
  assert.deepEqual(parseAt(earlyPeriod, 'Growth slowed in early 1998.', 'early'), {
    text: 'early 1998',
    type: 'DATE',
    value: '1998',
    rule: 'time.year',
    mod: 'START',
  });
  assert.deepEqual(parseAt(earlyPeriod, 'Earlier this month the board met.', 'Earlier'), {
    text: 'Earlier this month',
    type: 'DATE',
    value: '2025-05',
    rule: 'time.unit.this',
    mod: 'START',
  });
  assert.deepEqual(parseAt(theEarlyPeriod, 'Growth slowed in the late 1980s.', 'the'), {
    text: 'the late 1980s',
    type: 'DATE',
    value: '198',
    rule: 'time.decade',
    mod: 'END',
  });
  assert.equal(parseAt(earlyPeriod, 'He came early in the day.', 'early'), 'settled');
});
