import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { parseDictionaryText } from '../../src/dictionaries/index.js';

const ACTORS = 'ZORBA_ISLAND [ZRB]\nHANNA_KOLT [ZRBGOV]\n';
const TEXT = 'Hanna Kolt said Zorba Island would talk to its neighbours.';

test('a PETRARCH actors dictionary gives codes to the names it lists', () => {
  const dictionaries = parseDictionaryText(ACTORS, 'mine.actors', 'actors');
  const a = analyze({ id: 'u', date: '2025-01-02', text: TEXT, meta: {} }, { dictionaries });
  const kolt = a.entities.find((e) => e.name === 'Hanna Kolt');
  const island = a.entities.find((e) => e.name === 'Zorba Island');
  assert.equal(kolt?.type, 'PERSON');
  assert.equal(kolt?.actor?.code, 'ZRBGOV');
  assert.equal(island?.type, 'GPE');
  assert.equal(island?.actor?.code, 'ZRB');
  // Without the dictionary nothing knows these names' codes.
  const plain = analyze({ id: 'u', date: '2025-01-02', text: TEXT, meta: {} });
  assert.ok(!plain.entities.some((e) => e.actor?.code === 'ZRBGOV'));
});

test('parley analyze --dict loads a dictionary file, and names a missing one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  writeFileSync(join(dir, 'mine.actors'), ACTORS);
  writeFileSync(join(dir, 'a.txt'), `date 2025-01-02\n${TEXT}\n`);
  const cli = ['--import', 'tsx', 'src/cli/main.ts', 'analyze', join(dir, 'a.txt')];
  const out = JSON.parse(execFileSync('node', [...cli, '--dict', join(dir, 'mine.actors')], { encoding: 'utf8' }));
  assert.ok(out.entities.some((e: { actor: { code: string } | null }) => e.actor?.code === 'ZRBGOV'));
  assert.throws(
    () => execFileSync('node', [...cli, '--dict', join(dir, 'missing.actors')], { encoding: 'utf8', stdio: 'pipe' }),
    (err: { stderr: string }) => /missing\.actors/.test(err.stderr),
  );
});

test('parley analyze --dict with --jobs split: the worker codes events with the same dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  writeFileSync(join(dir, 'mine.actors'), ACTORS);
  writeFileSync(join(dir, 'a.txt'), `date 2025-01-02\n${TEXT} Zorba Island accused Hanna Kolt of lying.\n`);
  const cli = ['--import', 'tsx', 'src/cli/main.ts', 'analyze', join(dir, 'a.txt'), '--dict', join(dir, 'mine.actors')];
  const one = execFileSync('node', [...cli, '--jobs', '1'], { encoding: 'utf8' });
  const split = execFileSync('node', [...cli, '--jobs', 'split'], { encoding: 'utf8' });
  assert.equal(split, one);
  const events = JSON.parse(split).events as { source: { code: string } | null; target: { code: string } | null }[];
  assert.ok(events.some((e) => e.source?.code === 'ZRB' && e.target?.code === 'ZRBGOV'), JSON.stringify(events));
});
