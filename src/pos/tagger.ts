/**
 * Part-of-speech tagger: an averaged perceptron over Penn Treebank tags, trained by scripts/train-pos.ts on the POS
 * column of CoNLL-2003 and shipped as data/pos-model.bin.gz (the NER model's format, entities/tagger/model.ts).
 * Its features are the word and the words up to two either side, never other words' tags, so each token is tagged
 * alone: a stage asks for the tags of the few tokens it needs (posTagAt) and pays for those only. With the previous
 * two tags as features the tagger was 0.3 points more accurate on CoNLL dev but had to tag whole sentences.
 *
 * The features' weights are summed once per word type (vocabulary id) and kept, as the NER scorer does: a token
 * costs five cached blocks of scores added and an argmax.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import type { Doc } from '../model/doc.js';
import { decodeModel, type TaggerModel } from '../entities/tagger/model.js';
import { tokenIds, vocab } from '../text/vocab.js';
import {
  boundaryFeatures,
  neighbourFeatures,
  NEIGHBOUR_OFFSETS,
  posWord,
  wordFeatures,
  type PosWord,
} from './features.js';

export const POS_MODEL_FILE = 'pos-model.bin.gz';

/** Bound on cached word types: 5 blocks of 45 float32 scores each, ~0.9 KB a type. */
const MAX_CACHED = 20_000;
/** Floats per cached type: its own block and its blocks as the -2, -1, +1, +2 neighbour. */
const BLOCKS = 5;

export class PosTagger {
  readonly labels: readonly string[];
  private readonly L: number;
  /** Cached score blocks; offset 0 holds the sentence-boundary blocks laid out like a word's. */
  private readonly arena: Float32Array;
  private used: number;
  /** Arena offset + 1 by vocabulary id (0: not cached). */
  private at = new Int32Array(0);
  /** Which of a cached type's blocks are summed (bit k: block k), and what its features read, by vocabulary id. */
  private made = new Uint8Array(0);
  private words: (PosWord | undefined)[] = [];
  private cachedTypes = 0;
  private generation = -1;
  private readonly feats: number[] = [];
  private readonly scores: Float64Array;
  private readonly block: Float64Array;

