/**
 * Years: "in 1998" (time.year; "1500 troops" and "$1999" are no years), "nineteen ninety-six"
 * (time.year.spelled), "the year 2000" (time.year.the-year), "the full year" (time.unit.full-year);
 * "1998's third quarter" is one expression.
 */
import { TokKind } from '../../model/doc.js';
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { PERIOD_PREPOSITIONS, UNITS } from '../lexicon.js';
import { spelledYear, yearAt, yearSpanAt } from '../numbers.js';
import type { Parser } from '../types.js';
import { withPossessivePeriod } from './quarter.js';

/** Words before a number that make it a year whatever its size ("in 1500", "since 2210"). */
// prettier-ignore
const YEAR_PREPS = new Set([
  ...PERIOD_PREPOSITIONS, 'fiscal', 'year', 'between', 'and', 'for', 'around', 'about', 'circa', 'throughout', 'spring',
  'summer', 'fall', 'autumn', 'winter', 'as', 'at', 'on', 'within', 'into', 'end', 'beginning', 'start', 'middle', 'than',
]);

/** A 4-digit number is a year unless it counts something ("1500 troops") or is money. */
function looksLikeYear(c: TimeContext, i: number): boolean {
  const y = Number(c.lower(i));
  const prev = c.lower(i - 1);
  const next = c.lower(i + 1);
  if (prev === '$' || prev === '#' || next === '%' || next === 'percent') return false;
  if (YEAR_PREPS.has(prev)) return true;
  if (y < 1900 || y > 2100) return false;
  if (
    next.length > 2 &&
    c.doc.tokens.kind[i + 1] === TokKind.Word &&
    next.endsWith('s') &&
    !UNITS.has(next) &&
    !c.capitalized(i + 1)
  ) {
    return false;
  }
  return true;
}

/** A number token that is a year: whatever it makes, it is no count. */
export const yearNumber: Parser<TimeContext> = {
  id: 'time.year',
  opens: (w) => w.length === 4,
  parse(c, i) {
    const y = yearAt(c, i);
    if (y === null || !looksLikeYear(c, i)) return null;
    return withPossessivePeriod(c, i + 1, y, { e: i + 1, type: 'DATE', value: pad(y, 4), rule: 'time.year' });
  },
};

export const yearSpelled: Parser<TimeContext> = {
  id: 'time.year.spelled',
  opens: (w) => w === 'nineteen' || w === 'eighteen',
  parse: (c, i, w) => (w === 'nineteen' || w === 'eighteen' ? spelledYear(c, i) : null),
};

/** "the year 2000", "the year nineteen ninety". */
export const theYearNumber: Parser<TimeContext> = {
  id: 'time.year.the-year',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the' || c.lower(i + 1) !== 'year') return null;
    const ys = yearSpanAt(c, i + 2);
    return ys ? { e: ys.e, type: 'DATE', value: pad(ys.y, 4), rule: 'time.year.the-year' } : null;
  },
};

/** "the full year": the DCT's. */
export const theFullYear: Parser<TimeContext> = {
  id: 'time.unit.full-year',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the' || c.lower(i + 1) !== 'full' || c.lower(i + 2) !== 'year') return null;
    return { e: i + 3, type: 'DATE', value: pad(c.dct.y, 4), rule: 'time.unit.full-year' };
  },
};
