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
