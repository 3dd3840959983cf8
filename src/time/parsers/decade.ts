/**
 * Decades and centuries: "the 1990s" (time.decade), "'90s" (time.decade-short), "the nineties"
 * (time.decade.word), "the 21st century" (time.century).
 */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { ORDINALS } from '../lexicon.js';
import { startsWithDigit, withoutOrdinalSuffix } from '../numbers.js';
import type { Parser } from '../types.js';

const DECADE_WORDS = new Map([
  ['sixties', 6],
  ['seventies', 7],
  ['eighties', 8],
  ['nineties', 9],
]);

/** "'90s": an apostrophe token before "90s". */
export const decadeShort: Parser<TimeContext> = {
  id: 'time.decade-short',
  opens: (w) => w === "'" || w === '’',
  parse(c, i, w) {
    if ((w !== "'" && w !== '’') || !/^\d0s$/.test(c.lower(i + 1))) return null;
    return { e: i + 2, type: 'DATE', value: `19${c.lower(i + 1)[0]}`, rule: 'time.decade-short' };
  },
};

/** "1990s". */
export const decade: Parser<TimeContext> = {
  id: 'time.decade',
  opens: (w) => /^\d{4}s$/.test(w),
  parse: (_c, i, w) =>
    startsWithDigit(w) && /^\d{4}s$/.test(w)
      ? { e: i + 1, type: 'DATE', value: w.slice(0, 3), rule: 'time.decade' }
      : null,
};

/** "the 1990s". */
export const theDecade: Parser<TimeContext> = {
  id: 'time.decade.the',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const next = c.lower(i + 1);
    return w === 'the' && /^\d{4}s$/.test(next)
      ? { e: i + 2, type: 'DATE', value: next.slice(0, 3), rule: 'time.decade' }
      : null;
  },
};

/** "the nineties". */
export const theDecadeWord: Parser<TimeContext> = {
  id: 'time.decade.word',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const d = w === 'the' ? DECADE_WORDS.get(c.lower(i + 1)) : undefined;
    return d === undefined ? null : { e: i + 2, type: 'DATE', value: `19${d}`, rule: 'time.decade.word' };
  },
};

/** "21st century". */
export const century: Parser<TimeContext> = {
  id: 'time.century',
  opens: (w) => /^\d{1,2}(st|nd|rd|th)$/.test(w),
  parse(c, i, w) {
    const cent = startsWithDigit(w) ? /^(\d{1,2})(st|nd|rd|th)$/.exec(w) : null;
    if (!cent || c.lower(i + 1) !== 'century') return null;
    return { e: i + 2, type: 'DATE', value: pad(Number(cent[1]) - 1, 2), rule: 'time.century' };
  },
};

/** "the 21st century". */
export const theCentury: Parser<TimeContext> = {
  id: 'time.century.the',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the') return null;
    const next = c.lower(i + 1);
    const cent =
      ORDINALS.get(withoutOrdinalSuffix(next)) ??
      (startsWithDigit(next) && /^\d{1,2}(st|nd|rd|th)$/.test(next) ? Number.parseInt(next, 10) : undefined);
    if (cent === undefined || cent <= 0 || c.lower(i + 2) !== 'century') return null;
    return { e: i + 3, type: 'DATE', value: pad(cent - 1, 2), rule: 'time.century' };
  },
};
