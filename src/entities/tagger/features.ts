/**
 * Feature extraction: each token gets 32-bit feature hashes (a template seed mixed with a value hash).
 * Features fall in three groups so run time can cache per word type (see scorer.ts):
 *  - word features: depend on the token's own string only;
 *  - neighbour features: a neighbour's lowercase/shape/cluster seen from positions -2..+2;
 *  - context features: bigrams, sentence position, gazetteer marks, document evidence.
 * Training lists every feature per token (sentenceFeatures); both paths use the same templates.
 */
import { hashStr, mix } from './hash.js';
import { digitsToZero, isCapitalized, normalizeWord, wordShape } from './normalize.js';
import {
  DOC_KINDS,
  DOC_LABEL_KINDS,
  DOC_LABEL_UNTAGGED,
  DocContext,
  DocLabels,
  sentenceEvidence,
  sentenceShouted,
  wordCapitalized,
} from './doc-context.js';
import type { Gazetteer } from './gazetteer.js';
import { mapPacked } from '../../model/arrays.js';

export interface Gazetteers {
  /** Lists from outside the training data (countries, capitals, leaders, organizations ...). */
  ext: Gazetteer;
  /** Entity phrases of the CoNLL training data with counts per type. */
  train: Gazetteer;
  /** Word clusters (lowercased word -> cluster id), optional. */
  clusters?: WordLookup<number>;
  /** First and last words of the person names in `ext` (see personNameParts). */
  names?: PersonNameParts;
}

/** What features read from a word table (a Map will do). */
export interface WordLookup<V> {
  get(word: string): V | undefined;
}

/** A set of words (a Set will do). */
export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

export interface PersonNameParts {
  first: WordSet;
  last: WordSet;
}

/** Words of a gazetteer marked by id, kept when they have 2+ chars and do not end in "." (no strings built at load). */
class GazetteerWordSet implements WordSet {
  private count = -1;
  constructor(
    private readonly g: Gazetteer,
    private readonly marked: Uint8Array,
  ) {}

  has(word: string): boolean {
    const id = this.g.idOf(word);
    return id >= 0 && this.marked[id] === 1 && keepsNamePart(word);
  }

  get size(): number {
    if (this.count < 0) {
      this.count = 0;
      for (let id = 0; id < this.marked.length; id++)
        if (this.marked[id] && keepsNamePart(this.g.word(id))) this.count++;
    }
    return this.count;
  }
}

const keepsNamePart = (w: string): boolean => w.length >= 2 && !w.endsWith('.');

/** First and last words (2+ chars, no final ".") of the multi-word person names in a gazetteer. */
export function personNameParts(g: Gazetteer, perType: number): PersonNameParts {
  const first = new Uint8Array(g.vocabularySize);
  const last = new Uint8Array(g.vocabularySize);
  g.forEachPhraseIds((f, l, length, counts) => {
    if (!counts[perType] || length < 2) return;
    first[f] = 1;
    last[l] = 1;
  });
  return { first: new GazetteerWordSet(g, first), last: new GazetteerWordSet(g, last) };
}

/** Template seeds (stable: the trained model depends on them). */
const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Short,
  Pre1,
  Pre2,
  Pre3,
  Pre4,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  LowerM2,
  LowerM1,
  LowerP1,
  LowerP2,
  ShortM1,
  ShortP1,
  BigramL,
  BigramR,
  InitialShort,
  ShoutShort,
  GazExt,
  GazExtM1,
  GazExtP1,
  GazTrain,
  GazTrainM1,
  GazTrainP1,
  Doc,
  DocInitial,
  ShortM1Short,
  ShortShortP1,
  Cluster,
  ClusterM1,
  ClusterP1,
  Length,
  GazBoth,
  Coarse,
  CoarseM1,
  CoarseP1,
  WordM1,
  WordP1,
  Suf3M1,
  Suf3P1,
  ShortM2,
  ShortP2,
  DocLabel,
  DocLabelMajor,
  Name,
  NameM1,
  NameP1,
}

/** Cluster ids are packed as fine | coarse << 10 (see scripts/ner-clusters.ts). */
const FINE_MASK = 1023;

const SEED_MUL = 0x2545f491;
const seed = (t: number): number => Math.imul(t, SEED_MUL);
export const BOUNDARY_L = hashStr('<s>', 7);
export const BOUNDARY_R = hashStr('</s>', 7);

