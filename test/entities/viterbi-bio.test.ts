import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/data-path.js';
import { MODEL_FILE } from '../../src/entities/tagger/index.js';
import { decodeModel } from '../../src/entities/tagger/model.js';
import { viterbi } from '../../src/entities/tagger/decode.js';

test('the BIO-specialised decoder picks the same labels as the generic Viterbi, ties included', () => {
  const model = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  assert.ok(model.isBio, 'shipped model uses the BIO labels');
  const L = model.L;
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  for (let r = 0; r < 3000; r++) {
    const n = 1 + Math.floor(rand() * 30);
    const emit = new Float64Array(n * L);
    // Coarse integer scores make ties common; every other round uses fine values.
    for (let k = 0; k < emit.length; k++) emit[k] = r % 2 ? Math.round(rand() * 6 - 3) : rand() * 10 - 5;
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    viterbi(emit, n, L, model.trans, a, model.preds);
    model.decode(emit, n, b);
    assert.deepEqual(Array.from(b), Array.from(a), `round ${r}`);
  }
});
