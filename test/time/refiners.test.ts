import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Timex } from '../../src/model/schema.js';
import { documentOrder } from '../../src/time/refiners/document-order.js';
import { emptySpan } from '../../src/time/refiners/empty-span.js';

function timex(id: string, start: number, end: number): Timex {
  return {
    id,
    span: { start, end, text: 'x'.repeat(Math.max(0, end - start)) },
    type: 'DATE',
    value: '2025',
    rule: 'time.year',
  };
}

test('time.refine.empty-span drops empty and inverted spans only', () => {
  const kept = emptySpan.refine([timex('t1', 0, 4), timex('t2', 9, 9), timex('t3', 12, 10), timex('t4', 20, 21)]);
  assert.deepEqual(
    kept.map((t) => t.id),
    ['t1', 't4'],
  );
});

test('time.refine.document-order sorts by start and numbers t1, t2, ... in that order', () => {
  const ordered = documentOrder.refine([timex('a', 30, 34), timex('b', 5, 9), timex('c', 12, 14)]);
  assert.deepEqual(
    ordered.map((t) => [t.id, t.span.start]),
    [
      ['t1', 5],
      ['t2', 12],
      ['t3', 30],
    ],
  );
});