/** Where feature hashes go: a plain array (training) or a reusable FeatureBuffer (run time). */
export interface FeatureSink {
  push(v: number): void;
}

/** Growable Int32Array of feature hashes, reused between tokens (no per-token allocation). */
export class FeatureBuffer implements FeatureSink {
  ids = new Int32Array(64);
  n = 0;
  push(v: number): void {
    if (this.n === this.ids.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.ids);
      this.ids = b;
    }
    this.ids[this.n++] = v;
  }
}

export interface SentenceFeatures {
  /** Feature hashes of all tokens, token i in ids[offsets[i] .. offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
}

export interface NormalizedSentence {
  norm: string[];
  lower: string[];
  /** Run time only: per token, the id of its lowercase form (one per distinct string; see DocContext). */
  lowerIds?: Int32Array;
  /** Run time only: the gazetteer token ids of `lower` (Gazetteer.idOf), cached per word type. */
  gazIds?: { ext: Int32Array; train: Int32Array };
  /** Run time only: isCapitalized per word and isShoutedSentence, from per-word caches. */
  cap?: Uint8Array;
  shouted?: boolean;
}

export function normalizeSentence(words: string[]): NormalizedSentence {
  const norm = words.map(normalizeWord);
  return { norm, lower: norm.map((w) => w.toLowerCase()) };
}

/** Per word type: hashes the neighbour and context features need. */
export interface WordInfo {
  hLower: number;
  hShort: number;
  /** Case-sensitive word (digits as 0) and its last 3 lowercase chars. */
  hWord: number;
  hSuf3: number;
  /** Cluster id or -1. */
  cluster: number;
  /** Capitalized and a known first name (1) and/or last name (2) of a person. */
  name: number;
}

export function wordInfo(norm: string, lower: string, gaz: Gazetteers): WordInfo {
  const lw = digitsToZero(lower);
  const cl = gaz.clusters?.get(lw);
  return {
    hLower: hashStr(lw, 11),
    hShort: hashStr(wordShape(norm, true), 13),
    hWord: hashStr(digitsToZero(norm), 17),
    hSuf3: hashStr(lw, 19, lw.length > 3 ? lw.length - 3 : 0),
    cluster: cl === undefined ? -1 : cl,
    name: nameBits(norm, lower, gaz.names),
  };
}

function nameBits(norm: string, lower: string, names: PersonNameParts | undefined): number {
  if (!names || !isCapitalized(norm)) return 0;
  return (names.first.has(lower) ? 1 : 0) | (names.last.has(lower) ? 2 : 0);
}

/** Features of the word itself (any position). */
export function wordFeatures(norm: string, lower: string, info: WordInfo, out: FeatureSink): void {
  const wd = digitsToZero(norm);
  const lw = digitsToZero(lower);
  out.push(seed(T.Bias));
  out.push(hashStr(wd, seed(T.Word)));
  out.push(mix(seed(T.Lower), info.hLower));
  out.push(hashStr(wordShape(norm, false), seed(T.Shape)));
  out.push(mix(seed(T.Short), info.hShort));
  const len = lw.length;
  for (let k = 1; k <= 4 && k <= len; k++) {
    out.push(hashStr(lw, seed(T.Pre1 + k - 1), 0, k));
    out.push(hashStr(lw, seed(T.Suf1 + k - 1), len - k, len));
  }
  out.push(mix(seed(T.Length), len > 8 ? 8 : len));
  if (info.cluster >= 0) {
    out.push(mix(seed(T.Cluster), info.cluster & FINE_MASK));
    out.push(mix(seed(T.Coarse), info.cluster >> 10));
  }
  if (info.name) out.push(mix(seed(T.Name), info.name));
}

