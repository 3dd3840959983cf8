/** jsonLinePieces writes exactly JSON.stringify(record) + '\n', in pieces of about the size asked for. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonLinePieces, utf8Of } from '../../src/work/json-lines.js';
import { analyze } from '../../src/pipeline.js';

const example = readFileSync(fileURLToPath(new URL('../../examples/harbor-talks.txt', import.meta.url)), 'utf8');

test('an analysis in pieces is the same text as JSON.stringify, whatever the piece size', () => {
  const a = analyze({ id: 'harbor', date: '2025-05-09', text: example });
  assert.ok(a.events.length > 0 && a.entities.length > 0, 'the example has content to serialize');
  const whole = JSON.stringify(a) + '\n';
  for (const size of [1, 64, 1024, 16_384, 1e9]) {
    const pieces = jsonLinePieces(a, size);
    assert.equal(pieces.join(''), whole, `piece size ${size}`);
    if (size === 1e9) assert.equal(pieces.length, 1);
    if (size === 64) assert.ok(pieces.length > 10, 'small pieces are many');
  }
});

test('fields and elements JSON.stringify leaves out or writes as null are treated the same way', () => {
  const sym = Symbol('s');
  const odd = {
    keep: 1,
    gone: undefined,
    fn: () => 1,
    [sym]: 'not a string key',
    list: [1, undefined, () => 2, Symbol('x'), { a: undefined, b: 'ü “quoted”' }, [], null],
    empty: [],
    nested: { when: new Date(0), deep: [[1, 2], { x: [undefined] }] },
    '2': 'integer-like keys come first',
    last: 'end',
  };
  // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested: JSON writes it as null
  const sparse = [1, , 3];
  for (const record of [odd, {}, { only: undefined }, { sparse }, [1, 2, { a: 3 }]]) {
    for (const size of [1, 8, 1e9]) assert.equal(jsonLinePieces(record, size).join(''), JSON.stringify(record) + '\n');
  }
});

test('utf8Of: the bytes of the pieces written one after another, multi-byte characters and empty pieces included', () => {
  const pieces = ['{"a":"“quoted” — ok"', '', ',"b":"Zürich 東京 😀"}\n'];
  const bytes = utf8Of(pieces);
  assert.deepEqual(Buffer.from(bytes), Buffer.from(pieces.join(''), 'utf8'));
  assert.equal(bytes.byteLength, bytes.buffer.byteLength, 'a buffer of its own, not a slice of a shared pool');
  assert.equal(utf8Of([]).byteLength, 0);
  const record = { id: 'x', text: '“Hi,” she said.' };
  assert.equal(Buffer.from(utf8Of(jsonLinePieces(record, 8))).toString('utf8'), JSON.stringify(record) + '\n');
});
