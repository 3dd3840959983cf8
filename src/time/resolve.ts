/**
 * Anchoring underspecified dates to the DCT: weekdays, month-days and months without a year, seasons,
 * quarters. The clause tense decides the direction; without one, the choice news usually means.
 */
import { addDays, fmtMonth, monthDays, pad, quarterOf, weekday, type Ymd } from './calendar.js';
import type { Tense } from './tense.js';

/** "Thursday" in a Friday story: the day before when told in the past, the coming one in the future. */
export function resolveWeekday(
  dct: Ymd,
  wd: number,
  tense: Tense | null,
  explicit: 'last' | 'next' | 'this' | null,
): Ymd {
  const today = weekday(dct);
  const back = (today - wd + 7) % 7;
  const fwd = (wd - today + 7) % 7;
  if (explicit === 'last') return addDays(dct, -(back === 0 ? 7 : back));
  if (explicit === 'next') return addDays(dct, fwd === 0 ? 7 : fwd);
  if (back === 0) return dct;
  if (tense === 'future') return addDays(dct, fwd);
  if (tense === 'present' && fwd <= 2) return addDays(dct, fwd);
  return addDays(dct, -back);
}

/**
 * Year for a month-day (or a month, when d is 0) written without one. Told in the past, a date up to ~2.5 months
 * ahead is still this year's (reported plans: "payable Dec. 15"); further ahead it is last year's. Told in the
 * future, a date more than a month back is next year's. Otherwise the nearest.
 */
export function yearForMonthDay(dct: Ymd, m: number, d: number, tense: Tense | null, pastEvent = false): number {
  const day = d || 15;
  const nowDay = d ? dct.d : 15;
  if (d === 0 && m === dct.m) return dct.y;
  const diff = (m - dct.m) * 30.5 + (day - nowDay);
  // resolve.past-event: a past act dated right after its verb ("arrested on 23 October") is no reported plan; two
  // days of slack allow for an edition dated behind the events it reports.
  if (pastEvent && tense === 'past' && diff > 2) return dct.y - 1;
  // resolve.past-month-not-ahead: a reported plan dated early next year has its day ("payable Jan. 15"); a bare
  // month told in the past ("took office in January" in a December story) is this year's.
  if (tense === 'past') return diff > 75 ? dct.y - 1 : diff < -290 && d > 0 ? dct.y + 1 : dct.y;
  if (tense === 'future') return diff < -31 ? dct.y + 1 : dct.y;
  if (diff > 183) return dct.y - 1;
  if (diff < -183) return dct.y + 1;
  return dct.y;
}

export function monthDayValue(dct: Ymd, m: number, d: number, tense: Tense | null, pastEvent = false): string {
  const y = yearForMonthDay(dct, m, d, tense, pastEvent);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, monthDays(y, m)), 2)}`;
}

export function monthValue(dct: Ymd, m: number, tense: Tense | null, pastEvent = false): string {
  return fmtMonth(yearForMonthDay(dct, m, 0, tense, pastEvent), m);
}

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

function seasonOf(m: number): number {
  return m === 12 || m <= 2 ? 0 : m <= 5 ? 1 : m <= 8 ? 2 : 3;
}

/**
 * "last fall", "this summer", "next spring", bare "the winter" (tense-aware). Seasons are numbered
 * year*4 + index with winter first; a December belongs to the next year's winter (1998-WI = Dec 1997 - Feb 1998).
 */
export function seasonValue(dct: Ymd, code: string, rel: 'last' | 'next' | 'this' | null, tense: Tense | null): string {
  const target = Math.max(0, SEASON_ORDER.indexOf(code));
  const labelYear = dct.m === 12 ? dct.y + 1 : dct.y;
  const now = labelYear * 4 + seasonOf(dct.m);
  // Only winter crosses the new year: "this autumn" in December is the autumn just gone, not next year's.
  let k = (target === 0 ? labelYear : dct.y) * 4 + target;
  if (rel === 'last') {
    while (k >= now) k -= 4;
  } else if (rel === 'next') {
    while (k <= now) k += 4;
  } else if (tense === 'past' && k > now) k -= 4;
  else if (tense === 'future' && k < now) k += 4;
  return `${pad(Math.floor(k / 4), 4)}-${code}`;
}

/** The last quarter fully over at the DCT (what "the quarter", "the latest quarter" report on). */
export function lastCompletedQuarter(dct: Ymd): { y: number; q: number } {
  const q = quarterOf(dct.m);
  return q === 1 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q: q - 1 };
}

/** Year of "the third quarter" without a year: the latest such quarter begun by the DCT, unless told as future. */
export function yearForQuarter(dct: Ymd, q: number, tense: Tense | null): number {
  const cur = quarterOf(dct.m);
  // Untensed, the coming quarter is this year's ("closures during the fourth quarter" in August).
  if (q > cur && tense !== 'future' && !(tense === null && q === cur + 1)) return dct.y - 1;
  return dct.y;
}

export function yearForHalf(dct: Ymd, h: number, tense: Tense | null): number {
  const cur = dct.m <= 6 ? 1 : 2;
  if (h > cur && tense !== 'future') return dct.y - 1;
  return dct.y;
}
