import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataJson } from '../../src/data-path.js';
import { lookupActor } from '../../src/entities/actors/index.js';
import { builtinLexicon, surfaceTokens } from '../../src/entities/actors/lexicon.js';

interface TableFile {
  rows: [string, string, string, string?][];
}

test('every table row is found under its surface (sub-tries built on first lookup)', () => {
  const rows = readDataJson<TableFile>('actors.json').rows;
  const lex = builtinLexicon();
  let checked = 0;
  for (let r = 0; r < rows.length; r += 37) {
    const [surface, , code] = rows[r];
    if (/^the\s/i.test(surface)) continue; // lookupActor drops a leading "the"
    const found = lookupActor(surface);
    assert.ok(found.some((e) => e.code === code), `${surface} -> ${code}: ${found.map((e) => e.code).join(',')}`);
    assert.ok(surfaceTokens(surface).length <= lex.maxLen);
    checked++;
  }
  assert.ok(checked > 500);
  assert.ok(lex.root.next?.has('india'), 'has() sees sub-tries not built yet');
  assert.equal(lex.root.next?.get('zzzqx'), undefined);
});