/** Relative positions a neighbour's features describe: -2, -1, +1, +2. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** Features a token at relative position `offset` contributes to the token being labelled. */
export function neighbourFeatures(offset: number, info: WordInfo, out: FeatureSink): void {
  if (offset === -2) {
    out.push(mix(seed(T.LowerM2), info.hLower));
    out.push(mix(seed(T.ShortM2), info.hShort));
  } else if (offset === 2) {
    out.push(mix(seed(T.LowerP2), info.hLower));
    out.push(mix(seed(T.ShortP2), info.hShort));
  } else if (offset === -1) {
    out.push(mix(seed(T.LowerM1), info.hLower));
    out.push(mix(seed(T.ShortM1), info.hShort));
    out.push(mix(seed(T.WordM1), info.hWord));
    out.push(mix(seed(T.Suf3M1), info.hSuf3));
    if (info.name) out.push(mix(seed(T.NameM1), info.name));
    if (info.cluster >= 0) {
      out.push(mix(seed(T.ClusterM1), info.cluster & FINE_MASK));
      out.push(mix(seed(T.CoarseM1), info.cluster >> 10));
    }
  } else {
    out.push(mix(seed(T.LowerP1), info.hLower));
    out.push(mix(seed(T.ShortP1), info.hShort));
    out.push(mix(seed(T.WordP1), info.hWord));
    out.push(mix(seed(T.Suf3P1), info.hSuf3));
    if (info.name) out.push(mix(seed(T.NameP1), info.name));
    if (info.cluster >= 0) {
      out.push(mix(seed(T.ClusterP1), info.cluster & FINE_MASK));
      out.push(mix(seed(T.CoarseP1), info.cluster >> 10));
    }
  }
}

/** Neighbour features for positions outside the sentence. */
export function boundaryFeatures(offset: number, out: FeatureSink): void {
  const h = offset < 0 ? BOUNDARY_L : BOUNDARY_R;
  neighbourFeatures(offset, { hLower: h, hShort: h, hWord: h, hSuf3: h, cluster: -1, name: 0 }, out);
}

/** Sentence-level facts the context features read. */
export interface SentenceContext {
  infos: WordInfo[];
  gExt: Uint8Array;
  gTrain: Uint8Array;
  shouted: boolean;
  cap: Uint8Array;
  /** This sentence's own document evidence (subtracted from the document counts), or null. */
  own: Int32Array | null;
}

export function sentenceContext(
  s: NormalizedSentence,
  infos: WordInfo[],
  ctx: DocContext | null,
  gaz: Gazetteers,
  excludeTrain?: Gazetteer,
  ownEvidence?: Int32Array,
): SentenceContext {
  const n = s.norm.length;
  let cap = s.cap;
  if (!cap) {
    cap = new Uint8Array(n);
    for (let i = 0; i < n; i++) cap[i] = isCapitalized(s.norm[i]) ? 1 : 0;
  }
  let anyCap = false;
  for (let i = 0; i < n; i++) if (cap[i]) anyCap = true;
  const gExt = new Uint8Array(n);
  const gTrain = new Uint8Array(n);
  if (anyCap) {
    if (s.gazIds && !excludeTrain) {
      gaz.ext.markIds(s.gazIds.ext, cap, gExt);
      gaz.train.markIds(s.gazIds.train, cap, gTrain);
    } else {
      gaz.ext.mark(s.lower, cap, gExt);
      gaz.train.mark(s.lower, cap, gTrain, excludeTrain);
    }
  }
  let own: Int32Array | null = null;
  if (ctx) {
    own = ownEvidence ?? new Int32Array(n * DOC_KINDS);
    if (!ownEvidence) sentenceEvidence(s.norm, own, s);
  }
  return { infos, gExt, gTrain, shouted: sentenceShouted(s), cap, own };
}

/** Features that look at more than one token or at sentence/document facts. */
export function contextFeatures(
  i: number,
  s: NormalizedSentence,
  sc: SentenceContext,
  ctx: DocContext | null,
  out: FeatureSink,
): void {
  const n = sc.infos.length;
  const { infos, gExt, gTrain, shouted } = sc;
  const hl = infos[i].hLower;
  const hs = infos[i].hShort;
  const lm1 = i > 0 ? infos[i - 1].hLower : BOUNDARY_L;
  const lp1 = i + 1 < n ? infos[i + 1].hLower : BOUNDARY_R;
  const sm1 = i > 0 ? infos[i - 1].hShort : BOUNDARY_L;
  const sp1 = i + 1 < n ? infos[i + 1].hShort : BOUNDARY_R;
  out.push(mix(mix(seed(T.BigramL), lm1), hl));
  out.push(mix(mix(seed(T.BigramR), hl), lp1));
  out.push(mix(mix(seed(T.ShortM1Short), sm1), hs));
  out.push(mix(mix(seed(T.ShortShortP1), hs), sp1));
  if (i === 0) out.push(mix(seed(T.InitialShort), hs));
  if (shouted) out.push(mix(seed(T.ShoutShort), hs));
  pushMarks(out, T.GazExt, gExt[i]);
  if (i > 0) pushMarks(out, T.GazExtM1, gExt[i - 1]);
  if (i + 1 < n) pushMarks(out, T.GazExtP1, gExt[i + 1]);
  pushMarks(out, T.GazTrain, gTrain[i]);
  if (i > 0) pushMarks(out, T.GazTrainM1, gTrain[i - 1]);
  if (i + 1 < n) pushMarks(out, T.GazTrainP1, gTrain[i + 1]);
  if (gExt[i] && gTrain[i]) out.push(mix(mix(seed(T.GazBoth), gExt[i]), gTrain[i]));
  if (ctx && sc.own && (sc.cap[i] || shouted)) {
    const at = ctx.rowOf(s, i);
    if (at >= 0) {
      const c = ctx.table;
      const row = i * DOC_KINDS;
      const t = i === 0 || shouted ? T.DocInitial : T.Doc;
      for (let k = 0; k < DOC_KINDS; k++) if (c[at + k] - sc.own[row + k] > 0) out.push(mix(seed(t), k));
    }
  }
}

