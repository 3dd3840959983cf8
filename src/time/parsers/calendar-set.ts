/**
 * time.set: recurring times (TimeML SET). "daily" (time.set.word), "Tuesday nights" and "on Mondays"
 * (time.set.weekday), "each Thursday", "every July", "each summer" (time.set.each-weekday, -month, -season).
 */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { DAY_PARTS, MONTHS, SEASONS, SET_WORDS, WEEKDAYS } from '../lexicon.js';
import { SETTLED, type Core, type Parser } from '../types.js';

/** A weekly set at weekday token k, with a part of the day after it: XXXX-WXX-4, XXXX-WXX-2TNI. */
function weeklySetAt(c: TimeContext, k: number, wd: number, rule: string): Core {
  const next = c.lower(k + 1);
  const part = DAY_PARTS.get(next) ?? (next.endsWith('s') ? DAY_PARTS.get(next.slice(0, -1)) : undefined);
  if (part) return { e: k + 2, type: 'SET', value: `XXXX-WXX-${wd}T${part}`, rule };
  return { e: k + 1, type: 'SET', value: `XXXX-WXX-${wd}`, rule };
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'another']);
const PRESS_NOUNS = new Set(['newspaper', 'newspapers', 'paper', 'papers', 'tabloid', 'broadsheet', 'magazine']);
/** Words after a noun "daily" ("the daily said", "a daily in Paris"); an adjective "daily" is followed by its noun. */
const AFTER_NOUN = new Set([
  ...[',', '.', ';', ':', 'said', 'says', 'reported', 'reports', 'quoted'],
  ...['in', 'on', 'of', 'that'],
]);

/** "the Daily Mail", "a daily newspaper", "the daily reported": a periodical, not a SET. */
function periodicalNoun(c: TimeContext, i: number): boolean {
  if (!DETERMINERS.has(c.lower(i - 1))) return false;
  const next = c.lower(i + 1);
  const first = c.sentenceBounds(i)[0] === i;
  return (c.capitalized(i) && !first && !c.allCaps(i)) || PRESS_NOUNS.has(next) || AFTER_NOUN.has(next);
}

/** "daily", "weekly", "nightly" (not a periodical: "the Daily Mail", "a daily newspaper"). */
export const setWord: Parser<TimeContext> = {
  id: 'time.set.word',
  opens: (w) => SET_WORDS.has(w),
  parse(c, i, w) {
    if (periodicalNoun(c, i)) return SETTLED;
    const set = SET_WORDS.get(w);
    return set ? { e: i + 1, type: 'SET', value: set, rule: 'time.set.word' } : null;
  },
};

/** "Tuesday nights": a weekday with a plural part of the day. */
export const weekdayNights: Parser<TimeContext> = {
  id: 'time.set.weekday-nights',
  opens: (w) => WEEKDAYS.has(w),
  parse(c, i, w) {
    const wd = WEEKDAYS.get(w);
    if (wd === undefined) return null;
    const nights = c.lower(i + 1);
    if (nights.length > 1 && nights.endsWith('s') && DAY_PARTS.has(nights.slice(0, -1))) {
      return {
        e: i + 2,
        type: 'SET',
        value: `XXXX-WXX-${wd}T${DAY_PARTS.get(nights.slice(0, -1))}`,
        rule: 'time.set.weekday',
      };
    }
    return null;
  },
};

/** "on Mondays": a capitalized plural weekday. */
export const pluralWeekday: Parser<TimeContext> = {
  id: 'time.set.weekday-plural',
  opens: (w) => w.length > 6 && w.endsWith('s') && WEEKDAYS.has(w.slice(0, -1)),
  parse(c, i, w) {
    if (w.length > 6 && w.endsWith('s') && WEEKDAYS.has(w.slice(0, -1)) && c.capitalized(i)) {
      return weeklySetAt(c, i, WEEKDAYS.get(w.slice(0, -1))!, 'time.set.weekday');
    }
    return null;
  },
};

/** After "each"/"every": a weekday ("each Thursday"), a month ("every July") or a season ("each summer"). */
export const eachCalendarPoint: Parser<TimeContext> = {
  id: 'time.set.each',
  opens: (w) => w === 'each' || w === 'every',
  parse(c, i, w) {
    if (w !== 'each' && w !== 'every') return null;
    const k = i + 1;
    const next = c.lower(k);
    const wd = WEEKDAYS.get(next);
    if (wd !== undefined) return weeklySetAt(c, k, wd, 'time.set.each-weekday');
    const m = MONTHS.get(next);
    if (m !== undefined && (next.length > 3 || next === 'may' || next.endsWith('.')))
      return { e: k + 1, type: 'SET', value: `XXXX-${pad(m, 2)}`, rule: 'time.set.each-month' };
    const season = SEASONS.get(next);
    if (season !== undefined) return { e: k + 1, type: 'SET', value: `XXXX-${season}`, rule: 'time.set.each-season' };
    return null;
  },
};
