/**
 * The job queue on a real local PostgreSQL (a throwaway database per test), driven through the bundled CLI:
 * three worker processes, one killed with SIGKILL mid-run and one stopped with SIGTERM, store every Reuters article
 * exactly once with the events and quotes a single-process SQLite ingest gives; enqueueing the same input again adds
 * nothing; a poison record is retried a bounded number of times, ends in `failures`, and the queue goes on.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Store } from '../../src/store/store.js';
import { ingest } from '../../src/store/ingest.js';
import { BUNDLE, ROOT, parley } from '../helpers/cli.js';
import { shared } from '../helpers/shared.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
const reuters = shared('corpora', 'reuters21578');
/**
 * Articles of the kill test: the issue's 2,000 (24 s on a quiet 2-core machine, 153 s at load 14);
 * PARLEY_QUEUE_TEST_ARTICLES sets fewer for a quick run.
 */
const ARTICLES = Number(process.env.PARLEY_QUEUE_TEST_ARTICLES ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'parley-queue-'));
const databases: TestDatabase[] = [];
after(async () => {
  for (const d of databases) await d.drop();
});

async function database(): Promise<string> {
  const d = await createTestDatabase();
  databases.push(d);
  return d.url;
}

function worker(
  db: string,
  ...args: string[]
): { child: ChildProcess; exited: Promise<number | null>; err: () => string } {
  const child = spawn(
    process.execPath,
    [BUNDLE, 'worker', '--db', db, '--until-empty', '--lease', '2s', '--poll', '200ms', '--batch', '20', ...args],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, err: () => err };
}

