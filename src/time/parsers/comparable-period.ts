/**
 * time.period.year-ago: "the same period last year", "the corresponding period a year ago", "the year-ago
 * period": a year before the period just reported: the reported quarter in an earnings story, else the month
 * named in this sentence, else last year.
 */
import { fmtMonth, pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { lastCompletedQuarter } from '../resolve.js';
import type { Parser } from '../types.js';

const COMPARABLE = new Set(['same', 'corresponding', 'comparable', 'year-earlier', 'year-ago']);

export const comparablePeriod: Parser<TimeContext> = {
  id: 'time.period.year-ago',
  opens: (w) => w === 'that' || w === 'the',
  parse(c, i, w) {
    if (w !== 'that' && w !== 'the') return null;
    const adj = c.lower(i + 1);
    if (!COMPARABLE.has(adj) || c.lower(i + 2) !== 'period') return null;
    let e = i + 3;
    const a = c.lower(e);
    if (a === 'last' && c.lower(e + 1) === 'year') e += 2;
    else if (a === 'a' && c.lower(e + 1) === 'year' && (c.lower(e + 2) === 'ago' || c.lower(e + 2) === 'earlier'))
      e += 3;
    else if (a === 'of' && c.lower(e + 1) === 'the' && c.lower(e + 2) === 'last' && c.lower(e + 3) === 'year') e += 4;
    else if (a === 'of' && c.lower(e + 1) === 'last' && c.lower(e + 2) === 'year') e += 3;
    else if (!(adj === 'year-earlier' || adj === 'year-ago')) return null;
    if (c.docHasQuarter()) {
      const q = lastCompletedQuarter(c.dct);
      return { e, type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, rule: 'time.period.year-ago' };
    }
    if (c.lastMonth && c.lastMonthSentence === c.doc.tokens.sentence[i]) {
      return { e, type: 'DATE', value: fmtMonth(c.lastMonth.y - 1, c.lastMonth.m), rule: 'time.period.year-ago' };
    }
    return { e, type: 'DATE', value: pad(c.dct.y - 1, 4), rule: 'time.period.year-ago' };
  },
};
