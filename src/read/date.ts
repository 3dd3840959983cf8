/** Article dates: validation and the DCT (YYYY-MM-DD) every stage anchors to. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `s` is a real calendar date (2025-02-30 is not), optionally with a time. */
export function isValidArticleDate(s: string): boolean {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  if (d > daysInMonth(y, mo)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60)) return false;
  return true;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The YYYY-MM-DD part of an article date; throws on an invalid one (readers validate first). */
export function dctOf(date: string): string {
  const s = date.trim();
  if (!isValidArticleDate(s)) throw new Error(`invalid article date "${date}": expected YYYY-MM-DD or an ISO timestamp`);
  return s.slice(0, 10);
}
