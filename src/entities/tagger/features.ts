/**
 * Feature extraction: each token gets a list of 32-bit feature hashes (template seed mixed with a value hash).
 * Per-token string hashes are computed once and combined by integer mixing for neighbour/conjunction features.
 */
import { hashStr, mix } from './hash.js';
import { digitsToZero, isCapitalized, normalizeWord, wordShape } from './normalize.js';
import { DOC_KINDS, DocContext, isShoutedSentence, sentenceEvidence } from './doc-context.js';
import type { Gazetteer } from './gazetteer.js';

export interface Gazetteers {
  /** Lists from outside the training data (countries, capitals, leaders, organizations ...). */
  ext: Gazetteer;
  /** Entity phrases of the CoNLL training data with counts per type. */
  train: Gazetteer;
  /** Word clusters (lowercased word -> cluster id), optional. */
  clusters?: Map<string, number>;
}

/** Template seeds (stable: the trained model depends on them). */
const enum T {
  Bias = 1, Word, Lower, Shape, Short, Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4,
  LowerM2, LowerM1, LowerP1, LowerP2, ShortM1, ShortP1, BigramL, BigramR, InitialShort, ShoutShort,
  GazExt, GazExtM1, GazExtP1, GazTrain, GazTrainM1, GazTrainP1, Doc, DocInitial, ShortM1Short, ShortShortP1,
  Cluster, ClusterM1, ClusterP1, Length, GazBoth,
}

const SEED_MUL = 0x2545f491;
const seed = (t: number): number => Math.imul(t, SEED_MUL);
const BOUNDARY_L = hashStr('<s>', 7);
const BOUNDARY_R = hashStr('</s>', 7);

export interface SentenceFeatures {
  /** Feature hashes of all tokens, token i in ids[offsets[i] .. offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
}

export interface NormalizedSentence {
  norm: string[];
  lower: string[];
}

export function normalizeSentence(words: string[]): NormalizedSentence {
  const norm = words.map(normalizeWord);
  return { norm, lower: norm.map((w) => w.toLowerCase()) };
}

let buf = new Int32Array(4096);

function push(pos: number, v: number): number {
  if (pos >= buf.length) {
    const b = new Int32Array(buf.length * 2);
    b.set(buf);
    buf = b;
  }
  buf[pos] = v;
  return pos + 1;
}

/**
 * Features for one sentence. `ctx` is the document context (its counts include this sentence; they are
 * subtracted so document features describe other occurrences). `excludeTrain` removes this document's own
 * phrases from the training gazetteer while training.
 */
export function sentenceFeatures(
  s: NormalizedSentence,
  ctx: DocContext | null,
  gaz: Gazetteers,
  excludeTrain?: Gazetteer,
): SentenceFeatures {
  const { norm, lower } = s;
  const n = norm.length;
  const hLower = new Int32Array(n);
  const hShort = new Int32Array(n);
  const hCluster = new Int32Array(n);
  const cap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const lw = digitsToZero(lower[i]);
    hLower[i] = hashStr(lw, 11);
    hShort[i] = hashStr(wordShape(norm[i], true), 13);
    cap[i] = isCapitalized(norm[i]) ? 1 : 0;
    const cl = gaz.clusters?.get(lw);
    hCluster[i] = cl === undefined ? -1 : cl;
  }
  const gExt = new Uint8Array(n);
  const gTrain = new Uint8Array(n);
  gaz.ext.mark(lower, cap, gExt);
  gaz.train.mark(lower, cap, gTrain, excludeTrain);
  const shouted = isShoutedSentence(norm);
  let own: Int32Array | null = null;
  if (ctx) {
    own = new Int32Array(n * DOC_KINDS);
    sentenceEvidence(norm, own);
  }

