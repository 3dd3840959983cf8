/**
 * time.weekday: "Thursday" resolved by the clause tense (time.weekday), "last Friday" / "the following Monday"
 * (time.weekday.last, .next, .this), "Friday, May 9, 2025" (time.weekday.date), "Monday morning"
 * (time.weekday.daypart); "Thursday next week" takes the named week; "on a Wednesday" is some Wednesday
 * (time.weekday.indefinite).
 */
import { posTagAt, posTagger } from '../../pos/tagger.js';
import { addDays, fmtDate, weekday as isoWeekday } from '../calendar.js';
import type { TimeContext } from '../context.js';
import {
  BROADCASTER_WORDS,
  DAY_PARTS,
  MONTHS,
  ON_DAY_PERIODICALS,
  PERIODICAL_NAME_WORDS,
  WEEKDAYS,
} from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import { SETTLED, type Core, type Parser, type Rel } from '../types.js';
import { matchMonth } from './month.js';

/** The weekday at token i (s: where the expression starts, before "last"/"the following"). */
export function matchWeekday(c: TimeContext, i: number, rel: Rel, s = i): Core {
  const wd = WEEKDAYS.get(c.lower(i))!;
  // "Friday, May 9, 2025": the explicit date decides.
  const e = i + 1;
  // "Friday Oct. 13" too.
  const dateAt = c.lower(e) === ',' ? e + 1 : e;
  if (MONTHS.has(c.lower(dateAt))) {
    const m = matchMonth(c, dateAt, null);
    if (m && !m.extra && /^\d{4}-\d{2}-\d{2}$/.test(m.value)) return { ...m, rule: 'time.weekday.date' };
  }
  // time.weekday.indefinite: "on a Wednesday morning", "one Friday" name some such day, not one of the DCT's week.
  if (rel === null && (c.lower(s - 1) === 'a' || c.lower(s - 1) === 'one') && !modifiesNoun(c, e)) {
    const part = DAY_PARTS.get(c.lower(e));
    if (part) return { e: e + 1, type: 'DATE', value: `XXXX-WXX-${wd}T${part}`, rule: 'time.weekday.indefinite' };
    return { e, type: 'DATE', value: `XXXX-WXX-${wd}`, rule: 'time.weekday.indefinite' };
  }
  // "Wednesday's ruling" names a known (past) day.
  const tense = c.isPossessive(e) ? null : c.futureFrame(s) ? 'future' : c.tense(s, e);
  const week = rel ? null : namedWeek(c, e);
  const day = week === null ? resolveWeekday(c.dct, wd, tense, rel) : addDays(c.dct, 7 * week + wd - isoWeekday(c.dct));
  const part = DAY_PARTS.get(c.lower(e));
  if (part) return { e: e + 1, type: 'DATE', value: `${fmtDate(day)}T${part}`, rule: 'time.weekday.daypart' };
  return { e, type: 'DATE', value: fmtDate(day), rule: rel ? `time.weekday.${rel}` : 'time.weekday' };
}

/** Tags of a noun that a day name before it modifies ("a Friday deadline": the coming Friday's). */
const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS']);

/** Whether the word at token e is a common noun the day modifies; a part of the day is the day's own. */
function modifiesNoun(c: TimeContext, e: number): boolean {
  if (e >= c.sentenceBounds(e)[1] || DAY_PARTS.has(c.lower(e)) || c.capitalized(e)) return false;
  return NOUN_TAGS.has(posTagger().labels[posTagAt(c.doc, e)]);
}

/**
 * "Thursday next week", "Thursday and Friday next week", "Monday last week": the week named after the day (1 next,
 * -1 last, 0 this), or null. The week stays a time expression of its own; it only picks the day's week.
 */
function namedWeek(c: TimeContext, e: number): number | null {
  let k = e;
  while ((c.lower(k) === 'and' || c.lower(k) === 'or' || c.lower(k) === ',') && WEEKDAYS.has(c.lower(k + 1))) k += 2;
  if (c.lower(k + 1) !== 'week') return null;
  const rel = c.lower(k);
  return rel === 'next' ? 1 : rel === 'last' ? -1 : rel === 'this' ? 0 : null;
}

export const weekday: Parser<TimeContext> = {
  id: 'time.weekday',
  opens: (w) => WEEKDAYS.has(w),
  parse: (c, i, w) => (!WEEKDAYS.has(w) ? null : weekdayAsName(c, i) ? SETTLED : matchWeekday(c, i, null)),
};

/**
 * time.weekday.name: a day name inside the name of a newspaper or show is no time: "the Sunday Telegraph" (a
 * capitalized periodical word after it), "the Sunday Gazette" (a capitalized word after "the" + day: a title, as a
 * day is not named with "the" before a name), "the Mail on Sunday" (a periodical word and "on" before it),
 * "Sky News' Sunday" (a broadcaster's possessive before it).
 */
function weekdayAsName(c: TimeContext, i: number): boolean {
  if (!c.capitalized(i) || c.allCaps(i)) return false;
  if (c.capitalized(i + 1) && PERIODICAL_NAME_WORDS.has(c.lower(i + 1))) return true;
  if (c.lower(i - 1) === 'the' && c.capitalized(i + 1) && !c.allCaps(i + 1) && !MONTHS.has(c.lower(i + 1))) return true;
  if (c.lower(i - 1) === 'on' && c.capitalized(i - 2) && ON_DAY_PERIODICALS.has(c.lower(i - 2))) {
    return c.lower(i - 3) === 'the';
  }
  return broadcasterPossessive(c, i - 1);
}

/** Whether token k is the possessive of a broadcaster's name ("Sky News'", "BBC Radio 4's"). */
export function broadcasterPossessive(c: TimeContext, k: number): boolean {
  const mark = c.lower(k);
  if (mark !== "'s" && mark !== '’s' && mark !== "'" && mark !== '’') return false;
  return BROADCASTER_WORDS.has(c.lower(k - 1)) && (c.capitalized(k - 1) || c.isNumber(k - 1));
}

/** "the previous Monday", "the following Friday". */
export const theRelativeWeekday: Parser<TimeContext> = {
  id: 'time.weekday.the-rel',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const r = c.lower(i + 1);
    if (w !== 'the' || (r !== 'previous' && r !== 'following') || !WEEKDAYS.has(c.lower(i + 2))) return null;
    return matchWeekday(c, i + 2, r === 'previous' ? 'last' : 'next', i);
  },
};

/** "last Friday", "next Monday", "this Tuesday", "coming Sunday" ("past" is no weekday's). */
export const relativeWeekday: Parser<TimeContext> = {
  id: 'time.weekday.rel',
  opens: (w) => w === 'last' || w === 'next' || w === 'this' || w === 'coming',
  parse(c, i, w) {
    if (w !== 'last' && w !== 'next' && w !== 'this' && w !== 'coming') return null;
    if (!WEEKDAYS.has(c.lower(i + 1))) return null;
    return matchWeekday(c, i + 1, w === 'last' ? 'last' : w === 'this' ? 'this' : 'next', i);
  },
};
