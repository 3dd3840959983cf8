/**
 * Items with character spans, indexed for the containment questions the stages used to answer with `find` over
 * every item (an event's quotation, a quotation's speaker among the actors). Such a scan per event or per quote is
 * quadratic in the document: on a 1 MB article it was most of the events stage. The answers are those of `find`,
 * the first matching item in the given order, whether or not the items come sorted.
 */

/** First position in `a` (ascending) whose value is >= x. */
export function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SpanIndex<T> {
  /** Item indices sorted by start (ties keep the items' order). */
  private readonly order: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Largest end among sorted positions 0..p: the first p where it reaches x is the first end >= x. */
  private readonly maxEnd: Int32Array;
  /** The items were already sorted by start: the first hit in sorted order is the first in the items' order. */
  private readonly inOrder: boolean;

  constructor(
    private readonly items: readonly T[],
    startOf: (item: T) => number,
    endOf: (item: T) => number,
  ) {
    const n = items.length;
    const order = new Int32Array(n);
    let inOrder = true;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && startOf(items[i]) < startOf(items[i - 1])) inOrder = false;
    }
    if (!inOrder) order.sort((a, b) => startOf(items[a]) - startOf(items[b]) || a - b);
    this.order = order;
    this.inOrder = inOrder;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.maxEnd = new Int32Array(n);
    let max = -Infinity;
    for (let p = 0; p < n; p++) {
      const item = items[order[p]];
      this.starts[p] = startOf(item);
      this.ends[p] = endOf(item);
      if (this.ends[p] > max) max = this.ends[p];
      this.maxEnd[p] = max;
    }
  }

  /** The first item with start <= from and end >= to (it covers [from, to]). */
  firstCovering(from: number, to: number): T | undefined {
    // Candidates start at or before `from`: sorted positions [0, k). Before p0 no end reaches `to`.
    const k = lowerBound(this.starts, from + 1);
    const p0 = lowerBound(this.maxEnd, to);
    let best = -1;
    for (let p = p0; p < k; p++) {
      if (this.ends[p] < to) continue;
      if (this.inOrder) return this.items[this.order[p]];
      if (best < 0 || this.order[p] < best) best = this.order[p];
    }
    return best < 0 ? undefined : this.items[best];
  }

  /** The first item with start >= from and end <= to (it lies within [from, to]). */
  firstWithin(from: number, to: number): T | undefined {
    let best = -1;
    for (let p = lowerBound(this.starts, from); p < this.starts.length && this.starts[p] <= to; p++) {
      if (this.ends[p] > to) continue;
      if (this.inOrder) return this.items[this.order[p]];
      if (best < 0 || this.order[p] < best) best = this.order[p];
    }
    return best < 0 ? undefined : this.items[best];
  }
}
