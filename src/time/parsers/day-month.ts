/**
 * time.day-month: day-led dates, "9 May", "9 May 2025", "the 5th of June, 2025"; "9 May last year"
 * (time.day-month.rel-year).
 */
import type { TimeContext } from '../context.js';
import { MONTHS } from '../lexicon.js';
import { dayOfMonth, relativeYearAt, yearAt } from '../numbers.js';
import { eventNounAt, namedEventValue } from '../named-event.js';
import { monthDayValue } from '../resolve.js';
import type { Parser } from '../types.js';
import { ymdValue } from '../values.js';

export const dayMonth: Parser<TimeContext> = {
  id: 'time.day-month',
  opens: (w) => /^\d{1,2}(st|nd|rd|th)?$/.test(w),
  parse(c, i) {
    const day = dayOfMonth(c, i);
    if (day === null) return null;
    let k = i + 1;
    if (c.lower(k) === 'of') k++;
    const mw = c.lower(k);
    // "9 may": the verb after a count.
    if (!MONTHS.has(mw) || (mw === 'may' && k === i + 1 && !c.capitalized(k))) return null;
    const m = MONTHS.get(mw)!;
    let e = k + 1;
    let y: number | null = null;
    let kk = e;
    if (c.lower(kk) === ',') kk++;
    const yy = yearAt(c, kk);
    if (yy !== null) {
      y = yy;
      e = kk + 1;
    }
    if (y !== null) return { e, type: 'DATE', value: ymdValue(y, m, day), rule: 'time.day-month' };
    const ry = relativeYearAt(c, e);
    if (ry !== null) return { e: ry.e, type: 'DATE', value: ymdValue(ry.y, m, day), rule: 'time.day-month.rel-year' };
    const tense = c.tense(i, e);
    const storyYear = tense === 'future' ? null : c.storyYear(i, m, day);
    if (storyYear !== null)
      return { e, type: 'DATE', value: ymdValue(storyYear, m, day), rule: 'time.day-month.story-year' };
    if (eventNounAt(c, e))
      return { e, type: 'DATE', value: namedEventValue(c.dct, m, day), rule: 'time.day-month.named-event' };
    const at = c.anchorAt(i, tense);
    return { e, type: 'DATE', value: monthDayValue(at.dct, m, day, at.tense, c.pastEvent(i)), rule: 'time.day-month' };
  },
};
