/**
 * A part of a period in one hyphenated word: "early-May", "late-March" (time.month.part, mod START/END), "mid-1990s"
 * (time.decade.mid), "mid-1998" (time.year.mid), "mid-November" (time.month.mid), all with mod MID.
 */
import type { TimeContext } from '../context.js';
import { MONTHS } from '../lexicon.js';
import { monthValue } from '../resolve.js';
import type { Parser } from '../types.js';

export const partOfPeriod: Parser<TimeContext> = {
  id: 'time.part-of-period',
  opens: (w) => w.indexOf('-') >= 0,
  parse(c, i, w) {
    const dash = w.indexOf('-');
    if (dash < 0 || w.indexOf('-', dash + 1) >= 0) return null;
    const a = w.slice(0, dash);
    const b = w.slice(dash + 1);
    if ((a === 'early' || a === 'late') && MONTHS.has(b)) {
      return {
        e: i + 1,
        type: 'DATE',
        value: monthValue(c.dct, MONTHS.get(b)!, c.tense(i, i + 1)),
        mod: a === 'early' ? 'START' : 'END',
        rule: 'time.month.part',
      };
    }
    if (a !== 'mid' || !b) return null;
    if (/^\d{4}s$/.test(b))
      return { e: i + 1, type: 'DATE', value: b.slice(0, 3), mod: 'MID', rule: 'time.decade.mid' };
    if (/^\d{4}$/.test(b)) return { e: i + 1, type: 'DATE', value: b, mod: 'MID', rule: 'time.year.mid' };
    const m = MONTHS.get(b);
    if (m)
      return {
        e: i + 1,
        type: 'DATE',
        value: monthValue(c.dct, m, c.tense(i, i + 1)),
        mod: 'MID',
        rule: 'time.month.mid',
      };
    return null;
  },
};
