/**
 * References to the present, past or future as a whole: "now", "recently" (time.ref.word), "the past", "the near
 * future" (time.ref.the), "at present" (time.ref.at-present). "recent years" is the unit phrase's.
 */
import type { TimeContext } from '../context.js';
import { REF_WORDS, UNITS } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { SETTLED, type Parser } from '../types.js';

/** A reference word: whatever it makes, no other reading of the word is tried. */
export const referenceWord: Parser<TimeContext> = {
  id: 'time.ref.word',
  opens: (w) => REF_WORDS.has(w),
  parse(c, i, w) {
    const ref = REF_WORDS.get(w);
    if (!ref) return null;
    const next = c.lower(i + 1);
    // "current" is temporal alone ("current leaders"); before a unit it is the unit phrase's, before "account" no time.
    if (w === 'current' && (UNITS.has(next) || next === 'account')) return SETTLED;
    return { e: i + 1, type: 'DATE', value: ref, rule: 'time.ref.word' };
  },
};

export const atPresent: Parser<TimeContext> = {
  id: 'time.ref.at-present',
  opens: (w) => w === 'at',
  parse: (c, i, w) =>
    w === 'at' && c.lower(i + 1) === 'present'
      ? { e: i + 2, type: 'DATE', value: 'PRESENT_REF', rule: 'time.ref.at-present' }
      : null,
};

/** "the past", "the future", "the present" (not "the past two years", not "the future of X"),
 * "the near/foreseeable/distant/immediate future". */
export const theReference: Parser<TimeContext> = {
  id: 'time.ref.the',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the') return null;
    const next = c.lower(i + 1);
    // "the future of the minister": a fate, not a time.
    if (next === 'future' && c.lower(i + 2) === 'of') return SETTLED;
    if (next === 'past' || next === 'future' || next === 'present') {
      const counted = parseCount(c, i + 2) !== null || UNITS.has(c.lower(i + 2));
      if (!counted) {
        return {
          e: i + 2,
          type: 'DATE',
          value: next === 'past' ? 'PAST_REF' : next === 'future' ? 'FUTURE_REF' : 'PRESENT_REF',
          rule: 'time.ref.the',
        };
      }
    }
    if (
      (next === 'near' || next === 'foreseeable' || next === 'distant' || next === 'immediate') &&
      c.lower(i + 2) === 'future'
    ) {
      return { e: i + 3, type: 'DATE', value: 'FUTURE_REF', rule: 'time.ref.the' };
    }
    return null;
  },
};
