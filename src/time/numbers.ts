/** Readers of numbers at a token: counts ("twenty four", "a few"), days of the month, years (digits or spelled). */
import { pad } from './calendar.js';
import type { TimeContext } from './context.js';
import { NUMBER_WORDS } from './lexicon.js';
import type { Core } from './types.js';

/** First char an ASCII digit: the regular expressions over digits cannot match other words (a cheap test first). */
export function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The word less a final "st", "nd", "rd" or "th" (as .replace(/(st|nd|rd|th)$/, '')
 * without a regular expression per call). */
export function withoutOrdinalSuffix(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const a = w.charCodeAt(n - 2);
  const b = w.charCodeAt(n - 1);
  // st nd rd th
  const suffix =
    (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  return suffix ? w.slice(0, -2) : w;
}

/** Number written as digits, words or hyphenated words: "24", "two", "twenty-four". */
export function numberValue(w: string): number | null {
  if (startsWithDigit(w) && /^\d+(\.\d+)?$/.test(w)) return Number(w);
  const direct = NUMBER_WORDS.get(w);
  if (direct !== undefined && w !== 'a' && w !== 'an') return direct;
  // "twenty-four": exactly one hyphen (no split and its array for the many words without one).
  const dash = w.indexOf('-');
  if (dash >= 0 && w.indexOf('-', dash + 1) < 0) {
    const a = NUMBER_WORDS.get(w.slice(0, dash));
    const b = NUMBER_WORDS.get(w.slice(dash + 1));
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return null;
}

/** A count at token i: digits, number words ("twenty four"), "a"/"an", vague words. e = next token. */
export function parseCount(c: TimeContext, i: number): { v: number | null; e: number } | null {
  const n = parseCountCore(c, i);
  // "two and a half years"
  if (n && n.v !== null && c.lower(n.e) === 'and' && c.lower(n.e + 1) === 'a' && c.lower(n.e + 2) === 'half') {
    return { v: n.v + 0.5, e: n.e + 3 };
  }
  return n;
}

function parseCountCore(c: TimeContext, i: number): { v: number | null; e: number } | null {
  const w = c.lower(i);
  // "half a year", "half an hour"
  if (w === 'half') return c.lower(i + 1) === 'a' || c.lower(i + 1) === 'an' ? { v: 0.5, e: i + 2 } : null;
  if (w === 'a' || w === 'an') {
    if (c.lower(i + 1) === 'few' || c.lower(i + 1) === 'couple') {
      const e = c.lower(i + 2) === 'of' ? i + 3 : i + 2;
      return { v: c.lower(i + 1) === 'couple' ? 2 : null, e };
    }
    if (c.lower(i + 1) === 'dozen') return { v: 12, e: i + 2 };
    return { v: 1, e: i + 1 };
  }
  // "every couple of years": the article dropped after "every".
  if (w === 'couple' && c.lower(i + 1) === 'of' && c.lower(i - 1) === 'every') return { v: 2, e: i + 2 };
  if (w === 'several' || w === 'few' || w === 'many' || w === 'some' || w === 'numerous') return { v: null, e: i + 1 };
  if (c.isNumber(i) && /^\d{1,3}(,\d{3})*(\.\d+)?$/.test(w)) return { v: Number(w.replace(/,/g, '')), e: i + 1 };
  const v = numberValue(w);
  if (v !== null) {
    // "twenty four"
    const v2 = NUMBER_WORDS.get(c.lower(i + 1));
    if (v >= 20 && v % 10 === 0 && v < 100 && v2 !== undefined && v2 < 10 && c.lower(i + 1) !== 'a')
      return { v: v + v2, e: i + 2 };
    if (c.lower(i + 1) === 'hundred') return { v: v * 100, e: i + 2 };
    return { v, e: i + 1 };
  }
  return null;
}

/** A day of month at token i: "9", "09", "9th", "22nd". */
export function dayOfMonth(c: TimeContext, i: number): number | null {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(c.lower(i));
  if (!m) return null;
  const d = Number(m[1]);
  if (d < 1 || d > 31) return null;
  return d;
}

/** A four-digit year at token i (plausible range), or null. */
export function yearAt(c: TimeContext, i: number): number | null {
  const w = c.lower(i);
  if (w.length !== 4 || !c.isNumber(i)) return null;
  const y = Number(w);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** "nineteen ninety-six", "nineteen eighty four": a year spelled out (broadcast transcripts). */
export function spelledYear(c: TimeContext, i: number): Core | null {
  const century = NUMBER_WORDS.get(c.lower(i));
  if (century === undefined || century < 11 || century > 20) return null;
  let rest = numberValue(c.lower(i + 1));
  let e = i + 2;
  if (rest !== null && rest >= 20 && rest % 10 === 0 && rest < 100) {
    const unit = NUMBER_WORDS.get(c.lower(i + 2));
    if (unit !== undefined && unit < 10 && unit >= 1 && c.lower(i + 2) !== 'a') {
      rest += unit;
      e++;
    }
  }
  if (rest === null || rest < 10 || rest > 99) return null;
  return { e, type: 'DATE', value: pad(century * 100 + rest, 4), rule: 'time.year.spelled' };
}

/** A year at token i, digits or spelled out ("nineteen ninety-six", "two thousand"): value and end token. */
export function yearSpanAt(c: TimeContext, i: number): { y: number; e: number } | null {
  const y = yearAt(c, i);
  if (y !== null) return { y, e: i + 1 };
  const w = c.lower(i);
  if (w === 'nineteen' || w === 'eighteen') {
    const s = spelledYear(c, i);
    if (s) return { y: Number(s.value), e: s.e };
  }
  if (w === 'two' && c.lower(i + 1) === 'thousand') {
    let e = i + 2;
    let add = 0;
    const k = c.lower(e) === 'and' ? e + 1 : e;
    const v = numberValue(c.lower(k));
    if (v !== null && v >= 1 && v < 100 && c.lower(k) !== 'a') {
      add = v;
      e = k + 1;
    }
    return { y: 2000 + add, e };
  }
  return null;
}

/**
 * "last year", "this year", "next year" at token i, read as the DCT's year or the one before or after it: a day or
 * month followed by it takes that year ("18 August last year" is one date, not a day resolved alone).
 */
export function relativeYearAt(c: TimeContext, i: number): { y: number; e: number } | null {
  const rel = c.lower(i);
  if ((rel !== 'this' && rel !== 'last' && rel !== 'next') || c.lower(i + 1) !== 'year') return null;
  return { y: c.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0), e: i + 2 };
}
