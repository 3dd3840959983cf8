import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARTICLES,
  DETERMINERS,
  MONTH_NAMES,
  MONTHS,
  PASSIVE_AUXILIARIES,
  POSSESSIVE_DETERMINERS,
  WEEKDAY_NAMES,
  WEEKDAYS,
  daysInMonth,
  isLeapYear,
} from '../../src/lang/en/index.js';

test('months: names, abbreviations and abbreviations with a period map to the month number', () => {
  assert.equal(MONTH_NAMES.length, 12);
  assert.equal(MONTHS.get('january'), 1);
  assert.equal(MONTHS.get('sept'), 9);
  assert.equal(MONTHS.get('sep.'), 9);
  assert.equal(MONTHS.get('dec.'), 12);
  assert.equal(MONTHS.get('may.'), undefined);
  for (const [i, name] of MONTH_NAMES.entries()) assert.equal(MONTHS.get(name), i + 1);
});

test('weekdays: ISO numbers, Monday first; abbreviations only with their period', () => {
  assert.equal(WEEKDAY_NAMES.length, 7);
  assert.equal(WEEKDAYS.get('monday'), 1);
  assert.equal(WEEKDAYS.get('thurs.'), 4);
  assert.equal(WEEKDAYS.get('sunday'), 7);
  assert.equal(WEEKDAYS.get('sun'), undefined);
});

test('days in month follow the Gregorian leap rule', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2025, 2), 28);
  assert.equal(daysInMonth(1900, 2), 28);
  assert.equal(daysInMonth(2000, 2), 29);
  assert.equal(daysInMonth(2025, 4), 30);
  assert.equal(daysInMonth(2025, 12), 31);
  assert.equal(isLeapYear(2100), false);
});

test('determiners: the union holds every sub-list; the passive auxiliaries hold the contracted "is"', () => {
  for (const w of [...ARTICLES, ...POSSESSIVE_DETERMINERS]) assert.ok(DETERMINERS.has(w), w);
  assert.ok(DETERMINERS.has('every'));
  assert.ok(!DETERMINERS.has('he'));
  assert.ok(PASSIVE_AUXILIARIES.has("'s") && PASSIVE_AUXILIARIES.has('\u2019s') && PASSIVE_AUXILIARIES.has('been'));
});
