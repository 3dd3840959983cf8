/** SpanIndex answers containment questions exactly as `Array.prototype.find` over the items would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanIndex } from '../../src/model/span-index.js';

interface Item {
  id: number;
  start: number;
  end: number;
}

/** Deterministic pseudo-random spans: nested, overlapping, touching and zero-length ones among them. */
function spans(seed: number, n: number, sorted: boolean): Item[] {
  let x = seed;
  const rnd = (k: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % k;
  };
  const out: Item[] = [];
  for (let i = 0; i < n; i++) {
    const start = rnd(400);
    out.push({ id: i, start, end: start + (rnd(5) === 0 ? 0 : rnd(rnd(3) === 0 ? 200 : 20)) });
  }
  if (sorted) out.sort((a, b) => a.start - b.start);
  return out;
}

for (const sorted of [true, false]) {
  test(`firstCovering and firstWithin agree with find (${sorted ? 'items in text order' : 'items in any order'})`, () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = spans(seed, 1 + ((seed * 7) % 60), sorted);
      const index = new SpanIndex(
        items,
        (a) => a.start,
        (a) => a.end,
      );
      for (let from = -2; from < 420; from += 3) {
        for (const len of [0, 1, 4, 30]) {
          const to = from + len;
          const covering = items.find((a) => a.start <= from && a.end >= to);
          const within = items.find((a) => a.start >= from && a.end <= to);
          assert.equal(index.firstCovering(from, to), covering, `covering [${from}, ${to}] seed ${seed}`);
          assert.equal(index.firstWithin(from, to), within, `within [${from}, ${to}] seed ${seed}`);
        }
      }
    }
  });
}

test('an empty index finds nothing', () => {
  const index = new SpanIndex<Item>(
    [],
    (a) => a.start,
    (a) => a.end,
  );
  assert.equal(index.firstCovering(0, 1), undefined);
  assert.equal(index.firstWithin(0, 100), undefined);
});
