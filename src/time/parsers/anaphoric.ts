/**
 * time.anaphoric: references to the latest explicit date before them (else the DCT), as TimeML resolves them.
 * "that day", "the same day" (time.anaphoric.day), "that morning" (time.anaphoric.daypart), "the following week"
 * (.week), "that month", "the same month a year ago" (.month), "the following year", "that same year" (.year),
 * "that same year, 2016," (.year-named: the year written after it).
 */
import { addDays, addMonths, fmtDate, fmtMonth, fmtWeek, pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { DAY_PARTS, DURATION_PREPS, NUMBER_WORDS } from '../lexicon.js';
import type { Parser } from '../types.js';

export const anaphoric: Parser<TimeContext> = {
  id: 'time.anaphoric',
  opens: (w) => w === 'that' || w === 'the',
  parse(c, i, w) {
    let k = i + 1;
    let shift = 0;
    if (w === 'that') {
      if (c.lower(k) === 'same') k++;
    } else if (w === 'the') {
      const r = c.lower(k);
      if (r === 'same') shift = 0;
      else if (r === 'following' || r === 'next') shift = 1;
      else if (r === 'previous' || r === 'preceding' || r === 'prior') shift = -1;
      else return null;
      // "over the next year", "for the previous month": measured, not named.
      if (shift !== 0 && DURATION_PREPS.has(c.lower(i - 1))) return null;
      if (shift === 1 && r === 'next' && c.lastDay === null) {
        // time.anaphoric.day-narrative: "In March 2014 we left. The next day ...": within that month, not the DCT's.
        const period = c.lower(k + 1) === 'day' ? c.narrativePeriod(i) : null;
        if (period) return { e: k + 2, type: 'DATE', value: period, rule: 'time.anaphoric.day-narrative' };
        // Without an earlier date: the DCT's neighbour, as before.
        return null;
      }
      k++;
    } else return null;
    const unit = c.lower(k);
    let e = k + 1;
    // "that day one motions": a compound, not a reference.
    if (NUMBER_WORDS.has(c.lower(e)) && c.lower(e) !== 'a') return null;
    // "the same month a year ago": the anchor's month, a year back.
    let yearBack = 0;
    if (
      w === 'the' &&
      shift === 0 &&
      c.lower(e) === 'a' &&
      c.lower(e + 1) === 'year' &&
      (c.lower(e + 2) === 'ago' || c.lower(e + 2) === 'earlier')
    ) {
      yearBack = 1;
      e += 3;
    }
    if (unit === 'day' || unit === 'night' || unit === 'morning' || unit === 'evening' || unit === 'afternoon') {
      const base = c.lastDay ?? c.dct;
      const day = addDays({ ...base, y: base.y - yearBack }, shift);
      const part = DAY_PARTS.get(unit);
      if (part && w === 'that')
        return { e, type: 'TIME', value: `${fmtDate(day)}T${part}`, rule: 'time.anaphoric.daypart' };
      if (unit !== 'day') return null;
      return { e, type: 'DATE', value: fmtDate(day), rule: 'time.anaphoric.day' };
    }
    if (unit === 'week') {
      const base = c.lastDay ?? c.dct;
      return { e, type: 'DATE', value: fmtWeek(addDays(base, 7 * shift)), rule: 'time.anaphoric.week' };
    }
    if (unit === 'month') {
      const base = c.lastMonth ?? c.dct;
      const t = addMonths({ y: base.y - yearBack, m: base.m, d: 1 }, shift);
      return { e, type: 'DATE', value: fmtMonth(t.y, t.m), rule: 'time.anaphoric.month' };
    }
    if (unit === 'year') {
      // "That same year, 2016, ...": the year named right after the phrase is the one it means.
      const named = c.lower(e) === ',' && c.isNumber(e + 1) ? /^(1[5-9]|20)\d\d$/.exec(c.lower(e + 1)) : null;
      if (named && shift === 0 && yearBack === 0)
        return { e, type: 'DATE', value: named[0], rule: 'time.anaphoric.year-named' };
      const base = c.lastYear ?? c.dct.y;
      return { e, type: 'DATE', value: pad(base + shift - yearBack, 4), rule: 'time.anaphoric.year' };
    }
    return null;
  },
};
