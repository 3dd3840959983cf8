/** How `parley` picks its run mode from --jobs, the input and the number of cores (no process is started here). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseJobs, chooseMode, defaultJobs, SMALL_INPUT_BYTES } from '../../src/cli/run-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
const small = join(dir, 'small.jsonl');
writeFileSync(small, '{"id":"a","date":"2025-05-01","text":"The harbor reopened."}\n');
const big = join(dir, 'big.jsonl');
writeFileSync(big, 'x'.repeat(SMALL_INPUT_BYTES));
const render = (): string => '';

test('defaultJobs: one worker per core from 3 cores up, in-process (1) on 1 or 2', () => {
  assert.deepEqual(
    [1, 2, 3, 8].map((cores) => defaultJobs(cores)),
    [1, 1, 3, 8],
  );
});

test('chooseJobs: explicit --jobs is obeyed; by default small files stay in-process, stdin and folders use workers', () => {
  assert.equal(chooseJobs([small], 1, 8), 0);
  assert.equal(chooseJobs([small], 4, 2), 4);
  assert.equal(chooseJobs([small], undefined, 8), 0);
  assert.equal(chooseJobs([big], undefined, 8), 8);
  assert.equal(chooseJobs([big], undefined, 2), 0);
  assert.equal(chooseJobs([small, '-'], undefined, 8), 8);
  assert.equal(chooseJobs([dir], undefined, 4), 4);
});

test('chooseMode: by default workers on 3+ cores, the stage split on 2 (JSON lines only), in-process on 1 core or for small files', () => {
  assert.deepEqual(chooseMode([big], undefined, 'jsonl', 2), { kind: 'split' });
  assert.deepEqual(chooseMode(['-'], undefined, 'jsonl', 2), { kind: 'split' });
  assert.deepEqual(chooseMode([small], undefined, 'jsonl', 2), { kind: 'in-process' });
  assert.deepEqual(chooseMode([big], undefined, render, 2), { kind: 'in-process' });
  assert.deepEqual(chooseMode([big], undefined, 'jsonl', 1), { kind: 'in-process' });
  assert.deepEqual(chooseMode([big], undefined, 'jsonl', 8), { kind: 'workers', jobs: 8 });
  assert.deepEqual(chooseMode([small], undefined, 'jsonl', 8), { kind: 'in-process' });
  // Explicit --jobs wins.
  assert.deepEqual(chooseMode([big], 1, 'jsonl', 2), { kind: 'in-process' });
  assert.deepEqual(chooseMode([small], 3, 'jsonl', 2), { kind: 'workers', jobs: 3 });
  assert.deepEqual(chooseMode([small], 'split', 'jsonl', 8), { kind: 'split' });
  assert.throws(() => chooseMode([big], 'split', render, 2), /--jobs split works with analyze --format json only/);
});
