/** gunzipWhole: the bytes gunzipSync gives, whatever the trailer's size field says. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../src/gunzip.js';

test('a table comes out whole, in one buffer sized by the gzip trailer', () => {
  const text = Buffer.from('Greyford\tGB\t51.069\n'.repeat(20_000));
  const out = gunzipWhole(gzipSync(text));
  assert.ok(out.equals(text));
  assert.equal(out.buffer.byteLength, text.length + 1, 'one chunk of ISIZE + 1 bytes');
});

test('two gzip members (the trailer gives the last one size only) still come out whole', () => {
  const a = Buffer.from('first member '.repeat(10_000));
  const b = Buffer.from('second');
  assert.ok(gunzipWhole(Buffer.concat([gzipSync(a), gzipSync(b)])).equals(Buffer.concat([a, b])));
});
