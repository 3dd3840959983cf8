/**
 * time.some-day: "One day, she will lead the party", "he hopes one day to return": "one day" as "some day" is no
 * time expression (neither the duration P1D nor a date): when it opens a clause or follows a verb of hope or a modal.
 * Elsewhere it measures a day ("for one day", "a one day strike", "one day later", "one day of talks").
 */
import type { TimeContext } from '../context.js';
import { SETTLED, type Parser } from '../types.js';

/**
 * Words before an indefinite "one day": it opens a clause ("and one day ...") or follows a verb of hope or a modal
 * ("hopes one day to", "could one day become"). After anything else it measures ("a one day strike").
 */
const INDEFINITE_BEFORE = new Set([
  ',',
  'and',
  'but',
  'that',
  'perhaps',
  'maybe',
  'then',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'dream',
  'dreams',
  'dreamed',
  'may',
  'might',
  'could',
  'would',
  'will',
  'can',
  'should',
  'must',
  '“',
  '"',
]);

/** Words after "one day" that make it a measure or place it: "one day later", "one day of talks". */
const MEASURING_AFTER = new Set(['later', 'earlier', 'after', 'before', 'ago', 'of', 'long', 'old', 'and', 'or']);

export const someDay: Parser<TimeContext> = {
  id: 'time.some-day',
  opens: (w) => w === 'one',
  parse(c, i, w) {
    if (w !== 'one' || c.lower(i + 1) !== 'day') return null;
    const prev = c.lower(i - 1);
    const opens = c.sentenceBounds(i)[0] === i || INDEFINITE_BEFORE.has(prev);
    if (!opens || MEASURING_AFTER.has(c.lower(i + 2))) return null;
    return SETTLED;
  },
};
