/**
 * Position modifiers before a date: "the end of 1998", "the beginning of May" (mod END, START, MID),
 * "early 1998", "late May", "mid 2024", "earlier this month" (mod START/END/MID), "the early 1990s". The date keeps
 * its own rule id; the modifier adds the mod.
 */
import type { TimeContext } from '../context.js';
import { POSITION_MODS } from '../lexicon.js';
import { SETTLED, type Parser } from '../types.js';

/** "the end of X", "the beginning of X", "the middle of X", "the start of X": only a DATE may follow. */
export const endOfPeriod: Parser<TimeContext> = {
  id: 'time.mod.the-end-of',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const mod = w === 'the' && c.lower(i + 2) === 'of' ? POSITION_MODS.get(c.lower(i + 1)) : undefined;
    if (mod === undefined) return null;
    const inner = c.grammar.core(c, i + 3);
    return inner && inner.type === 'DATE' ? { ...inner, mod } : SETTLED;
  },
};

/** "early 1998", "late May", "earlier this month": a named period (no PAST_REF) must follow. */
export const earlyPeriod: Parser<TimeContext> = {
  id: 'time.mod.early',
  opens: (w) => w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later',
  parse(c, i, w) {
    if ((w !== 'early' && w !== 'late' && w !== 'mid' && w !== 'earlier' && w !== 'later') || i + 1 >= c.n) return null;
    const inner = c.grammar.core(c, i + 1);
    if (inner && inner.type === 'DATE' && !inner.value.endsWith('_REF'))
      return { ...inner, mod: POSITION_MODS.get(w), rule: inner.rule };
    return SETTLED;
  },
};

/** "the early 1990s", "the late 1980s" (a core of its own: "the end of the early 1990s" is not taken). */
export const theEarlyPeriod: Parser<TimeContext> = {
  id: 'time.mod.the-early',
  opens: (w) => w === 'the',
  parse(c, i, w) {
    const next = c.lower(i + 1);
    if (w !== 'the' || (next !== 'early' && next !== 'late' && next !== 'mid')) return null;
    const inner = c.grammar.core(c, i + 2);
    return inner && inner.type === 'DATE' && /^\d/.test(inner.value)
      ? { ...inner, mod: POSITION_MODS.get(next) }
      : null;
  },
};
