import { seededRandom } from '../random.js';
/**
 * A multiclass averaged perceptron over string features, the learner of the events classifier (classifier.ts,
 * scripts/train-events.ts). Weights are kept per feature as one number per class; averaging uses the usual
 * "timestamp" trick so that an update costs the features of one example.
 */

export type Weights = Map<string, Float64Array>;

/** A trained model: the weights of each feature, one per class. */
export interface LinearModel {
  classes: number;
  weights: Weights;
}

export function scores(model: LinearModel, features: readonly string[]): Float64Array {
  const s = new Float64Array(model.classes);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < model.classes; c++) s[c] += w[c];
  }
  return s;
}

export function argmax(s: Float64Array): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}

export function predict(model: LinearModel, features: readonly string[]): number {
  return argmax(scores(model, features));
}

export interface Example {
  features: string[];
  label: number;
}

/** The seeded generator training draws from (repeatable from its seed). */
export const rng = seededRandom;

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Train for `epochs` passes in a seeded order; returns the averaged weights. */
export function trainPerceptron(
  examples: readonly Example[],
  classes: number,
  epochs: number,
  seed: number,
): LinearModel {
  const w: Weights = new Map();
  const total: Weights = new Map();
  const stamp = new Map<string, Float64Array>();
  let t = 1;
  const get = (m: Weights, f: string): Float64Array => {
    let v = m.get(f);
    if (!v) m.set(f, (v = new Float64Array(classes)));
    return v;
  };
  const update = (f: string, c: number, delta: number): void => {
    const wf = get(w, f);
    const tf = get(total, f);
    const sf = get(stamp, f);
    tf[c] += (t - sf[c]) * wf[c];
    sf[c] = t;
    wf[c] += delta;
  };
  const order = examples.map((_, i) => i);
  const rand = rng(seed);
  const model: LinearModel = { classes, weights: w };
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffle(order, rand)) {
      const ex = examples[i];
      const guess = predict(model, ex.features);
      if (guess !== ex.label) {
        for (const f of ex.features) {
          update(f, ex.label, 1);
          update(f, guess, -1);
        }
      }
      t++;
    }
  }
  const avg: Weights = new Map();
  for (const [f, wf] of w) {
    const tf = get(total, f);
    const sf = get(stamp, f);
    const a = new Float64Array(classes);
    let any = false;
    for (let c = 0; c < classes; c++) {
      a[c] = (tf[c] + (t - sf[c]) * wf[c]) / t;
      if (a[c] !== 0) any = true;
    }
    if (any) avg.set(f, a);
  }
  return { classes, weights: avg };
}
