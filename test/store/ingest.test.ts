/**
 * `parley ingest` as a real child process on a real SQLite file: re-ingest adds nothing, bad records go to
 * `failures` and the run goes on (exit 1), and a run killed with SIGKILL then run again loses and duplicates nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/bundle/parley.js');
const examples = join(root, 'examples/dyad');
const noBuild = !existsSync(bin) && 'no dist/bundle (npm run build)';

function parley(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, PARLEY_DB: '' } });
}

function query<T>(db: string, sql: string): T[] {
  const d = new DatabaseSync(db, { readOnly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}

const count = (db: string, table: string) => query<{ n: number }>(db, `select count(*) as n from ${table}`)[0].n;

test('ingesting the same folder twice adds nothing the second time', { skip: noBuild }, () => {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-ingest-')), 'p.db');
  const first = parley(['ingest', examples, '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /30 added, 0 already stored/);
  const events = count(db, 'events');
  assert.ok(events > 0);
  const second = parley(['ingest', examples, '--db', db]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /0 added, 30 already stored/);
  assert.deepEqual([count(db, 'articles'), count(db, 'events')], [30, events]);
});

test(
  'bad records are stored in failures with file, line and reason; the good ones are ingested; exit 1',
  { skip: noBuild },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
    const db = join(dir, 'p.db');
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', date: '2025-10-01', text: 'Chile met Peru in Lima on Monday.' }),
        '{"id": "b", "date": ',
        JSON.stringify({ id: 'c', date: '2025-02-30', text: 'An impossible date.' }),
        JSON.stringify({ id: 'd', date: '2025-10-02', text: 'Peru thanked Chile on Tuesday.' }),
      ].join('\n') + '\n',
    );
    const r = parley(['ingest', input, '--db', db, '--quiet']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    const failures = query<{ file: string; line: number; field: string | null; reason: string }>(
      db,
      'select file, line, field, reason from failures order by line',
    );
    assert.deepEqual(
      failures.map((f) => [f.file, f.line, f.field]),
      [
        [input, 2, null],
        [input, 3, 'date'],
      ],
    );
    assert.match(failures[0].reason, /JSON/);
    const stored = query<{ ext_id: string }>(db, 'select ext_id from articles order by ext_id');
    assert.deepEqual(
      stored.map((a) => a.ext_id),
      ['a', 'd'],
    );
  },
);

/** A JSONL input of n short, distinct dated stories. */
function storyFile(dir: string, n: number): string {
  const pairs = [
    ['Chile', 'Peru'],
    ['Peru', 'Chile'],
    ['Brazil', 'Chile'],
    ['Peru', 'Brazil'],
  ];
  const verbs = ['met', 'accused', 'praised', 'criticized', 'thanked'];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = pairs[i % pairs.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text =
      `Lima, Oct ${Number(day)} (Andes Wire) ${a} ${verbs[i % verbs.length]} ${b} on Monday over fishing boat number ${i}. ` +
      `Officials said talks on quota ${i * 7} would continue.`;
    lines.push(JSON.stringify({ id: `s${i}`, date: `2025-10-${day}`, title: `Story ${i}`, text }));
  }
  const path = join(dir, 'stories.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

test(
  'a run killed with SIGKILL and run again loses nothing committed and duplicates nothing',
  { skip: noBuild, timeout: 120_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
    const input = storyFile(dir, 240);
    const db = join(dir, 'killed.db');
    const args = [bin, 'ingest', input, '--db', db, '--batch', '10', '--jobs', '1', '--quiet'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    let committed = 0;
    for (let i = 0; i < 600 && committed < 30; i++) {
      await sleep(50);
      if (!existsSync(db)) continue;
      try {
        committed = count(db, 'articles');
      } catch {
        // the schema is not there yet
      }
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const afterKill = count(db, 'articles');
    assert.ok(afterKill >= 30 && afterKill < 240, `killed after ${afterKill} articles`);

    const resumed = parley(['ingest', input, '--db', db, '--batch', '10', '--jobs', '1']);
    assert.equal(resumed.status, 0, resumed.stderr);
    assert.match(resumed.stderr, new RegExp(`${240 - afterKill} added, ${afterKill} already stored`));

    const clean = join(dir, 'clean.db');
    assert.equal(parley(['ingest', input, '--db', clean, '--quiet']).status, 0);
    const contents = (path: string) =>
      query<{ ext_id: string; events: number; mentions: number }>(
        path,
        `select ext_id, (select count(*) from events e where e.article = a.seq) as events,
        (select count(*) from mentions m where m.article = a.seq) as mentions from articles a order by ext_id`,
      );
    assert.deepEqual(contents(db), contents(clean));
    assert.equal(count(db, 'events'), count(clean, 'events'));
    assert.equal(
      query<{ n: number }>(db, 'select sum(num_mentions) as n from clusters')[0].n,
      query<{ n: number }>(clean, 'select sum(num_mentions) as n from clusters')[0].n,
    );
  },
);