async function jobStates(db: string): Promise<Record<string, number>> {
  const r = parley(['status', '--db', db, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

/** JSON with every object's keys sorted (jsonb keeps keys in its own order). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** Event or quote rows keyed by article content id and index, without the store-local numbers (seq, cluster). */
async function layerRows(location: string, table: 'events' | 'quotes'): Promise<string[]> {
  const store = await Store.open(location);
  try {
    const rows = await store.db
      .selectFrom(table)
      .innerJoin('articles', 'articles.seq', `${table}.article`)
      .selectAll(table)
      .select('articles.id as article_id')
      .execute();
    return rows
      .map((r) => {
        // seq, article and cluster are numbers local to each store.
        const rest: Record<string, unknown> = { ...r };
        for (const local of ['seq', 'article', 'cluster', 'extra']) delete rest[local];
        const extra = (r as Record<string, unknown>).extra;
        return canonical({ ...rest, extra: typeof extra === 'string' ? JSON.parse(extra) : extra });
      })
      .sort();
  } finally {
    await store.close();
  }
}

test(
  `3 workers on ${ARTICLES} Reuters articles, one killed mid-run: each article once, results equal to a SQLite ingest`,
  { skip: skip || reuters.skip, timeout: 600_000 },
  async () => {
    const records: unknown[] = [];
    for (const file of ['reut2-000.json', 'reut2-001.json', 'reut2-002.json', 'reut2-003.json']) {
      for (const r of JSON.parse(readFileSync(join(reuters.path, file), 'utf8')) as { body?: string }[])
        if (records.length < ARTICLES && r.body && r.body.trim()) records.push(r);
    }
    assert.equal(records.length, ARTICLES);
    const input = join(dir, 'reuters.json');
    writeFileSync(input, JSON.stringify(records));
    const sqlite = join(dir, 'reference.db');
    // The reference is ingest without the actor memory (migration 0006), which codes each batch with what earlier
    // batches taught it: its results depend on the order articles arrive in, which a queue does not keep, so the
    // workers run without it too (--no-actor-memory).
    const reference = await Store.open(sqlite);
    try {
      const r = await ingest(reference, {
        paths: [input],
        format: 'auto',
        mode: { kind: 'in-process' },
        actorMemory: false,
      });
      assert.equal(r.failures, 0);
    } finally {
      await reference.close();
    }

    const db = await database();
    const first = parley(['enqueue', input, '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, new RegExp(`${ARTICLES} jobs added`));
    const again = parley(['enqueue', input, '--db', db]);
    assert.match(again.stderr, /: 0 jobs added/);
    assert.equal((await jobStates(db)).queued, ARTICLES, 'enqueueing again added nothing');

    const workers = [worker(db, '--no-actor-memory'), worker(db, '--no-actor-memory'), worker(db, '--no-actor-memory')];
    // Kill the first one once the run is well under way (its claimed batch is then left to its lease).
    for (let t = 0; t < 600; t++) {
      if ((await jobStates(db)).done >= ARTICLES / 4) break;
      await sleep(100);
    }
    workers[0].child.kill('SIGKILL');
    assert.equal(await workers[0].exited, null);
    // Stop the second with SIGTERM mid-run: it commits the batch in hand and exits 0, holding no job.
    for (let t = 0; t < 600; t++) {
      if ((await jobStates(db)).done >= ARTICLES / 2) break;
      await sleep(100);
    }
    workers[1].child.kill('SIGTERM');
    assert.equal(await workers[1].exited, 0, workers[1].err());
    assert.match(workers[1].err(), /stopped by signal/);
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    const held = await client.query(`select count(*)::int as n from jobs where state = 'running' and worker like $1`, [
      `%:${workers[1].child.pid}`,
    ]);
    await client.end();
    assert.equal(held.rows[0].n, 0, 'the stopped worker holds no job');
    assert.equal(await workers[2].exited, 0, workers[2].err());
    const states = await jobStates(db);
    assert.deepEqual([states.queued, states.running, states.done, states.failed], [0, 0, ARTICLES, 0]);

    const store = await Store.open(db);
    try {
      const t = await store.totals();
      assert.equal(t.articles, ARTICLES, 'every article stored once');
      assert.equal(t.failures, 0);
    } finally {
      await store.close();
    }
    for (const table of ['events', 'quotes'] as const) {
      const [got, want] = [await layerRows(db, table), await layerRows(sqlite, table)];
      assert.ok(want.length > 100, `${table}: the reference has rows`);
      assert.equal(got.length, want.length, `${table} rows`);
      assert.deepEqual(got, want, table);
    }
    // Enqueued after the run, the same input still adds nothing: its jobs are done and its articles stored.
    assert.match(parley(['enqueue', input, '--db', db]).stderr, /: 0 jobs added/);
  },
);

test('a poison record is retried 3 times, then stored in failures, and the other jobs are done', { skip }, async () => {
  const db = await database();
  // Short articles written for this test.
  const stories = [
    'The mayor of Lindenport, Clara Vos, said on Monday that the harbor would reopen next week.',
    'Police arrested two men in Oslo on Friday after a protest outside parliament turned violent, a spokesman said.',
    'Rebels attacked a convoy near the border on Sunday, killing three soldiers, the army said in a statement.',
  ];
  const input = join(dir, 'stories.jsonl');
  writeFileSync(input, stories.map((text, i) => JSON.stringify({ id: `s${i}`, date: '2025-05-02', text })).join('\n'));
  assert.equal(parley(['enqueue', input, '--db', db]).status, 0);
  // A record no reader would produce (a number for its text), as a corrupted row or a crashing analysis would be.
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  await client.query(
    `insert into jobs (key, article) values ('poison', '{"id": "bad", "date": "2025-05-02", "text": 7}')`,
  );
  await client.end();
  assert.equal(parley(['enqueue', input, '--db', db]).stderr.includes(': 0 jobs added'), true);
  const w = worker(db);
  assert.equal(await w.exited, 0, w.err());
  assert.match(w.err(), /job \d+ failed 3 times: analysis failed: .*no text/);
  const states = await jobStates(db);
  assert.deepEqual([states.queued, states.running, states.done, states.failed], [0, 0, 3, 1]);
  const store = await Store.open(db);
  try {
    const failures = await store.db.selectFrom('failures').select(['article_ext_id', 'reason']).execute();
    assert.equal(failures.length, 1);
    assert.equal(failures[0].article_ext_id, 'bad');
    assert.match(failures[0].reason, /failed 3 times/);
    assert.equal((await store.totals()).articles, 3);
  } finally {
    await store.close();
  }
});
