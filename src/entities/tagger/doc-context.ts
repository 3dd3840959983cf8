/**
 * Document-level evidence for the tagger: how the same word is written elsewhere in the document
 * (lowercase somewhere, capitalized mid-sentence, first/last/inside/alone in a capitalized run).
 * Counts let a token look at its other occurrences only ("elsewhere" excludes itself).
 */
import { isCapitalized } from './normalize.js';
import { mapPacked } from '../../model/arrays.js';

export const DOC_LOWER = 0;
export const DOC_CAP_MID = 1;
export const DOC_RUN_FIRST = 2;
export const DOC_RUN_LAST = 3;
export const DOC_RUN_INSIDE = 4;
export const DOC_RUN_ALONE = 5;
export const DOC_KINDS = 6;

/**
 * Evidence counts per lowercase word of one document: DOC_KINDS ints per counted word in `table`, found by
 * rowOf(). This class keys words by their lowercase string; IdDocContext (run time) by the scorer's dense
 * lowercase-form ids, with no string hashing per token.
 */
export class DocContext {
  /** Counts, DOC_KINDS ints per counted word, at the offsets rowOf() gives. */
  table: Int32Array;
  private readonly rows = new Map<string, number>();
  /** First-pass labels of the document's words (set by buildDocContext), for second-pass features. */
  labels: DocLabels | null = null;

  /** `table`: where the counts go (IdDocContext passes its shared table; else a small one that grows). */
  constructor(table?: Int32Array) {
    this.table = table ?? new Int32Array(64 * DOC_KINDS);
  }

  /** Offset in `table` of the counts of token i's lowercase word, or -1 when none were counted. */
  rowOf(s: SentenceKeys, i: number): number {
    return this.rows.get(s.lower[i]) ?? -1;
  }

  /** The counts of a lowercase word (a copy), or undefined when none were counted. */
  countsOf(lower: string): Int32Array | undefined {
    const row = this.rows.get(lower);
    return row === undefined ? undefined : this.table.slice(row, row + DOC_KINDS);
  }

  /** Is token i's word one the features will look up? (See build.) */
  protected wanted(s: SentenceKeys, i: number): boolean {
    return this.wantedWords === null || this.wantedWords.has(s.lower[i]);
  }

  /** Mark token i's word as one to count. */
  protected want(s: SentenceKeys, i: number): void {
    (this.wantedWords ??= new Set()).add(s.lower[i]);
  }

  private wantedWords: Set<string> | null = null;

  /** The row of token i's word, added (zeroed) when new. */
  protected rowFor(s: SentenceKeys, i: number): number {
    let row = this.rows.get(s.lower[i]);
    if (row === undefined) {
      row = this.rows.size * DOC_KINDS;
      if (row + DOC_KINDS > this.table.length) {
        const t = new Int32Array(this.table.length * 2);
        t.set(this.table);
        this.table = t;
      }
      this.rows.set(s.lower[i], row);
    }
    return row;
  }

  /**
   * Add one sentence (normalized words, their lowercase forms); returns its own evidence rows. Only words
   * marked wanted are counted when any were marked.
   */
  addSentence(s: SentenceKeys & SentenceFacts, into?: Int32Array): Int32Array {
    // `into`: zeroed rows to fill (a view of a per-document buffer) instead of a new array.
    const own = into ?? new Int32Array(s.norm.length * DOC_KINDS);
    sentenceEvidence(s.norm, own, s);
    for (let i = 0; i < s.norm.length; i++) {
      const at = i * DOC_KINDS;
      if (!(own[at] | own[at + 1] | own[at + 2] | own[at + 3] | own[at + 4] | own[at + 5]) || !this.wanted(s, i))
        continue;
      const row = this.rowFor(s, i);
      const t = this.table; // read after rowFor: it may have grown
      for (let k = 0; k < DOC_KINDS; k++) t[row + k] += own[at + k];
    }
    return own;
  }

