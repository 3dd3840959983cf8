/**
 * Weeks named by a day or by the DCT: "the week of March 6" (time.week-of), "the weekend" (time.weekend.the), "the
 * weekend they married" (time.weekend.the-clause).
 */
import { addDays, fmtWeek } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { SUBJECT_PRONOUNS } from '../../lang/en/index.js';
import { MONTHS, PERIOD_PREPOSITIONS } from '../lexicon.js';
import { markerTense } from '../tense.js';
import type { Parser } from '../types.js';
import { weekdayOf } from '../values.js';
import { matchMonth } from './month.js';

/** "the week of March 6": the ISO week of that day ("the weekend of" its weekend). */
export const weekOf: Parser<TimeContext> = {
  id: 'time.week-of',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const next = c.lower(i + 1);
    if (
      w !== 'the' ||
      (next !== 'week' && next !== 'weekend') ||
      c.lower(i + 2) !== 'of' ||
      !MONTHS.has(c.lower(i + 3))
    )
      return null;
    const m = matchMonth(c, i + 3, null, i);
    const ymd = m && !m.extra ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value) : null;
    if (!m || !ymd) return null;
    const week = fmtWeek({ y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) });
    return { e: m.e, type: 'DATE', value: next === 'week' ? week : `${week}-WE`, rule: 'time.week-of' };
  },
};

/** "the weekend": the one just past unless told in the future (or the DCT is on it). */
export const theWeekend: Parser<TimeContext> = {
  id: 'time.weekend.the',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    if (w !== 'the' || c.lower(i + 1) !== 'weekend') return null;
    if (!WEEKEND_PREPOSITIONS.has(c.lower(i - 1)) && clauseDefines(c, i + 2))
      return { e: i + 2, type: 'DATE', value: 'XXXX-WXX-WE', rule: 'time.weekend.the-clause' };
    const value =
      weekdayOf(c.dct) >= 6
        ? `${fmtWeek(c.dct)}-WE`
        : `${fmtWeek(addDays(c.dct, c.tense(i, i + 2) === 'future' ? 0 : -7))}-WE`;
    return { e: i + 2, type: 'DATE', value, rule: 'time.weekend.the' };
  },
};

/** Prepositions that make "the weekend" an adverbial of its sentence: the period ones and "over", "at", "on", "for". */
const WEEKEND_PREPOSITIONS: ReadonlySet<string> = new Set([...PERIOD_PREPOSITIONS, 'over', 'at', 'on', 'for']);

/** How far after the subject's first word a clause's verb may stand ("the weekend Donald J. Trump signed"). */
const CLAUSE_VERB_REACH = 4;

/**
 * time.weekend.the-clause: "the weekend Donald Trump signed the order", "the weekend they married": a clause with no
 * "that" right after the noun says which weekend, one the DCT does not fix. After a preposition the clause is the
 * sentence's own ("Over the weekend Israeli troops arrested …").
 */
function clauseDefines(c: TimeContext, e: number): boolean {
  const [, sEnd] = c.sentenceBounds(e);
  if (e >= sEnd) return false;
  const first = c.lower(e);
  const subject = (c.capitalized(e) && /^[a-z]/.test(first)) || (SUBJECT_PRONOUNS.has(first) && first !== 'you');
  if (!subject) return false;
  for (let k = e + 1; k < Math.min(sEnd, e + 1 + CLAUSE_VERB_REACH); k++) {
    if (markerTense(c.lower(k)) === 'past') return true;
    if (!/^[a-z.]+$/.test(c.lower(k))) return false;
  }
  return false;
}
