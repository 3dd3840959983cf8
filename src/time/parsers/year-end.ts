/** time.year-end: the end of the DCT's year, "year-end", "year end", "year's end" (mod END). */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import type { Core, Parser } from '../types.js';

function yearEnd(c: TimeContext, e: number): Core {
  return { e, type: 'DATE', value: pad(c.dct.y, 4), mod: 'END', rule: 'time.year-end' };
}

/** "year's end", "year end". */
export const yearEndWords: Parser<TimeContext> = {
  id: 'time.year-end',
  opens: (w) => w === 'year',
  parse(c, i, w) {
    if (w !== 'year') return null;
    if (c.isPossessive(i + 1) && c.lower(i + 2) === 'end') return yearEnd(c, i + 3);
    if (c.lower(i + 1) === 'end') return yearEnd(c, i + 2);
    return null;
  },
};

/** "year-end". */
export const yearEndWord: Parser<TimeContext> = {
  id: 'time.year-end.word',
  opens: (w) => w === 'year-end',
  parse: (c, i, w) => (w === 'year-end' ? yearEnd(c, i + 1) : null),
};
