/**
 * Run-time emission scoring. Word and neighbour features depend on one word type only, so their summed
 * weights are cached per word (self, and as the -2/-1/+1/+2 neighbour); per token only the context
 * features are looked up. Gives the same sums as scoring sentenceFeatures() up to the float32 rounding of the
 * cached vectors (tested).
 */
import type { TaggerModel } from './model.js';
import { StringTable } from '../../text/string-table.js';
import { TypeCache, vocab } from '../../text/vocab.js';
import { isCapitalized, normalizeWord } from './normalize.js';
import { CASE_NONE, CASE_UPPER, letterCase, shouted, type DocContext } from './doc-context.js';
import {
  boundaryFeatures,
  contextFeatures,
  neighbourFeatures,
  sentenceContext,
  wordFeatures,
  wordInfo,
  NEIGHBOUR_OFFSETS,
  FeatureBuffer,
  type Gazetteers,
  type NormalizedSentence,
  type WordInfo,
} from './features.js';

interface WordEntry {
  /** The word normalized (normalizeWord) and lowercased: one string object per word type, so Map lookups
   * on them downstream reuse V8's cached string hash. */
  norm: string;
  lower: string;
  info: WordInfo;
  /** Offset in the arena of 5 blocks of L scores: self, as -2, -1, +1, +2 neighbour. */
  at: number;
  /** Id of `lower` in the scorer's table of lowercase forms (same id for "Bank" and "bank"). */
  lowerId: number;
  /** Gazetteer token ids of `lower` (-1: in no phrase). */
  extId: number;
  trainId: number;
  /** isCapitalized(norm) as 0/1, and letterCase(norm). */
  cap: number;
  letters: number;
}

/** A sentence whose words were looked up in the cache (CachedScorer.sentence). */
export interface CachedSentence extends NormalizedSentence {
  infos: WordInfo[];
  at: Int32Array;
}

/**
 * Per-document typed arrays, taken as per-sentence views, because a typed array over 64 bytes gets its own off-heap
 * buffer that costs far more to allocate than a view. Reused from document to document; grown when a document is
 * longer.
 */
export class DocScratch {
  at = new Int32Array(0);
  ext = new Int32Array(0);
  train = new Int32Array(0);
  cap = new Uint8Array(0);
  lowerIds = new Int32Array(0);
  /** Document-evidence rows (DOC_KINDS per token), first- and second-pass labels. */
  own = new Int32Array(0);
  first = new Int32Array(0);
  second = new Int32Array(0);
  /** Emission scores, `labels` per token; reused, because allocations this size are fresh pages from the OS. */
  emit = new Float64Array(0);

  /** Make room for a document of `tokens` tokens (contents are left as they are: users fill what they read). */
  take(tokens: number, docKinds: number, labels = 0): void {
    if (this.emit.length < tokens * labels)
      this.emit = new Float64Array(Math.max(tokens, (this.emit.length / Math.max(labels, 1)) * 2, 1024) * labels);
    if (this.at.length >= tokens) return;
    const n = Math.max(tokens, this.at.length * 2, 1024);
    this.at = new Int32Array(n);
    this.ext = new Int32Array(n);
    this.train = new Int32Array(n);
    this.cap = new Uint8Array(n);
    this.lowerIds = new Int32Array(n);
    this.own = new Int32Array(n * docKinds);
    this.first = new Int32Array(n);
    this.second = new Int32Array(n);
  }
}

/** Bound on cached word types (~9 MB of vectors; cleared when reached: news vocabularies repeat). */
const MAX_CACHED = 50_000;

export class CachedScorer {
  /** Word types as written -> their entries (same ids). */
  private readonly words = new StringTable(MAX_CACHED);
  /** Lowercase forms of the cached words -> dense ids (cleared with the words). */
  private readonly lowers = new StringTable(MAX_CACHED);
  private entries: WordEntry[] = [];
  /**
   * All cached word vectors in one block (locality); offset 0 holds the sentence-boundary vectors. Float32: a
   * token's score reads five blocks of other words' vectors at random places in a table of megabytes, so the
   * reads wait on memory; half the bytes is half the cache lines (each block is summed in float64 first).
   */
  private arena: Float32Array;
  /** One block being summed (float64) before it is stored in the arena. */
  private readonly block: Float64Array;
  private used: number;
  private offsets = new Int32Array(256);
  private readonly buf = new FeatureBuffer();
  /** Entries by shared-vocabulary id (text/vocab.ts): a doc's tokens skip the hashed lookup. */
  private readonly byVocabId = new TypeCache<WordEntry>((id) => this.entry(vocab.text(id)));

