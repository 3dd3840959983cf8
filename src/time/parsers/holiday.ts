/**
 * time.holiday: "Christmas", "Christmas Eve", "Halloween", "Thanksgiving Day", "New Year's Day", "New Year's Eve".
 * A holiday that modifies a noun after a determiner or a name ("the town's Christmas market") is no date.
 */
import { posTagAt, posTagger } from '../../pos/tagger.js';
import { fmtDate } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { yearForMonthDay } from '../resolve.js';
import { SETTLED, type Parser } from '../types.js';
import { weekdayOf, ymdValue } from '../values.js';

/** Holidays on a fixed day: month, day. */
const FIXED_HOLIDAYS = new Map<string, [number, number]>([
  ['christmas', [12, 25]],
  ['halloween', [10, 31]],
]);

/** Nouns after a holiday that make a period of it ("the Christmas holidays"), not a thing named after it. */
const TIME_HEADS: ReadonlySet<string> = new Set([
  'holiday',
  'holidays',
  'period',
  'break',
  'season',
  'week',
  'weekend',
  'recess',
  'morning',
  'night',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this']);

/** Words that may stand between a holiday and the noun it modifies ("a Christmas charity raffle"). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['JJ', 'VBG', 'NN', 'NNS']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS']);

/** How many modifiers may stand between the holiday and its noun. */
const MAX_MODIFIERS = 2;

/**
 * "the Christmas market", "Vienna Christmas lights": a determiner or a name before, a common noun after;
 * time.holiday.modifier-run: also with a few adjectives or nouns between ("a Christmas political fundraising
 * raffle"), unless a word of the run makes a period ("the Christmas school holidays").
 */
function modifiesNoun(c: TimeContext, i: number, e: number): boolean {
  const before = DETERMINERS.has(c.lower(i - 1)) || (c.capitalized(i - 1) && c.sentenceBounds(i)[0] < i - 1);
  if (!before) return false;
  const labels = posTagger().labels;
  const sEnd = c.sentenceBounds(i)[1];
  const last = Math.min(sEnd - 1, e + MAX_MODIFIERS);
  for (let k = e; k <= last; k++) {
    if (c.capitalized(k) || TIME_HEADS.has(c.lower(k))) return false;
    const tag = labels[posTagAt(c.doc, k)];
    if (!MODIFIER_TAGS.has(tag)) return false;
    if (!NOUN_TAGS.has(tag)) continue;
    // A noun before another noun is a modifier: the head comes later.
    const next = k + 1;
    const nounNext = next < sEnd && !c.capitalized(next) && NOUN_TAGS.has(labels[posTagAt(c.doc, next)]);
    if (!nounNext || k === last) return true;
  }
  return false;
}

export const holiday: Parser<TimeContext> = {
  id: 'time.holiday',
  opens: (w) => FIXED_HOLIDAYS.has(w) || w === 'thanksgiving' || w === 'new',
  parse(c, i, w) {
    const fixed = FIXED_HOLIDAYS.get(w);
    if (fixed) {
      let e = i + 1;
      if (c.lower(e) === 'day' || c.lower(e) === 'eve') e++;
      if (modifiesNoun(c, i, e)) return SETTLED;
      const d = c.lower(i + 1) === 'eve' ? fixed[1] - 1 : fixed[1];
      const at = c.anchorAt(i, c.tense(i, e));
      const y = yearForMonthDay(at.dct, fixed[0], d, at.tense);
      return { e, type: 'DATE', value: ymdValue(y, fixed[0], d), rule: 'time.holiday' };
    }
    if (w === 'thanksgiving') {
      const e = c.lower(i + 1) === 'day' ? i + 2 : i + 1;
      const at = c.anchorAt(i, c.tense(i, e));
      const y = yearForMonthDay(at.dct, 11, 25, at.tense);
      // Fourth Thursday of November.
      const first = { y, m: 11, d: 1 };
      const wd = ((4 - weekdayOf(first) + 7) % 7) + 1;
      return { e, type: 'DATE', value: fmtDate({ y, m: 11, d: wd + 21 }), rule: 'time.holiday' };
    }
    if (w === 'new' && c.lower(i + 1) === 'year' && c.isPossessive(i + 2)) {
      const kind = c.lower(i + 3);
      if (kind === 'day' || kind === 'eve') {
        const ymd: [number, number] = kind === 'day' ? [1, 1] : [12, 31];
        const at = c.anchorAt(i, c.tense(i, i + 4));
        const y = yearForMonthDay(at.dct, ymd[0], ymd[1], at.tense);
        return { e: i + 4, type: 'DATE', value: ymdValue(y, ymd[0], ymd[1]), rule: 'time.holiday' };
      }
    }
    return null;
  },
};
