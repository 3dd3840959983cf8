/**
 * time.season: "in the spring" (time.season, by the clause tense), "summer 2024" / "the spring of 1998"
 * (time.season.year), "last fall", "next winter", "this summer" (time.season.last, .next, .this).
 */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { SEASONS } from '../lexicon.js';
import { yearSpanAt } from '../numbers.js';
import { seasonValue } from '../resolve.js';
import { SETTLED, type Core, type Parser, type Rel } from '../types.js';

/** Words before a bare season that make it one ("in summer"; "fall" only after "in" or "this"). */
const SEASON_CONTEXT = new Set(['in', 'during', 'since', 'until', 'by', 'this', 'last', 'next', 'through']);

/** The season at token i; `determined` when "the" or "last"/"next" comes before it (s: the expression's start). */
function matchSeason(c: TimeContext, i: number, rel: Rel, determined: boolean, s = i): Core | null {
  const w = c.lower(i);
  const code = SEASONS.get(w)!;
  const e = i + 1;
  let k = e;
  if (c.lower(k) === 'of') k++;
  const ys = yearSpanAt(c, k);
  if (ys !== null) return { e: ys.e, type: 'DATE', value: `${pad(ys.y, 4)}-${code}`, rule: 'time.season.year' };
  // time.season.of-noun: "the fall of Mosul", "the spring of discontent": a season is followed by "of" only with
  // a year; before anything else the word is a noun (a collapse, a rising).
  if (k > e) return null;
  if (!determined) {
    const prev = c.lower(s - 1);
    if (!SEASON_CONTEXT.has(prev)) return null;
    if (w === 'fall' && prev !== 'in' && prev !== 'this') return null;
  }
  const tense = rel ? null : c.tense(s, e);
  return {
    e,
    type: 'DATE',
    value: seasonValue(c.dct, code, rel, tense),
    rule: rel ? `time.season.${rel}` : 'time.season',
  };
}

/** A bare season name: whatever it makes, no other reading of the word is tried ("fall" the verb). */
export const season: Parser<TimeContext> = {
  id: 'time.season',
  opens: (w) => SEASONS.has(w),
  parse: (c, i, w) => (SEASONS.has(w) ? (matchSeason(c, i, null, false) ?? SETTLED) : null),
};

export const theSeason: Parser<TimeContext> = {
  id: 'time.season.the',
  opens: (w) => w === 'the',
  parse: (c, i, w) =>
    w === 'the' && SEASONS.has(c.lower(i + 1)) ? (matchSeason(c, i + 1, null, true, i) ?? SETTLED) : null,
};

/** "last fall", "past winter", "next spring", "coming summer", "this summer". */
export const relativeSeason: Parser<TimeContext> = {
  id: 'time.season.rel',
  opens: (w) => w === 'last' || w === 'next' || w === 'this' || w === 'coming' || w === 'past',
  parse(c, i, w) {
    if (w !== 'last' && w !== 'next' && w !== 'this' && w !== 'coming' && w !== 'past') return null;
    if (!SEASONS.has(c.lower(i + 1))) return null;
    return (
      matchSeason(c, i + 1, w === 'last' || w === 'past' ? 'last' : w === 'this' ? 'this' : 'next', true, i) ?? SETTLED
    );
  },
};
