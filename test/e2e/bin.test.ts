/**
 * The `parley` bin: on Node 24 it runs the CLI; on an older Node it says in one line what to do, before any module
 * that needs a newer Node is loaded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, parley } from '../helpers/cli.js';

const olderNode = '/usr/bin/node';

function majorOf(node: string): number {
  const r = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return Number(r.stdout.split('.')[0]);
}

test('the bin analyzes an article on the Node running the tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bin-'));
  const article = join(dir, 'note.txt');
  writeFileSync(article, 'Foreign Minister Anton Berg met his Estonian counterpart in Tallinn on Tuesday.\n');
  const r = parley(['analyze', article, '--date', '2025-05-09']);
  assert.equal(r.status, 0, r.stderr);
  const analysis = JSON.parse(r.stdout) as { entities: { name: string; type: string }[] };
  assert.equal(analysis.entities.find((e) => e.name === 'Anton Berg')?.type, 'PERSON');
});

const older = existsSync(olderNode) && majorOf(olderNode) < 24;
test(
  'on a Node older than 24 the bin exits 1 with one line that names the fix',
  { skip: !older && `no Node older than 24 at ${olderNode}` },
  () => {
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build first`);
    const r = spawnSync(olderNode, [BUNDLE, '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^parley: needs Node\.js 24 or later, this is \d+\./);
    assert.match(lines[0], /npm run parley/);
  },
);
