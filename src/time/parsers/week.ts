/** Weeks named by a day or by the DCT: "the week of March 6" (time.week-of), "the weekend" (time.weekend.the). */
import { addDays, fmtWeek } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { MONTHS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { weekdayOf } from '../values.js';
import { matchMonth } from './month.js';

/** "the week of March 6": the ISO week of that day ("the weekend of" its weekend). */
export const weekOf: Parser<TimeContext> = {
  id: 'time.week-of',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const next = c.lower(i + 1);
    if (
      w !== 'the' ||
      (next !== 'week' && next !== 'weekend') ||
      c.lower(i + 2) !== 'of' ||
      !MONTHS.has(c.lower(i + 3))
    )
      return null;
    const m = matchMonth(c, i + 3, null, i);
    const ymd = m && !m.extra ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value) : null;
    if (!m || !ymd) return null;
    const week = fmtWeek({ y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) });
    return { e: m.e, type: 'DATE', value: next === 'week' ? week : `${week}-WE`, rule: 'time.week-of' };
  },
};

/** "the weekend": the one just past unless told in the future (or the DCT is on it). */
export const theWeekend: Parser<TimeContext> = {
  id: 'time.weekend.the',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the' || c.lower(i + 1) !== 'weekend') return null;
    const value =
      weekdayOf(c.dct) >= 6
        ? `${fmtWeek(c.dct)}-WE`
        : `${fmtWeek(addDays(c.dct, c.tense(i, i + 2) === 'future' ? 0 : -7))}-WE`;
    return { e: i + 2, type: 'DATE', value, rule: 'time.weekend.the' };
  },
};
