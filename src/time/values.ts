/** TimeML value writers shared by the parsers: days, durations, periods shifted from the DCT. */
import {
  addDays,
  addMonths,
  fmtDate,
  fmtMonth,
  fmtWeek,
  isValidYmd,
  monthDays,
  pad,
  quarterOf,
  type Ymd,
} from './calendar.js';
import type { Unit } from './lexicon.js';

/** YYYY-MM-DD, the day clamped to the month's length (February 30 is the 28th or 29th). */
export function ymdValue(y: number, m: number, d: number): string {
  if (!isValidYmd(y, m, d)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, monthDays(y, m)), 2)}`;
  return fmtDate({ y, m, d });
}

/** A duration of unknown length in the unit: PXY, PTXH. */
export function vagueDuration(unit: Unit): string {
  return `P${unit.time ? 'T' : ''}X${unit.letter}`;
}

/** ISO weekday, 1 = Monday, through Date.UTC (which reads years 0-99 as 1900-1999). */
export function weekdayOf(t: Ymd): number {
  return ((((Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000) + 3) % 7) + 7) % 7) + 1;
}

/** TimeML duration: P2D, PT3H, P1.5Y, P10Y for decades written as DE. */
export function durationValue(n: number, unit: Unit): string {
  const num = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  const whole = Math.floor(n);
  if (n - whole === 0.5) {
    // TimeML writes halves in the next smaller unit: P2Y6M, PT5H30M, P1DT12H.
    const w = whole > 0 ? String(whole) : '';
    if (unit.grain === 'hour') return `PT${w ? w + 'H' : ''}30M`;
    if (unit.grain === 'year') return `P${w ? w + 'Y' : ''}6M`;
    if (unit.grain === 'day') return `P${w ? w + 'D' : ''}T12H`;
    if (unit.grain === 'minute') return `PT${w ? w + 'M' : ''}30S`;
  }
  // Counted decades are written in years (P10Y, P20Y), as TimeBank and MEANTIME do.
  if (unit.grain === 'decade') return `P${Math.round(n * 10)}Y`;
  return `P${unit.time ? 'T' : ''}${num}${unit.letter}`;
}

/** The period `shift` units from the DCT, written at the unit's grain: 2025-05-07, 2025-W18, 2025-04, 2024 ... */
export function shiftValue(dct: Ymd, unit: Unit, shift: number): string {
  switch (unit.grain) {
    case 'second':
    case 'minute':
    case 'hour':
      return shift === 0 ? 'PRESENT_REF' : shift < 0 ? 'PAST_REF' : 'FUTURE_REF';
    case 'day':
      return fmtDate(addDays(dct, shift));
    case 'week':
      return fmtWeek(addDays(dct, 7 * shift));
    case 'weekend':
      return `${fmtWeek(addDays(dct, 7 * shift))}-WE`;
    case 'month': {
      const t = addMonths({ ...dct, d: 1 }, shift);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths({ ...dct, d: 1 }, 3 * shift);
      return `${pad(t.y, 4)}-Q${quarterOf(t.m)}`;
    }
    case 'half': {
      const t = addMonths({ ...dct, d: 1 }, 6 * shift);
      return `${pad(t.y, 4)}-H${t.m <= 6 ? 1 : 2}`;
    }
    case 'year':
      return pad(dct.y + shift, 4);
    case 'decade':
      return pad(Math.floor((dct.y + 10 * shift) / 10), 3);
    case 'century':
      return pad(Math.floor((dct.y + 100 * shift) / 100), 2);
  }
}