function pushMarks(out: FeatureSink, t: number, marks: number): void {
  if (!marks) return;
  for (let b = 0; b < 8; b++) if (marks & (1 << b)) out.push(mix(seed(t), b));
}

/**
 * Every feature of every token of one sentence (training and tests). `ctx` is the document context (its
 * counts include this sentence; they are subtracted so document features describe other occurrences).
 * `excludeTrain` removes this document's own phrases from the training gazetteer while training.
 */
export function sentenceFeatures(
  s: NormalizedSentence,
  ctx: DocContext | null,
  gaz: Gazetteers,
  excludeTrain?: Gazetteer,
): SentenceFeatures {
  const n = s.norm.length;
  const infos = mapPacked(s.norm, (w, i) => wordInfo(w, s.lower[i], gaz));
  const sc = sentenceContext(s, infos, ctx, gaz, excludeTrain);
  const out: number[] = [];
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    wordFeatures(s.norm[i], s.lower[i], infos[i], out);
    for (const d of NEIGHBOUR_OFFSETS) {
      const j = i + d;
      if (j >= 0 && j < n) neighbourFeatures(d, infos[j], out);
      else boundaryFeatures(d, out);
    }
    contextFeatures(i, s, sc, ctx, out);
  }
  offsets[n] = out.length;
  return { ids: Int32Array.from(out), offsets };
}

/** First-pass BIO labels -> codes: type*2 + (I ? 1 : 0); DOC_LABEL_UNTAGGED for a capitalized O; -1 otherwise. */
export function labelCodes(
  bio: string[],
  labels: Int32Array,
  s: NormalizedSentence,
  types: readonly string[],
): Int8Array {
  const codes = new Int8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = bio[labels[i]];
    if (l === 'O') codes[i] = wordCapitalized(s, i) && i > 0 ? DOC_LABEL_UNTAGGED : -1;
    else codes[i] = types.indexOf(l.slice(2)) * 2 + (l[0] === 'I' ? 1 : 0);
  }
  return codes;
}

/**
 * Second-pass features of token i: how the word's other occurrences in the document were tagged in the
 * first pass (its own first-pass code `codes[i]` is subtracted). Only for capitalized or shouted tokens.
 */
export function docLabelFeatures(
  i: number,
  s: NormalizedSentence,
  codes: Int8Array,
  shouted: boolean,
  dl: DocLabels,
  out: FeatureSink,
): void {
  if (!shouted && !wordCapitalized(s, i)) return;
  const c = dl.counts.get(s.lower[i]);
  if (!c) return;
  let bestType = -1;
  let best = 0;
  for (let k = 0; k < DOC_LABEL_KINDS; k++) {
    const v = c[k] - (codes[i] === k ? 1 : 0);
    if (v <= 0) continue;
    out.push(mix(seed(T.DocLabel), k));
    if (k < DOC_LABEL_UNTAGGED) {
      const t = k >> 1;
      const total = c[t * 2] + c[t * 2 + 1] - (codes[i] >> 1 === t && codes[i] < DOC_LABEL_UNTAGGED ? 1 : 0);
      if (total > best) {
        best = total;
        bestType = t;
      }
    }
  }
  if (bestType >= 0) out.push(mix(seed(T.DocLabelMajor), bestType));
}
