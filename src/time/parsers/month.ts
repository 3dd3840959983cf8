/**
 * time.month: month-led dates. "May 9", "May 9, 2025" (time.month-day-year), "May 7-9" (time.month-day.range and
 * its time.month-day.range-end), "May 2025" (time.month-year), "June last year" (time.month-rel-year), "last
 * March" (time.month.last), bare "in May" (time.month).
 */
import { TokKind } from '../../model/doc.js';
import { fmtDate, fmtMonth, pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { AMBIGUOUS_MONTHS, MONTHS, PERIOD_PREPOSITIONS } from '../lexicon.js';
import { dayOfMonth, relativeYearAt, yearAt, yearSpanAt } from '../numbers.js';
import { eventNounAt, namedEventValue } from '../named-event.js';
import { monthDayValue, monthValue } from '../resolve.js';
import { SETTLED, type Core, type Parser, type Rel, type TimeMatch } from '../types.js';
import { ymdValue } from '../values.js';

/** Words before a bare month that make it one ("in May", "until March"): the names double as words. */
// prettier-ignore
const MONTH_CONTEXT = new Set([
  ...PERIOD_PREPOSITIONS, 'last', 'this', 'next', 'end', 'beginning', 'middle', 'start', 'throughout', 'between', 'and',
]);

/** The month-led date at month token i (s: where the expression starts, before "last"/"next"). */
export function matchMonth(c: TimeContext, i: number, rel: Rel, s = i): Core | null {
  const w = c.lower(i);
  const m = MONTHS.get(w)!;
  let e = i + 1;
  // "Sept" "." split by the tokenizer in odd cases: skip a glued period.
  if (
    w.length <= 4 &&
    c.lower(e) === '.' &&
    c.doc.tokens.start[e] === c.doc.tokens.end[i] &&
    dayOfMonth(c, e + 1) !== null
  )
    e++;
  const range = /^(\d{1,2})-(\d{1,2})$/.exec(c.lower(e));
  const dayNum = dayOfMonth(c, e);
  if (range || dayNum) return monthDay(c, m, e, range, dayNum, rel, s);
  // "May 2025", "May, 2025", "May of 2025"
  let k = e;
  if (c.lower(k) === ',' || c.lower(k) === 'of') k++;
  const ys = yearSpanAt(c, k);
  if (ys !== null) return { e: ys.e, type: 'DATE', value: fmtMonth(ys.y, m), rule: 'time.month-year' };
  // "June last year", "January this year", "October of next year"
  const ofRel = c.lower(e) === 'of' ? 1 : 0;
  const relYear = c.lower(e + ofRel);
  if ((relYear === 'this' || relYear === 'last' || relYear === 'next') && c.lower(e + ofRel + 1) === 'year') {
    const y2 = c.dct.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0);
    if (ofRel) {
      // "October of next year": two expressions (as MEANTIME marks them), the month in the named year.
      const year: TimeMatch = { s: e + 1, e: e + 3, type: 'DATE', value: pad(y2, 4), rule: `time.unit.${relYear}` };
      return { e, type: 'DATE', value: fmtMonth(y2, m), rule: 'time.month-rel-year', extra: [year] };
    }
    return { e: e + 2, type: 'DATE', value: fmtMonth(y2, m), rule: 'time.month-rel-year' };
  }
  // Lower-case "may" is the verb.
  if (w === 'may' && !c.capitalized(i)) return null;
  // "Jan Kavan": a short month form without its period before a capitalized word is a name.
  if (w.length <= 4 && !w.endsWith('.') && c.doc.tokens.kind[e] === TokKind.Word && c.capitalized(e)) return null;
  // Bare month: ambiguous names need a cue before them.
  const prev = c.lower(s - 1);
  if (rel === null && AMBIGUOUS_MONTHS.has(w) && !MONTH_CONTEXT.has(prev) && !MONTH_CONTEXT.has(c.lower(s)))
    return null;
  if (w.length <= 4 && !w.endsWith('.') && rel === null && !MONTH_CONTEXT.has(prev)) return null;
  if (rel === 'last' || rel === 'next') {
    let y2: number;
    if (rel === 'last') y2 = m >= c.dct.m ? c.dct.y - 1 : c.dct.y;
    else y2 = m <= c.dct.m ? c.dct.y + 1 : c.dct.y;
    return { e, type: 'DATE', value: fmtMonth(y2, m), rule: `time.month.${rel}` };
  }
  if (rel === 'this') return { e, type: 'DATE', value: fmtMonth(c.dct.y, m), rule: 'time.month.this' };
  const tense = c.tense(s, e);
  const storyYear = tense === 'past' ? c.storyYear(s, m) : null;
  if (storyYear !== null) return { e, type: 'DATE', value: fmtMonth(storyYear, m), rule: 'time.month.story-year' };
  const at = c.anchorAt(s, tense);
  return { e, type: 'DATE', value: monthValue(at.dct, m, at.tense, c.pastEvent(s)), rule: 'time.month' };
}

