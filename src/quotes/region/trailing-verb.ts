/**
 * quote-trailing-verb: "“...,” Murphy tweeted." / "“...!” beamed Donald Hartley": after a quote that ends in , ! or ?,
 * a speaker and a verb we do not list ("NP verb" or "verb NP"), then the clause end.
 */
import { TokFlag, TokKind } from '../../model/doc.js';
import { skipAdverbials } from '../adverbials.js';
import type { Attribution } from '../context.js';
import { lookupCue } from '../lexicon.js';
import type { QuoteRegion } from '../marks.js';
import { npRight, type TokRange } from '../phrases.js';
import { fillerAt } from '../verb-group.js';
import { FUNCTION_WORDS_QUICK, IRREGULAR_PAST, SUBJECT_PRONOUNS } from '../words.js';
import { ARTICLES } from '../../lang/en/index.js';
import type { RegionSieve } from './case.js';

/** Subject starts that need no capital ("he retorted", "the minister fumed"). */
const SUBJECT_STARTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, ...ARTICLES]);
/** Particles of phrasal speech verbs ("shot back", "lashed out"). */
const PARTICLES = new Set(['back', 'out', 'up', 'on']);

export const trailingVerb: RegionSieve = {
  id: 'quote-trailing-verb',
  leadsContinuations: true,
  apply(x, q) {
    const found = trailingSpeaker(x, q.region);
    if (!found) return false;
    x.pushRegion(q.region, 'direct', found.cue, found.lemma, found.speaker, q.sentence, 'quote-trailing-verb');
    return true;
  },
};

function trailingSpeaker(x: Attribution, r: QuoteRegion): { speaker: TokRange; cue: TokRange; lemma: string } | null {
  const w = x.w;
  const t = x.doc.tokens;
  if (r.closeTok < 0) return null;
  let k = r.afterClose;
  const last = r.tokEnd - 1;
  const marked =
    w.isPunct(last, ',') || w.isPunct(last, '!') || w.isPunct(last, '?') || (k < t.count && w.isPunct(k, ','));
  if (!marked || k >= t.count || t.flags[k] & TokFlag.ParagraphStart) return null;
  if (w.isPunct(k, ',')) k++;
  const si = t.sentence[Math.min(k, t.count - 1)];
  const b = x.doc.sentences[si].tokEnd;
  const ends = (q: number) => q >= b || x.isTerminal(q) || w.isPunct(q, ',');
  const verbLike = (q: number) => {
    if (q >= b || !w.isWord(q) || (t.flags[q] & TokFlag.Capitalized && !w.cue(q))) return false;
    const lq = w.lower(q);
    const c = lookupCue(lq);
    if (c) return c.form === 'past' || c.form === 'present';
    return ((lq.endsWith('ed') || lq.endsWith('s')) && !FUNCTION_WORDS_QUICK.has(lq)) || IRREGULAR_PAST.has(lq);
  };
  const lemmaOf = (q: number) => w.cue(q)?.lemma ?? w.lower(q);
  let np = npRight(w, k, b, 10);
  if (np && w.nameLike(k)) {
    // A name run stops before a lower-case verb: "Trump shot back".
    let e = k + 1;
    while (e < np.end && (w.nameLike(e) || w.isPossessive(e) || t.flags[e] & TokFlag.Abbrev)) e++;
    np = { start: k, end: e };
  }
  if (np && !w.nameLike(k) && np.end - k > 1) {
    // "an angry Hollande retaliated": the phrase ends before its last word when that word is the verb.
    const v = np.end - 1;
    if (verbLike(v) && ends(skipAdverbials(x, v + 1, b)))
      return { speaker: { start: k, end: v }, cue: { start: v, end: v + 1 }, lemma: lemmaOf(v) };
  }
  if (np && (w.nameLike(k) || SUBJECT_STARTS.has(w.lower(k)))) {
    let v = np.end;
    if (v < b && w.isPunct(v, ',')) {
      // "Murphy, the head of Right to Rise USA, tweeted"
      let q = v + 1;
      while (q < b && q <= v + 14 && !w.isPunct(q, ',') && w.kind(q) !== TokKind.Quote) q++;
      if (q < b && w.isPunct(q, ',')) v = q + 1;
    }
    while (v < b && fillerAt(w, v)) v++;
    if (verbLike(v)) {
      let after = v + 1;
      if (after < b && PARTICLES.has(w.lower(after))) after++;
      if (ends(skipAdverbials(x, after, b))) return { speaker: np, cue: { start: v, end: v + 1 }, lemma: lemmaOf(v) };
    }
  }
  if (verbLike(k)) {
    const inv = npRight(w, k + 1, b, 12);
    if (inv && ends(inv.end)) return { speaker: inv, cue: { start: k, end: k + 1 }, lemma: lemmaOf(k) };
  }
  return null;
}
