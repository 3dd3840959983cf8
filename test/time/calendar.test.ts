import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  addMonths,
  fmtWeek,
  fromDayNumber,
  isValidYmd,
  parseYmd,
  toDayNumber,
  weekday,
} from '../../src/time/calendar.js';
import { resolveWeekday, seasonValue, yearForMonthDay } from '../../src/time/resolve.js';

test('day numbers round-trip and agree with Date', () => {
  for (const s of ['1970-01-01', '2000-02-29', '1899-12-31', '2025-05-09', '0001-01-01']) {
    const t = parseYmd(s)!;
    assert.deepEqual(fromDayNumber(toDayNumber(t)), t);
  }
  assert.equal(toDayNumber({ y: 2025, m: 5, d: 9 }), Date.UTC(2025, 4, 9) / 86400000);
});

test('weekdays, ISO weeks and month arithmetic', () => {
  assert.equal(weekday({ y: 2025, m: 5, d: 9 }), 5);
  assert.equal(fmtWeek({ y: 2025, m: 5, d: 9 }), '2025-W19');
  assert.equal(fmtWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
  assert.deepEqual(addMonths({ y: 2024, m: 3, d: 31 }, -1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addDays({ y: 2024, m: 12, d: 31 }, 1), { y: 2025, m: 1, d: 1 });
});

test('invalid dates are rejected, not thrown on', () => {
  assert.equal(isValidYmd(2025, 2, 30), false);
  assert.equal(isValidYmd(0, 1, 1), false);
  assert.equal(parseYmd('2025-02-30'), null);
  assert.equal(parseYmd('garbage'), null);
});

test('tense-aware anchoring', () => {
  const dct = { y: 2025, m: 5, d: 9 };
  assert.deepEqual(resolveWeekday(dct, 1, 'future', null), { y: 2025, m: 5, d: 12 });
  assert.deepEqual(resolveWeekday(dct, 1, 'past', null), { y: 2025, m: 5, d: 5 });
  assert.deepEqual(resolveWeekday(dct, 5, null, 'last'), { y: 2025, m: 5, d: 2 });
  assert.equal(yearForMonthDay(dct, 12, 1, 'past'), 2024);
  assert.equal(yearForMonthDay(dct, 6, 1, 'past'), 2025);
  assert.equal(yearForMonthDay(dct, 1, 5, 'future'), 2026);
  assert.equal(seasonValue(dct, 'SU', 'next', null), '2025-SU');
  assert.equal(seasonValue(dct, 'SU', 'last', null), '2024-SU');
});
