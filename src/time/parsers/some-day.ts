/**
 * time.some-day: "One day, she will lead the party", "he hopes one day to return": "one day" as "some day" is no
 * time expression (neither the duration P1D nor a date): when it opens a clause or follows a verb of hope or a modal.
 * time.some-day.clause: also when a clause's subject follows it ("so one day they can return") or it closes a clause
 * after no word that counts or measures, in a clause with no state to measure ("she rang the bell one day").
 * Elsewhere it measures a day ("for one day", "a one day strike", "one day later", "one day of talks", "the hearing
 * lasted one day", "had been in the post one day").
 */
import { BE_FORMS, SUBJECT_PRONOUNS } from '../../lang/en/index.js';
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

/** Words before "one day" that count or measure it, whatever follows: "for one day", "the talks lasted one day". */
// prettier-ignore
const MEASURING_BEFORE = new Set([
  'for', 'in', 'within', 'than', 'about', 'around', 'nearly', 'almost', 'only', 'just', 'least', 'to', 'by', 'over',
  'per', 'of', 'after', 'before', 'every', 'each', 'a', 'the', 'last', 'lasts', 'lasted', 'lasting', 'take', 'takes',
  'took', 'taking', 'spend', 'spends', 'spent', 'stay', 'stayed', 'wait', 'waited', 'run', 'runs', 'ran', 'extra',
  'any', 'delay', 'delayed', 'postpone', 'postponed', 'extend', 'extended', 'suspend', 'suspended',
]);

/** Tokens that close a clause after "one day" ("she rang the bell one day."). */
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', '”', '"', ')']);

export const someDay: Parser<TimeContext> = {
  id: 'time.some-day',
  opens: (w) => w === 'one',
  parse(c, i, w) {
    if (w !== 'one' || c.lower(i + 1) !== 'day') return null;
    const prev = c.lower(i - 1);
    const next = c.lower(i + 2);
    if (MEASURING_AFTER.has(next)) return null;
    const opens = c.sentenceBounds(i)[0] === i || INDEFINITE_BEFORE.has(prev);
    const closes = CLAUSE_END.has(next) && !measuredState(c, i);
    const clause = !MEASURING_BEFORE.has(prev) && (SUBJECT_PRONOUNS.has(next) || closes);
    if (!opens && !clause) return null;
    return SETTLED;
  },
};

/** How far back a clause-final "one day" looks for a state it may measure. */
const STATE_WINDOW = 8;

/**
 * Whether a form of "be" or an "only"/"just" stands in the clause before token i: then a clause-final "one day"
 * measures a state ("had only been in the post one day").
 */
function measuredState(c: TimeContext, i: number): boolean {
  const first = c.sentenceBounds(i)[0];
  for (let k = i - 1; k >= Math.max(first, i - STATE_WINDOW); k--) {
    const w = c.lower(k);
    if (CLAUSE_END.has(w)) return false;
    if (BE_FORMS.has(w) || w === 'only' || w === 'just') return true;
  }
  return false;
}