  const offsets = new Int32Array(n + 1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = p;
    const w = norm[i];
    const wd = digitsToZero(w);
    const lw = digitsToZero(lower[i]);
    p = push(p, seed(T.Bias));
    p = push(p, hashStr(wd, seed(T.Word)));
    p = push(p, mix(seed(T.Lower), hLower[i]));
    p = push(p, hashStr(wordShape(w, false), seed(T.Shape)));
    p = push(p, mix(seed(T.Short), hShort[i]));
    const len = lw.length;
    for (let k = 1; k <= 4 && k <= len; k++) {
      p = push(p, hashStr(lw, seed(T.Pre1 + k - 1), 0, k));
      p = push(p, hashStr(lw, seed(T.Suf1 + k - 1), len - k, len));
    }
    p = push(p, mix(seed(T.Length), len > 8 ? 8 : len));
    const lm1 = i > 0 ? hLower[i - 1] : BOUNDARY_L;
    const lm2 = i > 1 ? hLower[i - 2] : BOUNDARY_L;
    const lp1 = i + 1 < n ? hLower[i + 1] : BOUNDARY_R;
    const lp2 = i + 2 < n ? hLower[i + 2] : BOUNDARY_R;
    const sm1 = i > 0 ? hShort[i - 1] : BOUNDARY_L;
    const sp1 = i + 1 < n ? hShort[i + 1] : BOUNDARY_R;
    p = push(p, mix(seed(T.LowerM2), lm2));
    p = push(p, mix(seed(T.LowerM1), lm1));
    p = push(p, mix(seed(T.LowerP1), lp1));
    p = push(p, mix(seed(T.LowerP2), lp2));
    p = push(p, mix(seed(T.ShortM1), sm1));
    p = push(p, mix(seed(T.ShortP1), sp1));
    p = push(p, mix(mix(seed(T.BigramL), lm1), hLower[i]));
    p = push(p, mix(mix(seed(T.BigramR), hLower[i]), lp1));
    p = push(p, mix(mix(seed(T.ShortM1Short), sm1), hShort[i]));
    p = push(p, mix(mix(seed(T.ShortShortP1), hShort[i]), sp1));
    if (i === 0) p = push(p, mix(seed(T.InitialShort), hShort[i]));
    if (shouted) p = push(p, mix(seed(T.ShoutShort), hShort[i]));
    if (hCluster[i] >= 0) p = push(p, mix(seed(T.Cluster), hCluster[i]));
    if (i > 0 && hCluster[i - 1] >= 0) p = push(p, mix(seed(T.ClusterM1), hCluster[i - 1]));
    if (i + 1 < n && hCluster[i + 1] >= 0) p = push(p, mix(seed(T.ClusterP1), hCluster[i + 1]));
    p = pushMarks(p, T.GazExt, gExt[i]);
    if (i > 0) p = pushMarks(p, T.GazExtM1, gExt[i - 1]);
    if (i + 1 < n) p = pushMarks(p, T.GazExtP1, gExt[i + 1]);
    p = pushMarks(p, T.GazTrain, gTrain[i]);
    if (i > 0) p = pushMarks(p, T.GazTrainM1, gTrain[i - 1]);
    if (i + 1 < n) p = pushMarks(p, T.GazTrainP1, gTrain[i + 1]);
    if (gExt[i] && gTrain[i]) p = push(p, mix(mix(seed(T.GazBoth), gExt[i]), gTrain[i]));
    if (ctx && own && (cap[i] || shouted)) {
      const c = ctx.counts.get(lower[i]);
      if (c) {
        const row = i * DOC_KINDS;
        const t = i === 0 || shouted ? T.DocInitial : T.Doc;
        for (let k = 0; k < DOC_KINDS; k++) if (c[k] - own[row + k] > 0) p = push(p, mix(seed(t), k));
      }
    }
  }
  offsets[n] = p;
  return { ids: buf.slice(0, p), offsets };
}

function pushMarks(p: number, t: number, marks: number): number {
  if (!marks) return p;
  for (let b = 0; b < 8; b++) if (marks & (1 << b)) p = push(p, mix(seed(t), b));
  return p;
}
