/**
 * Days named from the DCT: "today", "yesterday", "tomorrow" (time.deictic), "tonight" (a TIME), "yesterday
 * morning" (time.deictic.daypart), "last night", "this morning" (time.daypart.rel). A capitalized "Today" naming a
 * programme ("the Today programme") is no time.
 */
import { addDays, fmtDate } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { DAY_PARTS, SHOW_ADDRESS_WORDS } from '../lexicon.js';
import { broadcasterPossessive } from './weekday.js';
import { SETTLED, type Parser } from '../types.js';

/** Words after "Today" that make it a title: "the Today programme". */
const TITLE_NOUNS = new Set(['programme', 'program', 'show', 'newspaper']);

/**
 * "BBC Radio 4's Today", "the Today programme", "told Today": a capitalized "Today" inside a sentence names a show
 * (time.deictic.show-address: after "told", "to", "on", where the day is written in lower case).
 */
function todayAsName(c: TimeContext, i: number): boolean {
  if (!c.capitalized(i) || c.allCaps(i)) return false;
  const prev = c.lower(i - 1);
  const midSentence = c.sentenceBounds(i)[0] < i;
  if (midSentence && SHOW_ADDRESS_WORDS.has(prev) && !c.capitalized(i - 1)) return true;
  return (
    TITLE_NOUNS.has(c.lower(i + 1)) ||
    (c.isPossessive(i - 1) && c.capitalized(i - 2)) ||
    broadcasterPossessive(c, i - 1) ||
    prev === 'the'
  );
}

export const deicticDay: Parser<TimeContext> = {
  id: 'time.deictic',
  opens: (w) => w === 'today' || w === 'yesterday' || w === 'tomorrow' || w === 'tonight',
  parse(c, i, w) {
    if (w === 'tonight') return { e: i + 1, type: 'TIME', value: `${fmtDate(c.dct)}TNI`, rule: 'time.deictic' };
    if (w !== 'today' && w !== 'yesterday' && w !== 'tomorrow') return null;
    if (w === 'today' && todayAsName(c, i)) return SETTLED;
    const day = w === 'today' ? c.dct : addDays(c.dct, w === 'yesterday' ? -1 : 1);
    const part = DAY_PARTS.get(c.lower(i + 1));
    if (part) return { e: i + 2, type: 'TIME', value: `${fmtDate(day)}T${part}`, rule: 'time.deictic.daypart' };
    return { e: i + 1, type: 'DATE', value: fmtDate(day), rule: 'time.deictic' };
  },
};

/** "last night", "last evening", "this morning": yesterday's or today's part of the day. */
export const relativeDayPart: Parser<TimeContext> = {
  id: 'time.daypart.rel',
  opens: (w) => w === 'last' || w === 'this',
  parse(c, i, w) {
    if (w !== 'last' && w !== 'this') return null;
    const part = DAY_PARTS.get(c.lower(i + 1));
    if (part === undefined) return null;
    const day = w === 'last' ? addDays(c.dct, -1) : c.dct;
    return { e: i + 2, type: 'TIME', value: `${fmtDate(day)}T${part}`, rule: 'time.daypart.rel' };
  },
};
