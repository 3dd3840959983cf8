/** Each export read back: GDELT's 61 tab-separated columns, PLOVER JSON, CSV and JSON lines agree with the store. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { GDELT_COLUMNS } from '../../src/store/export.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/bundle/parley.js');
const noBuild = !existsSync(bin) && 'no dist/bundle (npm run build)';
const db = join(mkdtempSync(join(tmpdir(), 'parley-export-')), 'p.db');

function parley(args: string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function rows<T>(sql: string): T[] {
  const d = new DatabaseSync(db, { readOnly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}

before(() => {
  if (!noBuild) parley(['ingest', join(root, 'examples/dyad'), '--quiet']);
});

test('GDELT: one row per event cluster, 61 columns in codebook order, values from the store', { skip: noBuild }, () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const tsv = parley(['export', '--format', 'gdelt']);
  const records = parse(tsv, { delimiter: '\t', quote: false, relax_column_count: true }) as string[][];
  interface ClusterRow {
    id: number;
    num_mentions: number;
    num_articles: number;
    num_sources: number;
    cameo: string;
    quad_class: number;
    goldstein: number;
    day: string;
    url: string | null;
    source: string | null;
  }
  const clusters = rows<ClusterRow>(
    `select c.id, c.num_mentions, c.num_articles, c.num_sources, e.cameo, e.quad_class, e.goldstein, e.day, a.url, a.source
     from clusters c join events e on e.seq = (select min(seq) from events where cluster = c.id) join articles a on a.seq = e.article`,
  );
  assert.equal(records.length, clusters.length);
  const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);
  const byId = new Map(clusters.map((c) => [String(c.id), c]));
  for (const r of records) {
    assert.equal(r.length, 61);
    const c = byId.get(r[col('GlobalEventID')]);
    assert.ok(c, r[0]);
    assert.equal(r[col('Day')], c.day.replace(/-/g, ''));
    assert.equal(r[col('EventCode')], c.cameo);
    assert.equal(r[col('EventRootCode')], c.cameo.slice(0, 2));
    assert.equal(Number(r[col('QuadClass')]), c.quad_class);
    assert.equal(Number(r[col('GoldsteinScale')]), c.goldstein);
    const counts = [r[col('NumMentions')], r[col('NumSources')], r[col('NumArticles')]].map(Number);
    assert.deepEqual(counts, [c.num_mentions, c.num_sources, c.num_articles]);
    assert.equal(r[col('SOURCEURL')], c.url ?? c.source ?? '');
    assert.equal(r[col('AvgTone')], '');
  }
  // The syndicated copies make clusters of two articles.
  assert.ok(records.some((r) => Number(r[col('NumArticles')]) > 1));
});

test('PLOVER: one JSON record per report with its type, actors and provenance', { skip: noBuild }, () => {
  const lines = parley(['export', '--format', 'plover', '--dyad', 'CHL,PER']).trim().split('\n');
  const stored = rows<{ key: string; plover: string | null; cameo: string }>(
    `select a.ext_id || ':' || e.id as key, e.plover, e.cameo from events e join articles a on a.seq = e.article
     where (e.source_country = 'CHL' and e.target_country = 'PER') or (e.source_country = 'PER' and e.target_country = 'CHL')`,
  );
  assert.equal(lines.length, stored.length);
  const byKey = new Map(stored.map((s) => [s.key, s]));
  for (const line of lines) {
    const r = JSON.parse(line) as {
      event_id: string;
      event_type: string | null;
      cameo: string;
      actor: { country: string };
      recipient: { country: string };
    };
    assert.equal(r.event_type, byKey.get(r.event_id)?.plover);
    assert.equal(r.cameo, byKey.get(r.event_id)?.cameo);
    assert.deepEqual([r.actor.country, r.recipient.country].sort(), ['CHL', 'PER']);
  }
});

test('CSV and JSON lines carry the same rows, one per event, with a header in the CSV', { skip: noBuild }, () => {
  const csv = parse(parley(['export', '--format', 'csv']), { columns: true }) as Record<string, string>[];
  const jsonl = parley(['export', '--format', 'jsonl'])
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string | number | null>);
  const events = rows<{ n: number }>('select count(*) as n from events')[0].n;
  assert.equal(csv.length, events);
  assert.equal(jsonl.length, events);
  assert.deepEqual(Object.keys(csv[0]), Object.keys(jsonl[0]));
  for (let i = 0; i < csv.length; i++) {
    for (const [k, v] of Object.entries(jsonl[i]))
      assert.equal(csv[i][k], v === null ? '' : String(v), `row ${i} ${k}`);
  }
});