  constructor(
    readonly model: TaggerModel,
    readonly gaz: Gazetteers,
  ) {
    const L = model.L;
    // Room for every word the cache may hold, from the start: the memory is zeroed by the OS page by page when first
    // written, so the untouched part costs nothing, and nothing is copied (or touched twice) as the cache fills.
    this.arena = new Float32Array(5 * L * (MAX_CACHED + 2));
    this.block = new Float64Array(L);
    // Boundary block laid out like a word's: [unused self, -2, -1, +1, +2].
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      const ids: number[] = [];
      boundaryFeatures(d, ids);
      this.storeBlock(ids, ids.length, (k + 1) * L);
    });
    this.used = 5 * L;
  }

  private reset(): void {
    this.words.clear();
    this.lowers.clear();
    this.entries = [];
    this.byVocabId.clear();
    this.used = 5 * this.model.L;
  }

  /**
   * Make room for `words` new word types, so no entry is dropped while a document (or sentence) that holds
   * arena offsets is being scored.
   */
  reserve(words: number): void {
    if (this.words.size + words > MAX_CACHED) this.reset();
  }

  /**
   * reserve() for a document given by its tokens' vocabulary ids: room for its word types not cached yet, not
   * one per token (a long document would otherwise clear the whole cache each time: a 1 MB article has ~180,000
   * tokens but ~20,000 word types).
   */
  reserveIds(ids: Int32Array): void {
    if (this.words.size + ids.length <= MAX_CACHED) return;
    const seen = new Uint8Array(vocab.size);
    let fresh = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (seen[id]) continue;
      seen[id] = 1;
      if (!this.byVocabId.has(id)) fresh++;
    }
    this.reserve(fresh);
  }

  /** The cached entry of a word as written (raw or already normalized: normalizeWord is idempotent). */
  private entry(word: string): WordEntry {
    const found = this.words.find(word);
    if (found >= 0) return this.entries[found];
    const L = this.model.L;
    if (this.used + 5 * L > this.arena.length) {
      const a = new Float32Array(this.arena.length * 2);
      a.set(this.arena);
      this.arena = a;
    }
    const at = this.used;
    this.used += 5 * L;
    const norm = normalizeWord(word);
    const lower = norm.toLowerCase();
    const info = wordInfo(norm, lower, this.gaz);
    const buf = this.buf;
    buf.n = 0;
    wordFeatures(norm, lower, info, buf);
    this.storeBlock(buf.ids, buf.n, at);
    for (let k = 0; k < 4; k++) {
      buf.n = 0;
      neighbourFeatures(NEIGHBOUR_OFFSETS[k], info, buf);
      this.storeBlock(buf.ids, buf.n, at + (k + 1) * L);
    }
    const e: WordEntry = {
      norm,
      lower,
      info,
      at,
      lowerId: this.lowers.add(lower),
      extId: this.gaz.ext.idOf(lower),
      trainId: this.gaz.train.idOf(lower),
      cap: isCapitalized(norm) ? 1 : 0,
      letters: letterCase(norm),
    };
    this.words.add(word);
    this.entries.push(e);
    return e;
  }

  /** Sum the weights of features ids[0, n) and store them as the arena block at `at`. */
  private storeBlock(ids: ArrayLike<number>, n: number, at: number): void {
    const block = this.block;
    block.fill(0);
    for (let f = 0; f < n; f++) this.model.addFeature(ids[f], block, 0);
    // Element by element: TypedArray.set between element types is a runtime call, dear for L floats.
    const arena = this.arena;
    for (let l = 0; l < block.length; l++) arena[at + l] = block[l];
  }

  /**
   * A sentence of words as written, normalized through the cache (same norm/lower as normalizeSentence).
   * Call reserve() for the whole document first; the result is valid until the next reserve().
   */
  sentence(words: string[]): CachedSentence {
    return this.sentenceFrom(words, null, 0, words.length);
  }

  /**
   * sentence() over tokens [from, to) of a doc given by their vocabulary ids (tokenIds(doc)). The typed arrays
   * are views of per-document scratch (see DocScratch): valid until the scratch is taken for the next document.
   */
  sentenceOfIds(ids: Int32Array, from: number, to: number, scratch: DocScratch): CachedSentence {
    return this.sentenceFrom(null, ids, from, to, scratch);
  }

  private sentenceFrom(
    words: string[] | null,
    ids: Int32Array | null,
    from: number,
    to: number,
    scratch?: DocScratch,
  ): CachedSentence {
    const n = to - from;
    const norm: string[] = new Array(n);
    const lower: string[] = new Array(n);
    const infos: WordInfo[] = new Array(n);
    const at = scratch ? scratch.at.subarray(from, to) : new Int32Array(n);
    const ext = scratch ? scratch.ext.subarray(from, to) : new Int32Array(n);
    const train = scratch ? scratch.train.subarray(from, to) : new Int32Array(n);
    const cap = scratch ? scratch.cap.subarray(from, to) : new Uint8Array(n);
    // Lowercase ids only for a document's run (runTagger): they are valid until the next reserve().
    const lowerIds = scratch ? scratch.lowerIds.subarray(from, to) : null;
    let letters = 0;
    let upper = 0;
    for (let i = 0; i < n; i++) {
      let e: WordEntry;
      if (ids) e = this.byVocabId.get(ids[from + i]);
      else e = this.entry((words as string[])[from + i]);
      norm[i] = e.norm;
      lower[i] = e.lower;
      infos[i] = e.info;
      at[i] = e.at;
      ext[i] = e.extId;
      train[i] = e.trainId;
      if (lowerIds) lowerIds[i] = e.lowerId;
      cap[i] = e.cap;
      if (e.letters !== CASE_NONE) letters++;
      if (e.letters === CASE_UPPER) upper++;
    }
    return {
      norm,
      lower,
      infos,
      at,
      lowerIds: lowerIds ?? undefined,
      gazIds: { ext, train },
      cap,
      shouted: shouted(letters, upper),
    };
  }

  /** Emission scores emit[i*L + label] for one sentence; `own` = its evidence rows from DocContext.addSentence. */
  score(s: NormalizedSentence | CachedSentence, ctx: DocContext | null, emit: Float64Array, own?: Int32Array): void {
    const n = s.norm.length;
    const L = this.model.L;
    let infos: WordInfo[];
    let at: Int32Array;
    if ('at' in s) {
      infos = s.infos;
      at = s.at;
    } else {
      this.reserve(n);
      infos = new Array(n);
      if (this.offsets.length < n) this.offsets = new Int32Array(n * 2);
      at = this.offsets;
      for (let i = 0; i < n; i++) {
        const e = this.entry(s.norm[i]);
        infos[i] = e.info;
        at[i] = e.at;
      }
    }
    const arena = this.arena; // read after entry(): it may have grown
    const sc = sentenceContext(s, infos, ctx, this.gaz, undefined, own);
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      // Own word block plus the -2, -1, +1, +2 neighbour blocks (offset 0 = the boundary word).
      const a0 = at[i];
      const a1 = (i >= 2 ? at[i - 2] : 0) + L;
      const a2 = (i >= 1 ? at[i - 1] : 0) + 2 * L;
      const a3 = (i + 1 < n ? at[i + 1] : 0) + 3 * L;
      const a4 = (i + 2 < n ? at[i + 2] : 0) + 4 * L;
      for (let l = 0; l < L; l++)
        emit[o + l] = arena[a0 + l] + arena[a1 + l] + arena[a2 + l] + arena[a3 + l] + arena[a4 + l];
      buf.n = 0;
      contextFeatures(i, s, sc, ctx, buf);
      for (let f = 0; f < buf.n; f++) this.model.addFeature(buf.ids[f], emit, o);
    }
  }
}
