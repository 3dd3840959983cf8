import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachCalendarPoint, pluralWeekday, setWord, weekdayNights } from '../../../src/time/parsers/calendar-set.js';
import { parseAt } from '../parse-at.js';

test('time.set.word: frequency words', () => {
  assert.deepEqual(parseAt(setWord, 'The paper is printed daily.', 'daily'), {
    text: 'daily',
    type: 'SET',
    value: 'P1D',
    rule: 'time.set.word',
  });
  assert.equal(parseAt(setWord, 'The paper is printed.', 'printed'), null);
});

test('time.set.weekday: "Tuesday nights", "on Mondays"; a bare weekday is no set', () => {
  assert.deepEqual(parseAt(weekdayNights, 'Flights leave on Tuesday nights.', 'Tuesday'), {
    text: 'Tuesday nights',
    type: 'SET',
    value: 'XXXX-WXX-2TNI',
    rule: 'time.set.weekday',
  });
  assert.equal(parseAt(weekdayNights, 'Flights leave on Tuesday.', 'Tuesday'), null);
  assert.deepEqual(parseAt(pluralWeekday, 'The market opens on Mondays.', 'Mondays'), {
    text: 'Mondays',
    type: 'SET',
    value: 'XXXX-WXX-1',
    rule: 'time.set.weekday',
  });
});

test('time.set.each: each weekday, every month, each season', () => {
  assert.deepEqual(parseAt(eachCalendarPoint, 'Flights leave each Thursday.', 'each'), {
    text: 'each Thursday',
    type: 'SET',
    value: 'XXXX-WXX-4',
    rule: 'time.set.each-weekday',
  });
  assert.deepEqual(parseAt(eachCalendarPoint, 'Markets open every July.', 'every'), {
    text: 'every July',
    type: 'SET',
    value: 'XXXX-07',
    rule: 'time.set.each-month',
  });
  assert.deepEqual(parseAt(eachCalendarPoint, 'Floods come each spring.', 'each'), {
    text: 'each spring',
    type: 'SET',
    value: 'XXXX-SP',
    rule: 'time.set.each-season',
  });
  assert.equal(parseAt(eachCalendarPoint, 'Each member voted.', 'Each'), null);
});
