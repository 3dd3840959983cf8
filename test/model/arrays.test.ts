import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapPacked } from '../../src/model/arrays.js';

test('mapPacked gives what Array.prototype.map gives: same values, same order, the index as second argument', () => {
  const items = [{ n: 3 }, { n: 1 }, { n: 2 }];
  const f = (x: { n: number }, i: number): string => `${x.n}@${i}`;
  assert.deepEqual(mapPacked(items, f), items.map(f));
  assert.deepEqual(mapPacked([], f), []);
  // A new array, with no holes, even where the callback returns undefined.
  const out = mapPacked(items, () => undefined);
  assert.notEqual(out, items as unknown);
  assert.equal(out.length, 3);
  assert.ok(0 in out && 2 in out);
});
