/** cue-apposition: "“...,” Scott Pruitt, the attorney general of Oklahoma, said at ...":
 * the quote is the content, the name speaks. */
import { TokKind } from '../../model/doc.js';
import type { Attribution } from '../context.js';
import type { TokRange } from '../phrases.js';
import type { SpeakerSieve } from './case.js';

export const apposition: SpeakerSieve = {
  id: 'cue-apposition',
  apply(x, c) {
    if (c.left < c.a || c.leftWord !== ',') return false;
    const found = quoteBeforeApposition(x, c.left, c.a);
    if (!found) return false;
    const r = x.regions[found.region];
    const d = x.draft(r.start, r.end, c.cue, c.lemma, found.speaker, c.addressee, c.sentence, 'cue-apposition');
    x.used[found.region] = 1;
    return [d];
  },
};

/**
 * "“...,” NAME, APPOSITION[, APPOSITION], <cue>": a closing quote ending in a comma, then a name (not a cue) and
 * comma-set asides up to the comma before the cue. Returns the quote's region and the name.
 */
function quoteBeforeApposition(x: Attribution, left: number, a: number): { region: number; speaker: TokRange } | null {
  const w = x.w;
  let commas = 0;
  for (let q = left - 1; q >= a && q >= left - 40; q--) {
    if (x.isTerminal(q) || w.isPunct(q, ';') || w.isPunct(q, ':')) return null;
    if (w.kind(q) === TokKind.Quote && x.regionOf[q] >= 0) {
      const k = x.regionOf[q];
      const r = x.regions[k];
      const innerComma =
        w.isPunct(r.tokEnd - 1, ',') || (w.kind(r.tokEnd - 1) === TokKind.Quote && w.isPunct(r.tokEnd - 2, ','));
      const outerComma = w.isPunct(q + 1, ',');
      if (r.afterClose !== q + 1 || !(innerComma || outerComma) || commas < (outerComma ? 2 : 1)) return null;
      const s0 = outerComma ? q + 2 : q + 1;
      if (!(w.nameLike(s0) || w.lower(s0) === 'the')) return null;
      let e = s0;
      while (e < left && !w.isPunct(e, ',')) {
        if (e > s0 && w.cue(e) && !w.nameLike(e)) return null; // a clause, not a name
        e++;
      }
      if (e - s0 > 6) return null;
      return { region: k, speaker: { start: s0, end: e } };
    }
    if (w.isPunct(q, ',')) commas++;
    else if (x.regionOf[q] >= 0) return null;
  }
  return null;
}
