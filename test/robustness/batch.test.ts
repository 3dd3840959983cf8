/** The batch goes on: a failing article is reported alone; workers are bounded in number, memory and time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { mapOrdered } from '../../src/work/pool.js';
import { capJobs, failureMessage, MAX_JOBS_PER_CORE } from '../../src/cli/run-articles.js';
import { spawnSync } from 'node:child_process';
import { parley, root, write, STACK_LINE } from './helpers.js';

const workerUrl = new URL('./fixtures/budget-worker.ts', import.meta.url);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('workers start as work needs them: 2 tasks on a pool of 50 start at most 2 threads', async () => {
  const results = await collect(mapOrdered<string, number>(['thread', 'thread'], { workerUrl, workers: 50 }));
  const threads = new Set(results.map((r) => (r.ok ? r.value : -1)));
  assert.ok(!threads.has(-1));
  assert.ok(threads.size <= 2, `${threads.size} threads`);
});

test('a task past the memory budget fails alone, in words, and the next tasks go on', async () => {
  const inputs: (number | string)[] = [1, 'grow', 2, 3];
  const results = await collect(
    mapOrdered<number | string, number>(inputs, {
      workerUrl,
      workers: 1,
      resourceLimits: { maxOldGenerationSizeMb: 32 },
    }),
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    [2, 'ran out of memory (the memory budget is 32 MB per worker)', 4, 6],
  );
});

test('a task past the time budget is stopped, fails alone, and the next tasks go on', async () => {
  const inputs: (number | string)[] = [1, 'spin', 2];
  const results = await collect(
    mapOrdered<number | string, number>(inputs, { workerUrl, workers: 1, taskTimeoutMs: 1500 }),
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    [2, 'took longer than the time budget of 2 s per article', 4],
  );
});

test('a failed article is reported with its id, the reason and what to do', () => {
  assert.equal(
    failureMessage('wire.jsonl:7', 'ran out of memory (the memory budget is 2048 MB per worker)'),
    'wire.jsonl:7: not analyzed: ran out of memory (the memory budget is 2048 MB per worker); split it into shorter articles, ' +
      'or raise PARLEY_ARTICLE_MEMORY_MB / PARLEY_ARTICLE_SECONDS (docs/limits.md); the other articles go on',
  );
  assert.match(failureMessage('a.txt', 'Cannot read properties of undefined'), /a bug in parley: please report it/);
});

test('an article past its budget is reported and the batch goes on, in every --jobs mode', () => {
  // 3 MB of names and words: its analysis needs several times the 64 MB budget; a worker with its tables needs ~30.
  const words = ['the', 'council', 'met', 'Maria', 'Lopez', 'in', 'Lima', 'and', 'said', 'talks', 'would', 'go', 'on'];
  const big = Array.from({ length: 660_000 }, (_, i) => words[i % words.length] + (i % 37 === 36 ? ',' : ''))
    .join(' ')
    .slice(0, 3_000_000);
  const lines = [
    { id: 'first', date: '2025-01-02', text: 'The council met.' },
    { id: 'huge', date: '2025-01-02', text: big },
    { id: 'last', date: '2025-01-02', text: 'The council voted.' },
  ];
  const path = write('budget.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  for (const jobs of ['1', '2', 'split']) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', path, '--jobs', jobs], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      // A memory budget the huge article cannot fit in; the small ones do.
      env: { ...process.env, PARLEY_ARTICLE_MEMORY_MB: '64' },
    });
    assert.equal(r.status, 1, `--jobs ${jobs}: ${r.stderr}`);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).article.id),
      ['first', 'last'],
      `--jobs ${jobs}`,
    );
    assert.match(
      r.stderr,
      /^parley: huge: not analyzed: ran out of memory \(the memory budget is 64 MB per worker\); split it into shorter articles/m,
    );
    assert.doesNotMatch(r.stderr, STACK_LINE);
  }
});

test('--jobs is capped at MAX_JOBS_PER_CORE x the cores, with a warning', () => {
  const warnings: string[] = [];
  assert.equal(
    capJobs(1000, (m) => warnings.push(m), 2),
    2 * MAX_JOBS_PER_CORE,
  );
  assert.equal(
    capJobs(3, (m) => warnings.push(m), 2),
    3,
  );
  assert.deepEqual(warnings, [
    `--jobs 1000 is more than ${MAX_JOBS_PER_CORE} per core (2 cores here): using ${2 * MAX_JOBS_PER_CORE}`,
  ]);
  const path = write('small.jsonl', '{"id":"s1","date":"2025-01-02","text":"The council met."}\n');
  const started = Date.now();
  const r = parley(['analyze', path, '--jobs', '1000'], { heapMb: 512, timeoutMs: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stderr,
    `parley: warning: --jobs 1000 is more than ${MAX_JOBS_PER_CORE} per core (${availableParallelism()} cores here): using ${MAX_JOBS_PER_CORE * availableParallelism()}\n`,
  );
  assert.equal(JSON.parse(r.stdout).article.id, 's1');
  assert.ok(Date.now() - started < 30_000);
});

test(
  'a write error other than a closed pipe: one line, exit 1, no stack',
  { skip: process.platform !== 'linux' && 'needs /dev/full' },
  async () => {
    const { openSync, closeSync } = await import('node:fs');
    const path = write('full.jsonl', '{"id":"f1","date":"2025-01-02","text":"The council met."}\n');
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', path], {
        cwd: root,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(r.status, 1);
      assert.equal(r.stderr, 'parley: cannot write output: no space left on device\n');
    } finally {
      closeSync(full);
    }
  },
);

test('--dict refuses a file that is not a dictionary; eval refuses gold of another kind', () => {
  const article = write('dict-article.txt', 'date 2025-01-02\n\nThe council met.\n');
  const prose = write('prose.txt', 'This is a paragraph of prose.\nIt has no codes in brackets.\n');
  const d = parley(['analyze', article, '--dict', prose]);
  assert.equal(d.status, 1);
  assert.match(d.stderr, /^parley: .*prose\.txt: not a dictionary: no actor, agent, verb or discard entries/);
  for (const task of ['ner', 'timex']) {
    const e = parley(['eval', task, '--gold', article]);
    assert.equal(e.status, 1);
    assert.match(
      e.stderr,
      new RegExp(`^parley: .*dict-article\\.txt: not ${task} gold: no (documents|gold annotations) found in it`),
    );
    assert.doesNotMatch(e.stderr, STACK_LINE);
  }
  // JSON that is not PLOVER gold trips the PLOVER reader: said as such, not as a crash.
  const json = write('not-plover.json', '{"a": 1}\n');
  const p = parley(['eval', 'events', '--gold', json]);
  assert.equal(p.status, 1);
  assert.match(p.stderr, /^parley: .*not-plover\.json: not events gold: it does not read as PLOVER \.json/);
});
