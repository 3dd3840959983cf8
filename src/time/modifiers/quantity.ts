/**
 * Quantity modifiers before a counted core or a duration: "about two weeks" (mod APPROX), "more than a year"
 * (MORE_THAN), "up to six months" (EQUAL_OR_LESS), "nearly a decade" (LESS_THAN). The core keeps its rule id.
 */
import type { TimeContext } from '../context.js';
import { QUANT_MODS } from '../lexicon.js';
import { SETTLED, type Parser } from '../types.js';

/** First words of the two-word quantity modifiers ("up", "at", "more", ...). */
const QUANT_MOD_FIRST_WORDS = new Set(
  [...QUANT_MODS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]),
);

/** A quantity modifier settles its token: without a counted core after it, there is no time expression here. */
export const quantityModifier: Parser<TimeContext> = {
  id: 'time.mod.quantity',
  opens: (w) => QUANT_MOD_FIRST_WORDS.has(w) || QUANT_MODS.has(w),
  parse(c, i, w) {
    let j = i;
    let qmod: string | undefined;
    // Two-word modifiers ("more than") only after their first words: no string built for every other token.
    const two = QUANT_MOD_FIRST_WORDS.has(w) ? `${w} ${c.lower(i + 1)}` : '';
    if (two && QUANT_MODS.has(two)) {
      qmod = QUANT_MODS.get(two);
      j = i + 2;
    } else if (QUANT_MODS.has(w)) {
      qmod = QUANT_MODS.get(w);
      j = i + 1;
    }
    if (!qmod) return null;
    if (c.lower(j) === 'the') return SETTLED;
    const core = c.grammar.positioned(c, j);
    if (!core || (!core.counted && core.type !== 'DURATION')) return SETTLED;
    // The quantity word says more than a range's lower-bound mark: "over 20 or 30 years" is MORE_THAN.
    return { ...core, mod: core.mod === undefined || core.mod === 'EQUAL_OR_MORE' ? qmod : core.mod };
  },
};
