/**
 * trailing-cue: "..., Bernie Sanders warned on Wednesday." / "..., said Michael O'Hanlon.": a sentence-final
 * attribution claims the sentence before the cues inside it are read; cues inside its content are nested and not
 * reported separately (PolNeAR is univocal). Its drafts carry the rules of verb-cue.ts.
 */
import { TokFlag, TokKind } from '../../model/doc.js';
import { skipAdverbials } from '../adverbials.js';
import type { Attribution, Draft } from '../context.js';
import { WEAK_LEMMAS } from '../lexicon.js';
import { npLeft, npRight } from '../phrases.js';
import type { SentenceSieve } from './case.js';
import { nounBeforeCue } from './not-speech.js';
import { verbCue } from './verb-cue.js';

export const trailingCue: SentenceSieve = {
  id: 'trailing-cue',
  apply(x, s) {
    const w = x.w;
    const { a, b } = s;
    if (s.coveredUntil !== a) return;
    for (let q = b - 2; q > a + 2; q--) {
      if (x.regionOf[q] >= 0 && !(w.kind(q) === TokKind.Quote && x.regions[x.regionOf[q]].afterClose === q + 1))
        continue;
      if (!(w.isPunct(q, ',') || (w.kind(q) === TokKind.Quote && w.isPunct(q - 1, ',')))) continue;
      const v = trailingCueAt(x, q + 1, b);
      if (v < 0) break;
      const found: Draft[] = verbCue(x, s.sentence, v, w.cue(v)!, a, b, null, null);
      if (found.length) {
        for (const d of found) x.drafts.push(d);
        s.coveredUntil = b;
      }
      break;
    }
  },
};

/** The cue of a sentence-final attribution starting at k ("Sanders warned on Wednesday." / "said X."), or -1. */
function trailingCueAt(x: Attribution, k: number, b: number): number {
  const w = x.w;
  const finite = (v: number) => {
    const c = v < b ? w.cue(v) : undefined;
    return (
      c !== undefined &&
      !nounBeforeCue(x, v, b) &&
      c.cls === 'speech' &&
      (c.form === 'past' || c.form === 'present') &&
      !WEAK_LEMMAS.has(c.lemma) &&
      !(x.doc.tokens.flags[v] & TokFlag.Capitalized)
    );
  };
  const ends = (q: number) => q >= b || x.isTerminal(q);
  if (finite(k)) {
    const inv = npRight(w, k + 1, b, 12);
    return inv && (ends(inv.end) || w.isPunct(inv.end, ',')) ? k : -1;
  }
  for (let v = k + 1; v < b && v <= k + 12; v++) {
    if (x.regionOf[v] >= 0) return -1;
    if (!finite(v)) continue;
    const np = npLeft(w, v - 1, k);
    if (!np || np.start !== k) return -1;
    return ends(skipAdverbials(x, v + 1, b)) ? v : -1;
  }
  return -1;
}
