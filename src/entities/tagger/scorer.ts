/**
 * Run-time emission scoring. Word and neighbour features depend on one word type only, so their summed
 * weights are cached per word (self, and as the -2/-1/+1/+2 neighbour); per token only the context
 * features are looked up. Gives the same sums as scoring sentenceFeatures() (tested).
 */
import type { TaggerModel } from './model.js';
import type { DocContext } from './doc-context.js';
import {
  boundaryFeatures, contextFeatures, neighbourFeatures, sentenceContext, wordFeatures, wordInfo, NEIGHBOUR_OFFSETS,
  type Gazetteers, type NormalizedSentence, type WordInfo,
} from './features.js';

interface WordEntry {
  info: WordInfo;
  /** 5 blocks of L scores: self, as -2, -1, +1, +2 neighbour. */
  vec: Float64Array;
}

/** Bound on cached word types (cleared when reached: news vocabularies repeat within a batch). */
const MAX_CACHED = 200_000;

export class CachedScorer {
  private readonly cache = new Map<string, WordEntry>();
  private readonly boundary: Float64Array;
  private readonly ids: number[] = [];

  constructor(
    readonly model: TaggerModel,
    readonly gaz: Gazetteers,
  ) {
    const L = model.L;
    this.boundary = new Float64Array(4 * L);
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      const ids: number[] = [];
      boundaryFeatures(d, ids);
      for (const id of ids) model.addFeature(id, this.boundary, k * L);
    });
  }

  private entry(norm: string, lower: string): WordEntry {
    let e = this.cache.get(norm);
    if (e) return e;
    const L = this.model.L;
    const info = wordInfo(norm, lower, this.gaz);
    const vec = new Float64Array(5 * L);
    const ids = this.ids;
    ids.length = 0;
    wordFeatures(norm, lower, info, ids);
    for (const id of ids) this.model.addFeature(id, vec, 0);
    NEIGHBOUR_OFFSETS.forEach((d, k) => {
      ids.length = 0;
      neighbourFeatures(d, info, ids);
      for (const id of ids) this.model.addFeature(id, vec, (k + 1) * L);
    });
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    e = { info, vec };
    this.cache.set(norm, e);
    return e;
  }

  /** Emission scores emit[i*L + label] for one sentence; `own` = its evidence rows from DocContext.addSentence. */
  score(s: NormalizedSentence, ctx: DocContext | null, emit: Float64Array, own?: Int32Array): void {
    const n = s.norm.length;
    const L = this.model.L;
    const entries: WordEntry[] = new Array(n);
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) {
      entries[i] = this.entry(s.norm[i], s.lower[i]);
      infos[i] = entries[i].info;
    }
    const sc = sentenceContext(s, infos, ctx, this.gaz, undefined, own);
    const ids = this.ids;
    const bnd = this.boundary;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      const self = entries[i].vec;
      for (let l = 0; l < L; l++) emit[o + l] = self[l];
      for (let k = 0; k < 4; k++) {
        const j = i + NEIGHBOUR_OFFSETS[k];
        const src = j >= 0 && j < n ? entries[j].vec : bnd;
        const so = j >= 0 && j < n ? (k + 1) * L : k * L;
        for (let l = 0; l < L; l++) emit[o + l] += src[so + l];
      }
      ids.length = 0;
      contextFeatures(i, s, sc, ctx, ids);
      for (const id of ids) this.model.addFeature(id, emit, o);
    }
  }
}
