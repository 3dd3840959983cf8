/**
 * time.year-earlier: "year-earlier" and "year-ago" alone name last year, or the quarter a year back in an
 * earnings story ("the year-earlier quarter" is the unit phrase's).
 */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { lastCompletedQuarter } from '../resolve.js';
import type { Parser } from '../types.js';

/** The value of "a year ago"/"a year earlier" said at token i: the year before, or the quarter a year back. */
export function yearAgoValue(c: TimeContext, i: number): string {
  if (c.sentenceHasQuarter(i) || c.docHasQuarter()) {
    const q = lastCompletedQuarter(c.dct);
    return `${pad(q.y - 1, 4)}-Q${q.q}`;
  }
  return pad(c.dct.y - 1, 4);
}

export const yearEarlier: Parser<TimeContext> = {
  id: 'time.year-earlier',
  opens: (w) => w === 'year-earlier' || w === 'year-ago',
  parse: (c, i, w) =>
    w === 'year-earlier' || w === 'year-ago'
      ? { e: i + 1, type: 'DATE', value: yearAgoValue(c, i), rule: 'time.year-earlier' }
      : null,
};
