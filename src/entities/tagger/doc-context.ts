/**
 * Document-level evidence for the tagger: how the same word is written elsewhere in the document
 * (lowercase somewhere, capitalized mid-sentence, first/last/inside/alone in a capitalized run).
 * Counts let a token look at its other occurrences only ("elsewhere" excludes itself).
 */
import { isCapitalized } from './normalize.js';
import type { DocLabels } from './features.js';

export const DOC_LOWER = 0;
export const DOC_CAP_MID = 1;
export const DOC_RUN_FIRST = 2;
export const DOC_RUN_LAST = 3;
export const DOC_RUN_INSIDE = 4;
export const DOC_RUN_ALONE = 5;
export const DOC_KINDS = 6;

export class DocContext {
  readonly counts = new Map<string, Int32Array>();
  /** First-pass labels of the document's words (set by buildDocContext), for second-pass features. */
  labels: DocLabels | null = null;

  /**
   * Add one sentence (normalized words, their lowercase forms); returns its own evidence rows.
   * With `wanted`, only those lowercase forms are counted (the words features will look up).
   */
  addSentence(words: string[], lower: string[], wanted?: Set<string>, facts?: SentenceFacts): Int32Array {
    const own = new Int32Array(words.length * DOC_KINDS);
    sentenceEvidence(words, own, facts);
    for (let i = 0; i < words.length; i++) {
      let any = false;
      for (let k = 0; k < DOC_KINDS; k++) if (own[i * DOC_KINDS + k]) any = true;
      if (!any || (wanted && !wanted.has(lower[i]))) continue;
      let c = this.counts.get(lower[i]);
      if (!c) {
        c = new Int32Array(DOC_KINDS);
        this.counts.set(lower[i], c);
      }
      for (let k = 0; k < DOC_KINDS; k++) c[k] += own[i * DOC_KINDS + k];
    }
    return own;
  }

  /**
   * Build from all sentences of a document; returns each sentence's own evidence rows. Features only look
   * up words that are capitalized (or in a shouted line), so only those are counted.
   */
  static build(sentences: (SentenceFacts & { lower: string[] })[]): { ctx: DocContext; own: Int32Array[] } {
    const wanted = new Set<string>();
    for (const s of sentences) {
      const shouted = sentenceShouted(s);
      for (let i = 0; i < s.norm.length; i++) if (shouted || wordCapitalized(s, i)) wanted.add(s.lower[i]);
    }
    const ctx = new DocContext();
    const own = sentences.map((s) => ctx.addSentence(s.norm, s.lower, wanted, s));
    return { ctx, own };
  }
}

/** True when most words with letters are all uppercase (a headline like "SOCCER - JAPAN GET LUCKY WIN"). */
export function isShoutedSentence(words: string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    const k = letterCase(w);
    if (k === CASE_NONE) continue;
    letters++;
    if (k === CASE_UPPER) upper++;
  }
  return shouted(letters, upper);
}

/** Words with letters, and of those the ones without lowercase letters -> is the sentence shouted? */
export function shouted(letters: number, upper: number): boolean {
  return letters >= 2 && upper * 4 >= letters * 3;
}

export const CASE_NONE = 0;
export const CASE_UPPER = 1;
export const CASE_LOWER = 2;

/** CASE_NONE (no letters), CASE_UPPER (letters, none lowercase) or CASE_LOWER (some lowercase letter). */
export function letterCase(w: string): number {
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
    else if (c >= 0x61 && c <= 0x7a) hasLower = true;
    else if (c > 0x7f) {
      const ch = w[i];
      if (ch !== ch.toLowerCase()) hasUpper = true;
      else if (ch !== ch.toUpperCase()) hasLower = true;
    }
  }
  return hasLower ? CASE_LOWER : hasUpper ? CASE_UPPER : CASE_NONE;
}

/** Sentence facts the run-time path computes once per sentence (from per-word caches). */
export interface SentenceFacts {
  norm: string[];
  /** isCapitalized per word. */
  cap?: Uint8Array;
  /** isShoutedSentence(norm). */
  shouted?: boolean;
}

export const sentenceShouted = (s: SentenceFacts): boolean => s.shouted ?? isShoutedSentence(s.norm);
export const wordCapitalized = (s: SentenceFacts, i: number): boolean => (s.cap ? s.cap[i] === 1 : isCapitalized(s.norm[i]));

/**
 * Per-token evidence counts (one row of DOC_KINDS per token) contributed by this sentence.
 * `facts` (same words) supplies cached capitalization and shouting.
 */
export function sentenceEvidence(words: string[], out: Int32Array, facts?: SentenceFacts): void {
  const n = words.length;
  const f: SentenceFacts = facts ?? { norm: words };
  if (sentenceShouted(f)) return;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const c = w.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) out[i * DOC_KINDS + DOC_LOWER] = 1;
  }
  // Capitalized runs among non-initial tokens (sentence-initial capitals say nothing).
  let i = 1;
  while (i < n) {
    if (!wordCapitalized(f, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && wordCapitalized(f, j)) j++;
    for (let k = i; k < j; k++) {
      const row = k * DOC_KINDS;
      out[row + DOC_CAP_MID] = 1;
      if (j - i === 1) out[row + DOC_RUN_ALONE] = 1;
      else if (k === i) out[row + DOC_RUN_FIRST] = 1;
      else if (k === j - 1) out[row + DOC_RUN_LAST] = 1;
      else out[row + DOC_RUN_INSIDE] = 1;
    }
    i = j;
  }
}
