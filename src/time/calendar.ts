/**
 * Calendar arithmetic on plain {y, m, d} dates (proleptic Gregorian, UTC, no time zones) and TimeML formatting.
 * Every function is total: odd input (2025-02-30, year 0) is clamped or rejected, never thrown on.
 */
import { daysInMonth } from '../lang/en/index.js';

export interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

/** Days in month m of year y; a month outside 1-12 counts 31 days so that clamping never fails. */
export function monthDays(y: number, m: number): number {
  return m < 1 || m > 12 ? 31 : daysInMonth(y, m);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m);
}

/** Days since 1970-01-01 (may be negative). */
export function toDayNumber(t: Ymd): number {
  // Days-from-civil (H. Hinnant), exact for the proleptic Gregorian calendar.
  const y = t.m <= 2 ? t.y - 1 : t.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (t.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + t.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(t) + n);
}

/** Add months, clamping the day to the target month's length (Mar 31 - 1 month = Feb 28/29). */
export function addMonths(t: Ymd, n: number): Ymd {
  const total = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(t.d, monthDays(y, m)) };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(t: Ymd): number {
  const z = toDayNumber(t);
  // 1970-01-01 was a Thursday (4).
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const z = toDayNumber(t);
  const thursday = z - weekday(t) + 4;
  const ty = fromDayNumber(thursday).y;
  const jan1 = toDayNumber({ y: ty, m: 1, d: 1 });
  return { year: ty, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtDate(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Parse YYYY-MM-DD (the DCT); null when it is not a real date. */
export function parseYmd(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}
