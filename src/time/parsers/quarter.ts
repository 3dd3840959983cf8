/**
 * time.quarter and time.half: "the third quarter [of 1998]" (time.quarter, time.half), "third-quarter"
 * (time.quarter.adj, time.half.adj), "1998's first half" (time.quarter.of-year, time.half.of-year), "the 1988
 * second quarter" (time.quarter.year-first).
 */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { ORDINALS } from '../lexicon.js';
import { yearAt } from '../numbers.js';
import { lastCompletedQuarter, yearForHalf, yearForQuarter } from '../resolve.js';
import { SETTLED, type Core, type Parser } from '../types.js';

/** "1998's third quarter", "this year's first half" after a year that ends at token i; else `base`. */
export function withPossessivePeriod(c: TimeContext, i: number, year: number, base: Core): Core {
  if (c.isPossessive(i) && ORDINALS.has(c.lower(i + 1))) {
    const unit = c.lower(i + 2);
    const n = ORDINALS.get(c.lower(i + 1))!;
    if (unit === 'quarter' && n >= 1 && n <= 4)
      return { e: i + 3, type: 'DATE', value: `${pad(year, 4)}-Q${n}`, rule: 'time.quarter.of-year' };
    if (unit === 'half' && n >= 1 && n <= 2)
      return { e: i + 3, type: 'DATE', value: `${pad(year, 4)}-H${n}`, rule: 'time.half.of-year' };
  }
  // "last year's quarter": the reported quarter, in that year.
  if (c.isPossessive(i) && c.lower(i + 1) === 'quarter' && c.docHasQuarter()) {
    return {
      e: i + 2,
      type: 'DATE',
      value: `${pad(year, 4)}-Q${lastCompletedQuarter(c.dct).q}`,
      rule: 'time.quarter.of-year',
    };
  }
  return base;
}

/** "[fiscal] first/third quarter [of 1998]", "first half [of this year]" from token i (s: the expression's start). */
function ordinalPeriod(c: TimeContext, i: number, s: number): Core | null {
  let k = i;
  if (c.lower(k) === 'fiscal') k++;
  let ord = ORDINALS.get(c.lower(k));
  const unit = c.lower(k + 1);
  // "the final quarter of 2009", "the last half of the year": the last one of the year.
  if (ord === -1 && (unit === 'quarter' || unit === 'half') && c.lower(k + 2) === 'of')
    ord = unit === 'quarter' ? 4 : 2;
  if (ord === undefined || ord < 1) return null;
  if (unit !== 'quarter' && unit !== 'half') return null;
  let e = k + 2;
  let year: number | null = null;
  let kk = e;
  if (c.lower(kk) === 'of') {
    kk++;
    if (c.lower(kk) === 'fiscal') kk++;
    const y = yearAt(c, kk);
    const after = c.lower(kk + 1);
    if (y !== null) {
      year = y;
      e = kk + 1;
    } else if (after === 'year' && (c.lower(kk) === 'this' || c.lower(kk) === 'last' || c.lower(kk) === 'next')) {
      year = c.dct.y + (c.lower(kk) === 'last' ? -1 : c.lower(kk) === 'next' ? 1 : 0);
      e = kk + 2;
    }
  }
  const tense = year === null ? c.tense(s, e) : null;
  if (unit === 'quarter' && ord <= 4) {
    const y = year ?? yearForQuarter(c.dct, ord, tense);
    return { e, type: 'DATE', value: `${pad(y, 4)}-Q${ord}`, rule: 'time.quarter' };
  }
  if (unit === 'half' && ord <= 2) {
    const y = year ?? yearForHalf(c.dct, ord, tense);
    return { e, type: 'DATE', value: `${pad(y, 4)}-H${ord}`, rule: 'time.half' };
  }
  return null;
}

/** "the third quarter", "the fiscal first half", "the final quarter of 2009". */
export const theOrdinalPeriod: Parser<TimeContext> = {
  id: 'time.quarter.the',
  opens: (w) => w === 'the',
  parse: (c, i, w) => (w === 'the' ? ordinalPeriod(c, i + 1, i) : null),
};

/** "third quarter", "first half" without "the": whatever it makes, it is no unit phrase. */
export const ordinalPeriodBare: Parser<TimeContext> = {
  id: 'time.quarter',
  opens: (w) => ORDINALS.has(w),
  parse(c, i, w) {
    if (!ORDINALS.has(w) || (c.lower(i + 1) !== 'quarter' && c.lower(i + 1) !== 'half')) return null;
    return ordinalPeriod(c, i, i) ?? SETTLED;
  },
};

/** After "the": "1988 second quarter", "1988 quarter", "1988 period", "year-ago third quarter". */
export const yearFirstQuarter: Parser<TimeContext> = {
  id: 'time.quarter.year-first',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the') return null;
    const k = i + 1;
    const first = c.lower(k);
    let year: number | null = yearAt(c, k);
    if (year === null && (first === 'year-ago' || first === 'year-earlier')) year = c.dct.y - 1;
    if (year === null) return null;
    const next = c.lower(k + 1);
    const ord = ORDINALS.get(next);
    if (ord !== undefined && ord >= 1 && ord <= 4 && c.lower(k + 2) === 'quarter') {
      return { e: k + 3, type: 'DATE', value: `${pad(year, 4)}-Q${ord}`, rule: 'time.quarter.year-first' };
    }
    if ((next === 'quarter' || next === 'period') && c.docHasQuarter()) {
      const q = lastCompletedQuarter(c.dct);
      return { e: k + 2, type: 'DATE', value: `${pad(year, 4)}-Q${q.q}`, rule: 'time.quarter.year-first' };
    }
    return null;
  },
};

/** A hyphenated word "third-quarter", "first-half". */
export const quarterAdjective: Parser<TimeContext> = {
  id: 'time.quarter.adj',
  opens: (w) => w.indexOf('-') >= 0,
  parse(c, i, w) {
    const dash = w.indexOf('-');
    if (dash < 0) return null;
    const ord = ORDINALS.get(w.slice(0, dash));
    const b = w.slice(dash + 1);
    if (ord === undefined || ord <= 0 || (b !== 'quarter' && b !== 'half')) return null;
    const tense = c.tense(i, i + 1);
    if (b === 'quarter' && ord <= 4) {
      return {
        e: i + 1,
        type: 'DATE',
        value: `${pad(yearForQuarter(c.dct, ord, tense), 4)}-Q${ord}`,
        rule: 'time.quarter.adj',
      };
    }
    if (b === 'half' && ord <= 2) {
      return {
        e: i + 1,
        type: 'DATE',
        value: `${pad(yearForHalf(c.dct, ord, tense), 4)}-H${ord}`,
        rule: 'time.half.adj',
      };
    }
    return null;
  },
};
