import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../src/data-path.js';
import { lookupActor } from '../../src/entities/actors/index.js';
import {
  ACTOR_TABLE_FILE,
  builtinLexicon,
  parseActorTable,
  surfaceTokens,
  type TableRow,
} from '../../src/entities/actors/lexicon.js';

function readTable(): { rowCount: number; maxTokens: number; groups: [string, TableRow[]][] } {
  const { header, groups } = parseActorTable(readFileSync(dataPath(ACTOR_TABLE_FILE), 'utf8'));
  return { ...header, groups: [...groups].map(([first, json]) => [first, JSON.parse(json) as TableRow[]]) };
}

test('the table groups every row under its first token as the tokenizer splits it today', () => {
  const table = readTable();
  let rows = 0;
  let maxTokens = 0;
  for (const [first, group] of table.groups) {
    for (const [surface] of group) {
      const tokens = surfaceTokens(surface);
      // A failure here means the tokenizer changed: rerun scripts/build-actor-tables.ts.
      assert.equal(tokens[0], first, surface);
      maxTokens = Math.max(maxTokens, tokens.length);
      rows++;
    }
  }
  assert.equal(rows, table.rowCount);
  assert.equal(maxTokens, table.maxTokens);
});

test('table rows are found under their surface (sub-tries built on first lookup)', () => {
  const table = readTable();
  const lex = builtinLexicon();
  let checked = 0;
  let k = 0;
  for (const [, group] of table.groups) {
    for (const [surface, , code] of group) {
      if (k++ % 37 || /^the\s/i.test(surface)) continue; // lookupActor drops a leading "the"
      const found = lookupActor(surface);
      assert.ok(
        found.some((e) => e.code === code),
        `${surface} -> ${code}: ${found.map((e) => e.code).join(',')}`,
      );
      checked++;
    }
  }
  assert.ok(checked > 500);
  assert.ok(lex.root.next?.has('india'), 'has() sees sub-tries not built yet');
  assert.equal(lex.root.next?.get('zzzqx'), undefined);
});