  /**
   * Build from all sentences of a document; returns each sentence's own evidence rows. Features only look
   * up words that are capitalized (or in a shouted line), so only those are counted. With `rows` (room for
   * DOC_KINDS ints per token of all the sentences), the evidence rows are views of it, not new arrays.
   * Sentences that carry `lowerIds` (the run-time scorer's) give an IdDocContext.
   */
  static build(sentences: (SentenceKeys & SentenceFacts)[], rows?: Int32Array): { ctx: DocContext; own: Int32Array[] } {
    const ctx = sentences.length > 0 && sentences.every((s) => s.lowerIds) ? new IdDocContext() : new DocContext();
    let tokens = 0;
    for (const s of sentences) {
      const shouted = sentenceShouted(s);
      for (let i = 0; i < s.norm.length; i++) if (shouted || wordCapitalized(s, i)) ctx.want(s, i);
      tokens += s.norm.length;
    }
    ctx.wantedWords ??= new Set();
    if (rows) rows.fill(0, 0, tokens * DOC_KINDS);
    let at = 0;
    const own = mapPacked(sentences, (s) => ctx.addSentence(s, rows?.subarray(at, (at += s.norm.length * DOC_KINDS))));
    return { ctx, own };
  }
}

/** What a DocContext keys words by: the lowercase forms, and at run time their dense ids. */
export interface SentenceKeys {
  lower: string[];
  /** Per token, the id of its lowercase form (CachedScorer: one id per distinct lowercase string). */
  lowerIds?: Int32Array;
}

/**
 * A DocContext keyed by lowercase-form ids: counts in rows id * DOC_KINDS of one table shared by every
 * document, a row valid while its stamp is this document's. Only one IdDocContext is in use at a time (the
 * next build reuses the table).
 */
class IdDocContext extends DocContext {
  private static shared: Int32Array = new Int32Array(0);
  private static rowStamp: Uint32Array = new Uint32Array(0);
  private static wantStamp: Uint32Array = new Uint32Array(0);
  private static stamps = 0;
  private readonly stamp: number;

  constructor() {
    super(IdDocContext.shared);
    this.stamp = ++IdDocContext.stamps;
  }

  override rowOf(s: SentenceKeys, i: number): number {
    const id = s.lowerIds![i];
    return id < IdDocContext.rowStamp.length && IdDocContext.rowStamp[id] === this.stamp ? id * DOC_KINDS : -1;
  }

  override countsOf(): Int32Array | undefined {
    throw new Error('IdDocContext: look counts up by token (rowOf)');
  }

  protected override wanted(s: SentenceKeys, i: number): boolean {
    const id = s.lowerIds![i];
    return id < IdDocContext.wantStamp.length && IdDocContext.wantStamp[id] === this.stamp;
  }

  protected override want(s: SentenceKeys, i: number): void {
    const id = s.lowerIds![i];
    if (id >= IdDocContext.wantStamp.length) IdDocContext.wantStamp = grownU32(IdDocContext.wantStamp, id);
    IdDocContext.wantStamp[id] = this.stamp;
  }

  protected override rowFor(s: SentenceKeys, i: number): number {
    const id = s.lowerIds![i];
    if (id >= IdDocContext.rowStamp.length) {
      IdDocContext.rowStamp = grownU32(IdDocContext.rowStamp, id);
      const t = new Int32Array(IdDocContext.rowStamp.length * DOC_KINDS);
      t.set(IdDocContext.shared);
      IdDocContext.shared = t;
      this.table = t;
    }
    const row = id * DOC_KINDS;
    if (IdDocContext.rowStamp[id] !== this.stamp) {
      IdDocContext.rowStamp[id] = this.stamp;
      this.table.fill(0, row, row + DOC_KINDS);
    }
    return row;
  }
}

function grownU32(a: Uint32Array, index: number): Uint32Array {
  const b = new Uint32Array(Math.max(1024, (index + 1) * 2));
  b.set(a);
  return b;
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
export const wordCapitalized = (s: SentenceFacts, i: number): boolean =>
  s.cap ? s.cap[i] === 1 : isCapitalized(s.norm[i]);

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

/**
 * First-pass labels of a whole document, per lowercased word: counts of (type, B|I) over its tagged
 * occurrences (code type*2 + (I ? 1 : 0)) and, at DOC_LABEL_UNTAGGED, capitalized occurrences left O.
 * Second-pass features tell a token how its other occurrences were tagged.
 */
export const DOC_LABEL_UNTAGGED = 8;
export const DOC_LABEL_KINDS = 9;

export class DocLabels {
  readonly counts = new Map<string, Int32Array>();

  /** Add one sentence's first-pass codes (see labelCodes). */
  add(s: SentenceKeys, codes: Int8Array): void {
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] < 0) continue;
      let c = this.counts.get(s.lower[i]);
      if (!c) {
        c = new Int32Array(DOC_LABEL_KINDS);
        this.counts.set(s.lower[i], c);
      }
      c[codes[i]]++;
    }
  }
}
