/** Fallback speakers when a cue has no subject right before it: the clause's first subject, the nearest name. */
import type { Attribution } from './context.js';
import { lookupCue } from './lexicon.js';
import { npLeft, npRight, type TokRange } from './phrases.js';
import { FUNCTION_WORDS, SUBJECT_PRONOUNS, VERB_GROUP_FILLERS } from './words.js';
import { TokFlag } from '../model/doc.js';
import { ARTICLES } from '../lang/en/index.js';

/** The subject that opens the clause [a, limit): "The senator ..., adding", "Smith ... and said". */
export function firstSubject(x: Attribution, a: number, limit: number): TokRange | null {
  const w = x.w;
  const k0 = Math.max(a, x.bodyStart);
  if (k0 < limit && ARTICLES.has(w.lower(k0))) return npRight(w, k0, limit, 7);
  for (let k = a; k < limit && k < a + 12; k++) {
    if (SUBJECT_PRONOUNS.has(w.lower(k))) return { start: k, end: k + 1 };
    if (w.nameLike(k)) {
      let e = k + 1;
      while (e < limit && w.nameLike(e)) e++;
      return { start: k, end: e };
    }
  }
  return null;
}

/** The closest pronoun or name left of token r in the clause, skipping asides in commas or brackets. */
export function nearestNameLeft(x: Attribution, r: number, a: number): TokRange | null {
  const w = x.w;
  for (let k = r; k >= a && k >= r - 25; k--) {
    if (x.regionOf[k] >= 0 || w.isPunct(k, ';') || w.isPunct(k, ':')) return null;
    const lk = w.lower(k);
    if (SUBJECT_PRONOUNS.has(lk)) return { start: k, end: k + 1 };
    if (w.nameLike(k) && nounModifier(x, k, r)) {
      // Skip the whole name ("Donald Trump supporters" is not "Donald").
      while (k - 1 >= a && w.nameLike(k - 1)) k--;
      continue;
    }
    if (w.nameLike(k)) {
      const np = npLeft(w, k, a);
      if (np && !lookupCue(lk)) return possessedReaches(x, k, r) ? { start: np.start, end: r + 1 } : np;
    }
    if (lookupCue(lk) && k !== r) return null; // another cue: its own clause
  }
  return null;
}

/**
 * cue-nearest-name-possessed: "Ann Lee's closest aide has denied": the name at k owns the noun phrase that runs
 * up to the verb at r + 1; that noun is the speaker, not its possessor.
 */
function possessedReaches(x: Attribution, k: number, r: number): boolean {
  const w = x.w;
  if (!w.isPossessive(k + 1) || r < k + 2) return false;
  for (let n = k + 2; n <= r; n++) {
    if (!w.isWord(n) || w.nameLike(n) || x.doc.tokens.flags[n] & TokFlag.Capitalized) return false;
    const ln = w.lower(n);
    if (FUNCTION_WORDS.has(ln) || VERB_GROUP_FILLERS.has(ln) || lookupCue(ln)) return false;
  }
  return true;
}

/** "The Afrin offensive was launched after ...": a name before a lower-case noun modifies it; it is no speaker. */
function nounModifier(x: Attribution, k: number, r: number): boolean {
  const w = x.w;
  const n = k + 1;
  if (n > r || !w.isWord(n) || w.nameLike(n) || x.doc.tokens.flags[n] & TokFlag.Capitalized) return false;
  const ln = w.lower(n);
  return !FUNCTION_WORDS.has(ln) && !VERB_GROUP_FILLERS.has(ln) && !lookupCue(ln) && !w.isPossessive(n);
}