  constructor(readonly model: TaggerModel) {
    this.labels = model.header.labels;
    this.L = model.L;
    this.scores = new Float64Array(this.L);
    this.block = new Float64Array(this.L);
    // Room for every type the cache may hold, from the start: the OS zeroes the memory page by page when first
    // written, so the untouched part costs nothing and nothing is copied as the cache fills.
    this.arena = new Float32Array(BLOCKS * this.L * (MAX_CACHED + 1));
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      this.feats.length = 0;
      boundaryFeatures(d, this.feats);
      this.storeBlock((k + 1) * this.L);
    });
    this.used = BLOCKS * this.L;
  }

  /** Forget every cached type (the vocabulary was cleared, or the cache is full). */
  private reset(): void {
    this.at.fill(0);
    this.cachedTypes = 0;
    this.used = BLOCKS * this.L;
  }

  /** Make sure `words` more types fit, so no offset of the sentence being tagged is dropped while it is tagged. */
  private reserve(words: number): void {
    if (this.generation !== vocab.generation) {
      this.generation = vocab.generation;
      this.reset();
    }
    if (this.cachedTypes + words > MAX_CACHED) this.reset();
    if (vocab.size > this.at.length) {
      const n = Math.max(vocab.size, this.at.length * 2, 1024);
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(n);
        b.set(a);
        return b;
      };
      this.at = grow(this.at);
      const made = new Uint8Array(n);
      made.set(this.made);
      this.made = made;
      // Dense (a write past the end would make the array a slow dictionary).
      while (this.words.length < n) this.words.push(undefined);
    }
  }

  /**
   * Arena offset of block k (0: the type itself, 1-4: as the -2, -1, +1, +2 neighbour) of a vocabulary id, summed
   * on first request: a stage tags a few tokens, so most types are read in one or two positions only.
   */
  private blockOf(id: number, k: number): number {
    const L = this.L;
    let a = this.at[id] - 1;
    if (a < 0) {
      a = this.used;
      this.used += BLOCKS * L;
      this.at[id] = a + 1;
      this.made[id] = 0;
      this.words[id] = undefined;
      this.cachedTypes++;
    }
    const bit = 1 << k;
    if ((this.made[id] & bit) === 0) {
      const w = (this.words[id] ??= posWord(vocab.text(id)));
      this.feats.length = 0;
      if (k === 0) wordFeatures(w, this.feats);
      else neighbourFeatures(NEIGHBOUR_OFFSETS[k - 1], w, this.feats);
      this.storeBlock(a + k * L);
      this.made[id] |= bit;
    }
    return a + k * L;
  }

  /** Sum the weights of `feats` in float64 and store them (as float32) at arena[at, at + L). */
  private storeBlock(at: number): void {
    const block = this.block;
    const L = this.L;
    block.fill(0);
    const feats = this.feats;
    for (let f = 0; f < feats.length; f++) this.model.addFeature(feats[f], block, 0);
    const arena = this.arena;
    for (let l = 0; l < L; l++) arena[at + l] = block[l];
  }

  /** Scores of every tag (into out[0, labels.length)) for token i of the sentence of vocabulary ids ids[from, to). */
  scoresAt(ids: Int32Array, from: number, to: number, i: number, out: Float64Array): void {
    // Room for the five types read, so that taking one cannot drop another's blocks.
    this.reserve(5);
    const L = this.L;
    const a0 = this.blockOf(ids[i], 0);
    const a1 = i - 2 >= from ? this.blockOf(ids[i - 2], 1) : L;
    const a2 = i - 1 >= from ? this.blockOf(ids[i - 1], 2) : 2 * L;
    const a3 = i + 1 < to ? this.blockOf(ids[i + 1], 3) : 3 * L;
    const a4 = i + 2 < to ? this.blockOf(ids[i + 2], 4) : 4 * L;
    const arena = this.arena;
    for (let l = 0; l < L; l++) out[l] = arena[a0 + l] + arena[a1 + l] + arena[a2 + l] + arena[a3 + l] + arena[a4 + l];
  }

  /** Tag index (into `labels`) of token i of the sentence of vocabulary ids ids[from, to). */
  tagAt(ids: Int32Array, from: number, to: number, i: number): number {
    const scores = this.scores;
    this.scoresAt(ids, from, to, i, scores);
    let best = 0;
    for (let l = 1; l < this.L; l++) if (scores[l] > scores[best]) best = l;
    return best;
  }

  /** Tags of one tokenized sentence (words as written). */
  tagWords(words: readonly string[]): string[] {
    const ids = Int32Array.from(words, (w) => vocab.idAt(w, 0, w.length));
    return Array.from(ids, (_, i) => this.labels[this.tagAt(ids, 0, ids.length, i)]);
  }
}

let shared: PosTagger | null = null;

/** The shipped tagger, loaded once per process. */
export function posTagger(): PosTagger {
  shared ??= new PosTagger(decodeModel(readFileSync(dataPath(POS_MODEL_FILE))));
  return shared;
}

/** Tags taken so far of each Doc, NOT_TAGGED where none was asked for. */
const docTags = new WeakMap<Doc, Uint8Array>();
const NOT_TAGGED = 255;

/** Tag index (into posTagger().labels) of token i of a Doc, tagged on first request and kept with the Doc. */
export function posTagAt(doc: Doc, i: number): number {
  let tags = docTags.get(doc);
  if (!tags || tags.length !== doc.tokens.count) {
    tags = new Uint8Array(doc.tokens.count).fill(NOT_TAGGED);
    docTags.set(doc, tags);
  }
  const t = tags[i];
  if (t !== NOT_TAGGED) return t;
  const s = doc.sentences[doc.tokens.sentence[i]];
  return (tags[i] = posTagger().tagAt(tokenIds(doc), s.tokStart, s.tokEnd, i));
}

/** Tag scores of token i of a Doc into out (not kept: for the few tokens whose margins a stage weighs). */
export function posScoresAt(doc: Doc, i: number, out: Float64Array): void {
  const s = doc.sentences[doc.tokens.sentence[i]];
  posTagger().scoresAt(tokenIds(doc), s.tokStart, s.tokEnd, i, out);
}

/** posTagAt's tag as a string ("VBD"). */
export function posTagTextAt(doc: Doc, i: number): string {
  return posTagger().labels[posTagAt(doc, i)];
}

/** Tag indices of every token of a Doc (evaluation, tests; stages ask for the tokens they need). */
export function posTags(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.count);
  for (let i = 0; i < out.length; i++) out[i] = posTagAt(doc, i);
  return out;
}
