/**
 * quote-leading-verb: "Mr. Christie gloated: “...”", "As Amar put it, “...”": a subject and a past verb we do not
 * list, right before the opening mark, the quote capitalized.
 */
import { TokFlag } from '../../model/doc.js';
import type { Attribution } from '../context.js';
import { lookupCue } from '../lexicon.js';
import type { QuoteRegion } from '../marks.js';
import { npLeft, subjectPosition, type TokRange } from '../phrases.js';
import { fillerAt } from '../verb-group.js';
import { FUNCTION_WORDS_QUICK, IRREGULAR_PAST } from '../words.js';
import type { RegionSieve } from './case.js';

export const leadingVerb: RegionSieve = {
  id: 'quote-leading-verb',
  leadsContinuations: true,
  apply(x, q) {
    const found = leadingSpeaker(x, q.region, q.sent.tokStart);
    if (!found) return false;
    x.pushRegion(q.region, 'direct', found.cue, found.lemma, found.speaker, q.sentence, 'quote-leading-verb');
    return true;
  },
};

/** "NP verb-ed: “...”" / "NP put it, “...”" right before the opening mark, the quote capitalized. */
function leadingSpeaker(
  x: Attribution,
  r: QuoteRegion,
  a: number,
): { speaker: TokRange; cue: TokRange; lemma: string } | null {
  const w = x.w;
  const t = x.doc.tokens;
  const before = r.openTok - 1;
  if (
    before - 2 < a ||
    !(w.isPunct(before, ':') || w.isPunct(before, ',')) ||
    !(t.flags[r.tokStart] & TokFlag.Capitalized)
  )
    return null;
  let v = before - 1;
  let lemma: string;
  if (w.lower(v) === 'it' && w.lower(v - 1) === 'put') {
    v--;
    lemma = 'put';
  } else {
    const lv = w.lower(v);
    if (
      !w.isWord(v) ||
      t.flags[v] & TokFlag.Capitalized ||
      !(lv.endsWith('ed') || IRREGULAR_PAST.has(lv)) ||
      FUNCTION_WORDS_QUICK.has(lv)
    )
      return null;
    lemma = lookupCue(lv)?.lemma ?? lv;
  }
  let s = v - 1;
  while (s >= a && fillerAt(w, s)) s--;
  const np = s >= a ? npLeft(w, s, a) : null;
  if (!np || !subjectPosition(w, np.start, a)) return null;
  return { speaker: np, cue: { start: v, end: before }, lemma };
}
