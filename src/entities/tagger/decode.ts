/** First-order Viterbi over label scores with a transition matrix (row 0 = sentence start). */

let scoreBuf = new Float64Array(1024);
let backBuf = new Int32Array(1024);

/**
 * emit: n*L scores; trans: (L+1)*L, trans[(prev+1)*L + cur], -Infinity forbids a transition.
 * Writes the best label per token into `out`.
 */
export function viterbi(
  emit: Float64Array,
  n: number,
  L: number,
  trans: Float64Array,
  out: Int32Array,
  preds: Predecessors = allowedPredecessors(trans, L),
): void {
  if (n === 0) return;
  if (scoreBuf.length < n * L) {
    scoreBuf = new Float64Array(n * L * 2);
    backBuf = new Int32Array(n * L * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  const { from, start, weight } = preds;
  for (let c = 0; c < L; c++) score[c] = emit[c] + trans[c];
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = start[c]; k < start[c + 1]; k++) {
        const s = score[prevBase + from[k]] + weight[k];
        if (s > best) {
          best = s;
          arg = from[k];
        }
      }
      score[base + c] = best + emit[base + c];
      back[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (score[last + c] > best) {
      best = score[last + c];
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
}

/**
 * viterbi() specialised for the 9 BIO labels (O, then B-t, I-t for each of the 4 types): same result, several times
 * faster.
 * O and B-t may follow any label; I-t only B-t or I-t. `byCur[c*9 + q]` is the transition score q -> c and
 * `start[c]` the score of opening a sentence with c. Back pointers are not stored: the backward pass recomputes
 * the 9 candidate sums of the chosen label (same sums, same first-maximum tie rule as viterbi()).
 */
export function viterbiBio(
  emit: Float64Array,
  n: number,
  start: Float64Array,
  byCur: Float64Array,
  out: Int32Array,
): void {
  if (n === 0) return;
  const L = 9;
  if (scoreBuf.length < n * L) scoreBuf = new Float64Array(n * L * 2);
  const score = scoreBuf;
  const w = byCur;
  for (let c = 0; c < L; c++) score[c] = emit[c] + start[c];
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const pb = base - L;
    const p0 = score[pb],
      p1 = score[pb + 1],
      p2 = score[pb + 2],
      p3 = score[pb + 3],
      p4 = score[pb + 4];
    const p5 = score[pb + 5],
      p6 = score[pb + 6],
      p7 = score[pb + 7],
      p8 = score[pb + 8];
    // O (c = 0) and B-t (c = 1, 3, 5, 7): every predecessor.
    for (let c = 0; c < L; c += c === 0 ? 1 : 2) {
      const r = c * L;
      let b = p0 + w[r];
      let s = p1 + w[r + 1];
      if (s > b) b = s;
      s = p2 + w[r + 2];
      if (s > b) b = s;
      s = p3 + w[r + 3];
      if (s > b) b = s;
      s = p4 + w[r + 4];
      if (s > b) b = s;
      s = p5 + w[r + 5];
      if (s > b) b = s;
      s = p6 + w[r + 6];
      if (s > b) b = s;
      s = p7 + w[r + 7];
      if (s > b) b = s;
      s = p8 + w[r + 8];
      if (s > b) b = s;
      score[base + c] = b + emit[base + c];
    }
    // I-t (c = 2, 4, 6, 8): B-t or I-t.
    for (let c = 2; c < L; c += 2) {
      const r = c * L;
      const a = score[pb + c - 1] + w[r + c - 1];
      const s = score[pb + c] + w[r + c];
      score[base + c] = (s > a ? s : a) + emit[base + c];
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (score[last + c] > best) {
      best = score[last + c];
      arg = c;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    const pb = (i - 1) * L;
    const r = arg * L;
    let b = -Infinity;
    let a = 0;
    for (let q = 0; q < L; q++) {
      const s = score[pb + q] + w[r + q];
      if (s > b) {
        b = s;
        a = q;
      }
    }
    arg = a;
    out[i - 1] = arg;
  }
}

export interface Predecessors {
  /** from[start[c] .. start[c+1]) = labels that may precede label c. */
  from: Int32Array;
  start: Int32Array;
  /** Transition score of each (from[k] -> label) pair. */
  weight: Float64Array;
}

/** For each label, the previous labels with a finite transition (I-X has only B-X and I-X). */
export function allowedPredecessors(trans: Float64Array, L: number): Predecessors {
  const from: number[] = [];
  const weight: number[] = [];
  const start = new Int32Array(L + 1);
  for (let c = 0; c < L; c++) {
    start[c] = from.length;
    for (let q = 0; q < L; q++) {
      if (trans[(q + 1) * L + c] === -Infinity) continue;
      from.push(q);
      weight.push(trans[(q + 1) * L + c]);
    }
  }
  start[L] = from.length;
  return { from: Int32Array.from(from), start, weight: Float64Array.from(weight) };
}
