/**
 * `parley analyze --dict`: a user's PETRARCH actors file reaches the entity and event stages, in-process and on the
 * split's worker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parley } from '../helpers/cli.js';

const ACTORS = 'ZORBA_ISLAND [ZRB]\nHANNA_KOLT [ZRBGOV]\n';
const TEXT = 'Hanna Kolt said Zorba Island would talk to its neighbours.';

test('parley analyze --dict loads a dictionary file, and names a missing one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  writeFileSync(join(dir, 'mine.actors'), ACTORS);
  writeFileSync(join(dir, 'a.txt'), `date 2025-01-02\n${TEXT}\n`);
  const found = parley(['analyze', join(dir, 'a.txt'), '--dict', join(dir, 'mine.actors')]);
  assert.equal(found.status, 0, found.stderr);
  const entities = JSON.parse(found.stdout).entities as { name: string; actor: { code: string } | null }[];
  assert.equal(entities.find((e) => e.name === 'Hanna Kolt')?.actor?.code, 'ZRBGOV');
  const missing = parley(['analyze', join(dir, 'a.txt'), '--dict', join(dir, 'missing.actors')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^parley: .*missing\.actors/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});

test('parley analyze --dict with --jobs split: the worker codes events with the same dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  writeFileSync(join(dir, 'mine.actors'), ACTORS);
  writeFileSync(join(dir, 'a.txt'), `date 2025-01-02\n${TEXT} Zorba Island accused Hanna Kolt of lying.\n`);
  const args = ['analyze', join(dir, 'a.txt'), '--dict', join(dir, 'mine.actors')];
  const one = parley([...args, '--jobs', '1']);
  const split = parley([...args, '--jobs', 'split']);
  assert.equal(split.status, 0, split.stderr);
  assert.equal(split.stdout, one.stdout);
  const events = JSON.parse(split.stdout).events as {
    source: { code: string } | null;
    target: { code: string } | null;
  }[];
  assert.ok(
    events.some((e) => e.source?.code === 'ZRB' && e.target?.code === 'ZRBGOV'),
    JSON.stringify(events),
  );
});
