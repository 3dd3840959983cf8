/** What the coder's units share: the sentence view, the coder's state and context, and actor groups. */
import type { Doc } from '../model/doc.js';
import type { ActorSpan } from './actors.js';
import type { AnchorVocabulary, VerbPattern, VerbTable } from './verb-table.js';

export interface SentenceView {
  words: string[];
  lemmas: (string | undefined)[];
  first: number;
  /** The verb table's inflected forms and their lemmas. */
  forms: ReadonlyMap<string, string>;
  /** The sentence's anchor words (reused object: valid while this sentence is coded). */
  vocab: AnchorVocabulary;
  /** Parley's own argument rules (`arguments.ts` strict ones): the Doc, for its part-of-speech tags; null when
   * coding with a user's verbs only. */
  strictDoc?: Doc | null;
}

export interface CoderState {
  /** Sources of the previous sentence's first sourced event (pronoun subjects). */
  lastSources: ActorSpan[];
  /** Sources of the latest sourced event in this sentence. */
  current: ActorSpan[];
  /** Sentence word index of that event's trigger (-1: none). */
  currentTrigger: number;
}

export interface CoderContext {
  table: VerbTable;
  /** Actors of the whole doc, sorted by token. */
  actors: ActorSpan[];
  /** 1 for tokens inside a time expression (doc.times), which are never triggers. */
  inTime?: Uint8Array;
  /** Parley's own constructions (event nouns, "X must ...", conditional threats);
   * off to code with a user's verbs only. */
  constructions: boolean;
}

export interface Candidate {
  code: string;
  reciprocal: string | null;
  pattern: VerbPattern | null;
  postEnd: number;
  rule: string;
}

/** Only letters a-z (and hyphens when `hyphens`), at least one character: /^[a-z-]+$/ or /^[a-z]+$/. */
export function isLowerWord(w: string, hyphens: boolean): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (hyphens && c === 45))) return false;
  }
  return true;
}

/** Actors in [lo, hi) (`acts` sorted by token): binary search to the first, then a short scan. */
export function actorsIn(acts: readonly ActorSpan[], lo: number, hi: number): ActorSpan[] {
  let a = 0;
  let b = acts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (acts[mid].tokStart < lo) a = mid + 1;
    else b = mid;
  }
  const out: ActorSpan[] = [];
  for (let k = a; k < acts.length && acts[k].tokStart < hi; k++) if (acts[k].tokEnd <= hi) out.push(acts[k]);
  return out;
}

/**
 * The coordinated group around actor k: "India and Pakistan", "X, Y and Z". A comma alone does not coordinate
 * (apposition, clause edge): comma links count only when an "and"/"or" closes the list.
 */
export function groupFrom(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  k: number,
  words: readonly string[],
  first: number,
  forward: boolean,
): ActorSpan[] {
  const linkOf = (a: ActorSpan, b: ActorSpan): 'and' | 'comma' | null => {
    const gap = words.slice(a.tokEnd - first, b.tokStart - first);
    if (gap.length === 0 || gap.length > 5) return null;
    if (gap.every((g) => g === ',')) return 'comma';
    // "Mordor, the awful Fornost": a comma, then only articles and adjectives.
    if (
      gap[0] === ',' &&
      !gap.includes('and') &&
      !gap.includes('or') &&
      gap.slice(1).every((g) => g === 'the' || (isLowerWord(g, false) && !forms.get(g)))
    )
      return 'comma';
    if (gap.length <= 2 && gap.every((g) => g === 'and' || g === ',' || g === 'or')) return 'and';
    // "Fornost and the evil awful Gondor": a conjunction, then only articles and adjectives (no verbs).
    const conj = gap.findIndex((g) => g === 'and' || g === 'or');
    if (
      conj >= 0 &&
      gap.slice(0, conj).every((g) => g === ',') &&
      gap.slice(conj + 1).every((g) => g === 'the' || g === 'both' || (isLowerWord(g, false) && !forms.get(g)))
    )
      return 'and';
    return null;
  };
  const group = [acts[k]];
  let closed = 1;
  if (forward) {
    for (let j = k + 1; j < acts.length; j++) {
      const link = linkOf(acts[j - 1], acts[j]);
      if (!link) break;
      group.push(acts[j]);
      if (link === 'and') closed = group.length;
    }
    return group.slice(0, closed);
  }
  let sawAnd = false;
  for (let j = k - 1; j >= 0; j--) {
    const link = linkOf(acts[j], acts[j + 1]);
    if (!link) break;
    group.unshift(acts[j]);
    sawAnd ||= link === 'and';
    if (sawAnd) closed = group.length;
  }
  return group.slice(group.length - closed);
}
