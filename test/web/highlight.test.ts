/** The article view's span nesting: marks never cross, text is kept whole, bad spans are dropped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nestHighlights, walk, type Highlight, type SpanNode } from '../../src/web/client/highlight.js';

const h = (start: number, end: number, kind: Highlight['kind'], id = `${kind}${start}`): Highlight => ({
  start,
  end,
  kind,
  type: 'X',
  id,
  title: id,
});

/** The tree as bracketed text: [id:...] around each mark. */
function show(text: string, root: SpanNode): string {
  return walk(
    text,
    root,
    (s) => s,
    (n, inner) => `[${n.mark!.id}:${inner.join('')}]`,
  ).join('');
}

test('a mark inside a quote nests in it; text outside marks is kept', () => {
  const text = '"Marco Rubio said no," he added.';
  const root = nestHighlights(text.length, [h(1, 12, 'entity', 'e'), h(0, 22, 'quote', 'q'), h(23, 25, 'entity', 'p')]);
  assert.equal(show(text, root), '[q:"[e:Marco Rubio] said no,"] [p:he] added.');
});

test('a span that runs past the end of the one it starts in is cut at that end; marks never cross', () => {
  const text = 'abcdefghij';
  const root = nestHighlights(text.length, [h(0, 5, 'quote', 'q'), h(3, 8, 'entity', 'e'), h(6, 9, 'time', 't')]);
  assert.equal(show(text, root), '[q:abc[e:de]]f[t:ghi]j');
  const check = (n: SpanNode) => {
    for (const c of n.children) {
      assert.ok(c.start >= n.start && c.end <= n.end);
      check(c);
    }
  };
  check(root);
});

test('identical spans nest outer kind first; empty, reversed and out-of-range spans are dropped', () => {
  const text = 'Chile fired.';
  const root = nestHighlights(text.length, [
    h(6, 11, 'event', 'v'),
    h(6, 11, 'entity', 'x'),
    h(3, 3, 'time', 'empty'),
    h(5, 2, 'time', 'reversed'),
    h(8, 40, 'time', 'past-end'),
    h(-1, 2, 'time', 'negative'),
  ]);
  assert.equal(show(text, root), 'Chile [x:[v:fired]].');
});

test('the pieces always join back to the text, whatever the spans', () => {
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(4);
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const kinds: Highlight['kind'][] = ['quote', 'entity', 'time', 'event'];
  for (let round = 0; round < 50; round++) {
    const spans = Array.from({ length: 12 }, (_, i) => {
      const start = rnd(text.length);
      return h(start, start + 1 + rnd(30), kinds[rnd(4)], `s${i}`);
    });
    const root = nestHighlights(text.length, spans);
    assert.equal(
      walk(
        text,
        root,
        (s) => s,
        (_n, inner) => inner.join(''),
      ).join(''),
      text,
    );
  }
});
