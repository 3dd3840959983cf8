/**
 * Word clusters for the NER tagger, learned without labels from news text: each frequent word gets a
 * vector of PPMI-weighted left/right neighbour counts, randomly projected, then k-means (two granularities).
 * Sources: Reuters-21578 and BBC stories from ../shared/corpora plus the CoNLL training tokens (never dev).
 * Output: lowercased word (digits as 0) -> fine * 64 + coarse cluster id... packed as fine | coarse << 10.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/data-path.js';
import { tokenize } from '../src/text/tokenize.js';
import { normalizeWord, digitsToZero } from '../src/entities/tagger/normalize.js';
import { seededRandom as rng } from '../src/random.js';

export interface ClusterOptions {
  vocab: number;
  context: number;
  dims: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  vocab: 25000,
  context: 600,
  dims: 96,
  fine: 320,
  coarse: 40,
  iterations: 12,
  seed: 7,
};

function key(w: string): string {
  return digitsToZero(normalizeWord(w).toLowerCase());
}

/** Token sequences (one per document) from the unlabeled corpora. */
export function corpusDocuments(extra: string[][]): string[][] {
  const docs: string[][] = [...extra.map((d) => d.map(key))];
  const addText = (text: string): void => {
    const t = tokenize(text);
    const out: string[] = new Array(t.count);
    for (let i = 0; i < t.count; i++) out[i] = key(text.slice(t.start[i], t.end[i]));
    docs.push(out);
  };
  const reuters = sharedPath('corpora/reuters21578');
  for (const f of readdirSync(reuters)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    for (const s of JSON.parse(readFileSync(join(reuters, f), 'utf8')) as { title?: string; body?: string }[]) {
      addText(`${s.title ?? ''}\n\n${s.body ?? ''}`);
    }
  }
  const bbc = sharedPath('corpora/bbc');
  for (const topic of readdirSync(bbc).sort()) {
    const dir = join(bbc, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) addText(readFileSync(join(dir, f), 'latin1'));
  }
  return docs;
}

/** Cosine k-means over unit vectors (rows of `vecs`, V x D); returns a cluster id per row. */
function kmeans(
  vecs: Float32Array,
  V: number,
  D: number,
  K: number,
  iterations: number,
  rand: () => number,
): Int32Array {
  const cent = new Float32Array(K * D);
  // Seeds: spread over the frequency ranking (rows are sorted by frequency).
  for (let k = 0; k < K; k++) {
    const r = Math.floor(rand() * V);
    cent.set(vecs.subarray(r * D, r * D + D), k * D);
  }
  const assign = new Int32Array(V);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < V; v++) {
      let best = -Infinity;
      let arg = 0;
      const vo = v * D;
      for (let k = 0; k < K; k++) {
        const co = k * D;
        let dot = 0;
        for (let d = 0; d < D; d++) dot += vecs[vo + d] * cent[co + d];
        if (dot > best) {
          best = dot;
          arg = k;
        }
      }
      assign[v] = arg;
    }
    cent.fill(0);
    const size = new Int32Array(K);
    for (let v = 0; v < V; v++) {
      const co = assign[v] * D;
      size[assign[v]]++;
      for (let d = 0; d < D; d++) cent[co + d] += vecs[v * D + d];
    }
    for (let k = 0; k < K; k++) {
      const co = k * D;
      if (size[k] === 0) {
        const r = Math.floor(rand() * V);
        cent.set(vecs.subarray(r * D, r * D + D), co);
        continue;
      }
      let n = 0;
      for (let d = 0; d < D; d++) n += cent[co + d] * cent[co + d];
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < D; d++) cent[co + d] /= n;
    }
  }
  return assign;
}

export function buildClusters(docs: string[][], o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, number> {
  const freq = new Map<string, number>();
  for (const d of docs) for (const w of d) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq.entries()].filter(([, c]) => c >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const V = Math.min(o.vocab, ranked.length);
  const C = Math.min(o.context, V);
  const id = new Map<string, number>();
  for (let i = 0; i < V; i++) id.set(ranked[i][0], i);
  // Neighbour counts: columns [0, C) = left word, [C, 2C) = right word.
  const W = 2 * C;
  const counts = new Float32Array(V * W);
  for (const d of docs) {
    let prev = -1;
    let cur = d.length > 0 ? (id.get(d[0]) ?? -1) : -1;
    for (let i = 0; i < d.length; i++) {
      const next = i + 1 < d.length ? (id.get(d[i + 1]) ?? -1) : -1;
      if (cur >= 0) {
        if (prev >= 0 && prev < C) counts[cur * W + prev]++;
        if (next >= 0 && next < C) counts[cur * W + C + next]++;
      }
      prev = cur;
      cur = next;
    }
  }
  const row = new Float64Array(V);
  const col = new Float64Array(W);
  let total = 0;
  for (let v = 0; v < V; v++) {
    for (let c = 0; c < W; c++) {
      const x = counts[v * W + c];
      row[v] += x;
      col[c] += x;
      total += x;
    }
  }
  const rand = rng(o.seed);
  const D = o.dims;
  const proj = new Float32Array(W * D);
  for (let k = 0; k < proj.length; k++) proj[k] = rand() < 0.5 ? -1 : 1;
  const vecs = new Float32Array(V * D);
  for (let v = 0; v < V; v++) {
    const vo = v * D;
    for (let c = 0; c < W; c++) {
      const x = counts[v * W + c];
      if (x === 0) continue;
      const pmi = Math.log((x * total) / (row[v] * col[c]));
      if (pmi <= 0) continue;
      const po = c * D;
      for (let d = 0; d < D; d++) vecs[vo + d] += pmi * proj[po + d];
    }
    let n = 0;
    for (let d = 0; d < D; d++) n += vecs[vo + d] * vecs[vo + d];
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < D; d++) vecs[vo + d] /= n;
  }
  const fine = kmeans(vecs, V, D, o.fine, o.iterations, rand);
  const coarse = kmeans(vecs, V, D, o.coarse, o.iterations, rand);
  const out = new Map<string, number>();
  for (let v = 0; v < V; v++) out.set(ranked[v][0], fine[v] | (coarse[v] << 10));
  return out;
}