/** Month m with a day (or a day range) at token e: "May 9", "May 9, 2025", "May 7-9". */
function monthDay(
  c: TimeContext,
  m: number,
  e: number,
  range: RegExpExecArray | null,
  dayNum: number | null,
  rel: Rel,
  s: number,
): Core | null {
  const d1 = range ? Number(range[1]) : dayNum!;
  let endTok = e + 1;
  let year: number | null = null;
  let k = endTok;
  if (c.lower(k) === ',') k++;
  const y = yearAt(c, k);
  if (y !== null) {
    year = y;
    endTok = k + 1;
  }
  if (d1 < 1 || d1 > 31) return null;
  const ry = year === null && !range && rel === null ? relativeYearAt(c, endTok) : null;
  if (ry !== null) return { e: ry.e, type: 'DATE', value: ymdValue(ry.y, m, d1), rule: 'time.month-day.rel-year' };
  const tense = year === null ? c.tense(s, endTok) : null;
  const storyYear = year === null && rel === null && !range && tense !== 'future' ? c.storyYear(s, m, d1) : null;
  if (storyYear !== null)
    return { e: endTok, type: 'DATE', value: ymdValue(storyYear, m, d1), rule: 'time.day-month.story-year' };
  if (year === null && !range && rel === null && eventNounAt(c, endTok))
    return { e: endTok, type: 'DATE', value: namedEventValue(c.dct, m, d1), rule: 'time.day-month.named-event' };
  const at = c.anchorAt(s, tense);
  let value = year !== null ? ymdValue(year, m, d1) : monthDayValue(at.dct, m, d1, at.tense, c.pastEvent(s));
  // "last Oct. 23", "next May 5": the occurrence before / after the DCT.
  if (year === null && (rel === 'last' || rel === 'next')) {
    const here = fmtDate(c.dct);
    let y = c.dct.y;
    if (rel === 'last' && ymdValue(y, m, d1) >= here) y--;
    if (rel === 'next' && ymdValue(y, m, d1) <= here) y++;
    value = ymdValue(y, m, d1);
  }
  // "since March 30" cannot lie ahead of the story.
  if (year === null && c.lower(s - 1) === 'since' && value > fmtDate(c.dct))
    value = ymdValue(Number(value.slice(0, 4)) - 1, m, d1);
  if (range) {
    const d2 = Number(range[2]);
    const dashAt = c.doc.tokens.start[e] + range[1].length;
    const second: TimeMatch = {
      s: e,
      e: endTok,
      cs: dashAt + 1,
      type: 'DATE',
      value: ymdValue(Number(value.slice(0, 4)), m, d2),
      rule: 'time.month-day.range-end',
    };
    return { e: e + 1, ce: dashAt, type: 'DATE', value, rule: 'time.month-day.range', extra: [second] };
  }
  return { e: endTok, type: 'DATE', value, rule: year !== null ? 'time.month-day-year' : 'time.month-day' };
}

/** A month name: whatever it makes, no other reading of the word is tried ("May" is not a unit phrase). */
export const month: Parser<TimeContext> = {
  id: 'time.month',
  opens: (w) => MONTHS.has(w),
  parse: (c, i, w) => (MONTHS.has(w) ? (matchMonth(c, i, null) ?? SETTLED) : null),
};

/** "last March", "next May 5", "this June" ("past" is no month's). */
export const relativeMonth: Parser<TimeContext> = {
  id: 'time.month.rel',
  opens: (w) => w === 'last' || w === 'next' || w === 'this' || w === 'coming',
  parse(c, i, w) {
    if (w !== 'last' && w !== 'next' && w !== 'this' && w !== 'coming') return null;
    if (!MONTHS.has(c.lower(i + 1))) return null;
    return matchMonth(c, i + 1, w === 'last' ? 'last' : w === 'this' ? 'this' : 'next', i) ?? SETTLED;
  },
};
