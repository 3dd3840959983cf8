/**
 * The `parley` bin starts node with CLI_NODE_FLAGS (V8 reads them only when node starts): its first line must give
 * them, and a run of the file itself, as the shell runs an installed `parley`, must reach node with them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_NODE_FLAGS } from '../../src/cli/v8-tuning.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'dist/bundle/parley.js');

function hashbang(file: string): string {
  return readFileSync(file, 'utf8').split('\n', 1)[0];
}

test('main.ts and the bundle begin with a hashbang that starts node with CLI_NODE_FLAGS', () => {
  const expected = `#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}`;
  assert.equal(hashbang(join(root, 'src/cli/main.ts')), expected);
  if (existsSync(bundle)) assert.equal(hashbang(bundle), expected);
});

test('the bundle run as a program gets the flags: node sees them, and it analyzes', { skip: !existsSync(bundle) && 'no dist/bundle (npm run build)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-flags-'));
  // A preload (NODE_OPTIONS reaches the node that the hashbang starts) writes what node was started with.
  const probe = join(dir, 'exec-argv.cjs');
  const seen = join(dir, 'exec-argv.json');
  writeFileSync(probe, `require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(process.execArgv));\n`);
  const article = join(dir, 'note.txt');
  writeFileSync(article, 'Foreign Minister Anton Berg met his Estonian counterpart in Tallinn on Tuesday.\n');
  const r = spawnSync(bundle, ['analyze', article, '--date', '2025-05-09'], {
    encoding: 'utf8',
    // env finds node on PATH: the node running this test first.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NODE_OPTIONS: `--require ${JSON.stringify(probe)}` },
  });
  assert.equal(r.status, 0, r.stderr);
  const execArgv = JSON.parse(readFileSync(seen, 'utf8')) as string[];
  for (const flag of CLI_NODE_FLAGS) assert.ok(execArgv.includes(flag), `${flag} not in ${execArgv.join(' ')}`);
  const analysis = JSON.parse(r.stdout) as { entities: { name: string }[] };
  assert.ok(analysis.entities.some((e) => e.name === 'Anton Berg'));
});
