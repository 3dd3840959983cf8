/**
 * `--jobs`: the worker pool must print exactly what the in-process path prints, in input order, report a bad record
 * while the others go through, and exit cleanly. Runs the CLI from source (tsx) and, when built, from dist/ and from
 * the bundle (dist/bundle/, the `parley` command).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { chooseJobs, chooseMode, defaultJobs, SMALL_INPUT_BYTES } from '../../src/cli/run-articles.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fromSource = ['--import', 'tsx', join(root, 'src/cli/main.ts')];
const fromDist = join(root, 'dist/cli/main.js');
const fromBundle = join(root, 'dist/bundle/parley.js');

// Short articles written for this test.
const STORIES = [
  'The mayor of Lindenport, Clara Vos, said on Monday that the harbor would reopen next week. "We are ready," Vos told reporters.',
  'Foreign Minister Anton Berg met his Estonian counterpart in Tallinn on Tuesday. Berg said talks would continue in March.',
  'Police arrested two men in Oslo on Friday after a protest outside parliament turned violent, a spokesman said.',
  'The central bank raised interest rates by half a point on Wednesday. "Inflation is still too high," governor Maria Lund said.',
  'Rebels attacked a convoy near the border on Sunday, killing three soldiers, the army said in a statement.',
  'President Elena Moro will visit Japan in June, her office announced on Thursday, the first such trip in a decade.',
];

function jsonl(withBadLine: boolean): string {
  const lines = STORIES.map((text, i) => JSON.stringify({ id: `s${i + 1}`, date: '2025-05-0' + ((i % 9) + 1), text }));
  if (withBadLine) lines.splice(3, 0, '{"id": "broken", "text": ');
  return lines.join('\n') + '\n';
}

function writeInput(withBadLine: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
  const file = join(dir, 'stories.jsonl');
  writeFileSync(file, jsonl(withBadLine));
  return file;
}

function cli(cmd: string[], args: string[], input?: string) {
  const r = spawnSync(process.execPath, [...cmd, ...args], { input, encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const runners: [string, string[]][] = [['source', fromSource]];
if (existsSync(fromDist)) runners.push(['dist', [fromDist]]);
if (existsSync(fromBundle)) runners.push(['bundle', [fromBundle]]);

test('the bundled CLI prints byte for byte what the CLI from source prints (analyze in every mode, quotes, events, pretty)', { skip: !existsSync(fromBundle) && 'no dist/bundle (npm run build)' }, () => {
  const file = writeInput(false);
  const commands = [
    ['analyze', file, '--jobs', '1'], ['analyze', file, '--jobs', 'split'], ['analyze', file, '--jobs', '2'],
    ['quotes', file], ['events', file, '--json'], ['analyze', file, '--format', 'pretty'],
  ];
  for (const args of commands) {
    const src = cli(fromSource, args);
    const bundled = cli([fromBundle], args);
    assert.equal(src.status, 0, src.stderr);
    assert.equal(bundled.status, 0, bundled.stderr);
    assert.ok(src.stdout.length > 0, args.join(' '));
    assert.equal(bundled.stdout, src.stdout, args.join(' '));
  }
});

for (const [name, cmd] of runners) {
  test(`${name}: analyze --jobs 2 prints byte for byte what --jobs 1 prints, in input order`, () => {
    const file = writeInput(false);
    const one = cli(cmd, ['analyze', file, '--jobs', '1']);
    const two = cli(cmd, ['analyze', file, '--jobs', '2']);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(one.stderr, '');
    assert.equal(two.stderr, '');
    const ids = two.stdout.trim().split('\n').map((l) => JSON.parse(l).article.id);
    assert.deepEqual(ids, STORIES.map((_, i) => `s${i + 1}`));
    assert.equal(two.stdout, one.stdout);
  });

  test(`${name}: a bad record in the middle is reported, the others go through, exit status 1`, () => {
    const file = writeInput(true);
    const one = cli(cmd, ['analyze', file, '--jobs', '1']);
    const two = cli(cmd, ['analyze', file, '--jobs', '2']);
    const split = cli(cmd, ['analyze', file, '--jobs', 'split']);
    for (const r of [one, two, split]) {
      assert.equal(r.status, 1);
      assert.match(r.stderr, /stories\.jsonl:4.*invalid JSON/);
      assert.match(r.stderr, /1 input problem reported above/);
      assert.equal(r.stdout.trim().split('\n').length, STORIES.length);
    }
    assert.equal(two.stdout, one.stdout);
    assert.equal(split.stdout, one.stdout);
  });

  test(`${name}: analyze --jobs split (early stages here, the rest on a worker) prints byte for byte what --jobs 1 prints`, () => {
    const file = writeInput(false);
    const one = cli(cmd, ['analyze', file, '--jobs', '1']);
    const split = cli(cmd, ['analyze', file, '--jobs', 'split']);
    assert.equal(split.status, 0, split.stderr);
    assert.equal(split.stderr, '');
    assert.ok(one.stdout.length > 0);
    assert.equal(split.stdout, one.stdout);
  });
}

test('quotes, events and pretty print the same on workers (stdin) as in-process', () => {
  const input = jsonl(false);
  for (const command of [['quotes'], ['events'], ['events', '--json'], ['analyze', '--format', 'pretty']]) {
    const one = cli(fromSource, [...command, '-', '--input', 'jsonl', '--jobs', '1'], input);
    const many = cli(fromSource, [...command, '-', '--input', 'jsonl', '--jobs', '3'], input);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(many.status, 0, many.stderr);
    assert.ok(one.stdout.length > 0);
    assert.equal(many.stdout, one.stdout, command.join(' '));
  }
});

test('--jobs must be a whole number >= 1 or split; split only for analyze --format json', () => {
  const r = cli(fromSource, ['analyze', '-', '--jobs', '0'], '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--jobs/);
  const q = cli(fromSource, ['quotes', '-', '--input', 'jsonl', '--jobs', 'split'], jsonl(false));
  assert.equal(q.status, 1);
  assert.match(q.stderr, /--jobs split works with analyze --format json only/);
  assert.equal(q.stdout, '');
});

for (const jobs of ['2', 'split']) test(`a reader that closes early (| head) ends the run without a hang or an EPIPE crash (--jobs ${jobs})`, async () => {
  const many = Array.from({ length: 60 }, () => jsonl(false)).join('');
  const child = spawn(process.execPath, [...fromSource, 'analyze', '-', '--input', 'jsonl', '--jobs', jobs], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(many);
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});

test('chooseJobs: explicit --jobs is obeyed; by default small files stay in-process, stdin and folders use workers', () => {
  const small = writeInput(false);
  const dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, jsonl(false).repeat(Math.ceil(SMALL_INPUT_BYTES / jsonl(false).length) + 1));
  const cores = defaultJobs();
  const pool = cores > 1 ? cores : 0;
  assert.equal(defaultJobs(2), 1);
  assert.equal(defaultJobs(8), 8);
  assert.equal(defaultJobs(availableParallelism()), cores);
  assert.equal(chooseJobs([small], 1), 0);
  assert.equal(chooseJobs([small], 4), 4);
  assert.equal(chooseJobs([small], undefined), 0);
  assert.equal(chooseJobs([big], undefined), pool);
  assert.equal(chooseJobs([small, '-'], undefined), pool);
  assert.equal(chooseJobs([dir], undefined), pool);
});

test('chooseMode: by default workers on 3+ cores, the stage split on 2 (JSON lines only), in-process on 1 core or for small files', () => {
  const small = writeInput(false);
  const dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, jsonl(false).repeat(Math.ceil(SMALL_INPUT_BYTES / jsonl(false).length) + 1));
  const render = (): string => '';
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
