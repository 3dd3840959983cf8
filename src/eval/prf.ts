/** Precision/recall/F1 from counts — the one scorer every eval task reports through. */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export class PrfCounter {
  tp = 0;
  fp = 0;
  fn = 0;
  add(tp: number, fp: number, fn: number): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }
  result(): Prf {
    return prf(this.tp, this.fp, this.fn);
  }
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round4(precision), recall: round4(recall), f1: round4(f1), tp, fp, fn };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
