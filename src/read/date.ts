/** Article dates: validation and the DCT (YYYY-MM-DD) every stage anchors to. */
import { daysInMonth, MONTH_NAMES } from '../lang/en/index.js';

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

/** The YYYY-MM-DD part of an article date; throws on an invalid one (readers validate first). */
export function dctOf(date: string): string {
  const s = date.trim();
  if (!isValidArticleDate(s))
    throw new Error(`invalid article date "${date}": expected YYYY-MM-DD or an ISO timestamp`);
  return s.slice(0, 10);
}

/** 1-12 for a month name or its abbreviation of 3+ letters ("Feb", "Sept", "September"), else undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return i < 0 ? undefined : i + 1;
}

// "Fri, 09 May 2025 10:00:00 GMT" (RSS / RFC 2822) and "26-FEB-1987 15:01:01.79" (Reuters-21578).
const RFC2822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(Z|GMT|UTC?|[+-]\d{2}:?\d{2}|[A-Z]{3,4}))?)?$/;
// "May 9, 2025" and "May 9 2025".
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
// "2025/05/09" and "2025.05.09".
const YMD_OTHER_SEP = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;

/**
 * Reuters-21578 SGML leaves control codes after some dates ("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"): the codes, as
 * characters or as numeric entities, and whatever follows them are not part of the date.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const TRAILING_CODES = /(?:[\x00-\x08\x0b-\x1f\x7f]|&#x?[0-9a-f]{1,4};)[^]*$/i;

function withoutTrailingCodes(s: string): string {
  return s.replace(TRAILING_CODES, '');
}

const pad2 = (n: number | string): string => String(n).padStart(2, '0');

/**
 * An article date as written in a record or a meta tag, as an ISO date or timestamp keeping the local date
 * the source wrote (so the DCT is the day the publisher meant, not its UTC shift); undefined when it is not
 * a real date. Accepts ISO 8601, RFC 2822 (RSS pubDate), Reuters-21578 ("26-FEB-1987 15:01:01.79"),
 * "May 9, 2025" and "2025/05/09".
 */
export function parseArticleDate(raw: string): string | undefined {
  const s = withoutTrailingCodes(raw).trim();
  if (isValidArticleDate(s)) return s;
  let iso: string | undefined;
  let m = RFC2822.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    if (month === undefined) return undefined;
    iso = `${m[3]}-${pad2(month)}-${pad2(m[1])}`;
    if (m[4] !== undefined) {
      iso += `T${pad2(m[4])}:${m[5]}:${m[6] ?? '00'}`;
      const zone = m[7];
      if (zone && /^[+-]/.test(zone)) iso += zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
      else if (zone === 'Z' || zone === 'GMT' || zone === 'UT' || zone === 'UTC') iso += 'Z';
    }
  } else if ((m = MONTH_FIRST.exec(s))) {
    const month = monthNumber(m[1]);
    if (month === undefined) return undefined;
    iso = `${m[3]}-${pad2(month)}-${pad2(m[2])}`;
  } else if ((m = YMD_OTHER_SEP.exec(s))) {
    iso = `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
  }
  return iso !== undefined && isValidArticleDate(iso) ? iso : undefined;
}
