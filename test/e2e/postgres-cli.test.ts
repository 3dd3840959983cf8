/**
 * Every command that takes --db works on a postgres:// URL as on a SQLite file: the same examples ingested into both
 * give the same output from query, export, alerts, reanalyze and the HTTP API (serve). A throwaway database on the
 * local PostgreSQL.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, parley } from '../helpers/cli.js';
import { startServer } from '../helpers/server-process.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
let pg: TestDatabase | undefined;
after(async () => {
  await pg?.drop();
});

test(
  'ingest, query, export, alerts, reanalyze, actors recode and serve answer the same on PostgreSQL and SQLite',
  { skip },
  async () => {
    pg = await createTestDatabase();
    const stores = [join(mkdtempSync(join(tmpdir(), 'parley-pgcli-')), 's.db'), pg.url];
    const outputs = (args: string[], env?: Record<string, string>) =>
      stores.map((db) => {
        const r = env ? parleyEnv([...args, '--db', db], env) : parley([...args, '--db', db]);
        assert.equal(r.status, 0, `${args.join(' ')} --db ${db}: ${r.stderr}`);
        // GDELT's DATEADDED is when the article was stored: each store's own second.
        return r.stdout.replace(/\t\d{14}\t/g, '\tDATEADDED\t');
      });
    const ingested = stores.map((db) => parley(['ingest', join(ROOT, 'examples/dyad'), '--db', db, '--jobs', '1']));
    for (const r of ingested) assert.equal(r.status, 0, r.stderr);
    assert.match(ingested[1].stderr, /30 added/);
    for (const args of [
      ['query', 'events', '--format', 'jsonl'],
      ['query', 'quotes', '--format', 'jsonl', '--text', 'fish'],
      ['query', 'quotes', '--format', 'jsonl', '--voice', 'all'],
      ['query', 'events', '--format', 'jsonl', '--actor', 'chl'],
      ['query', 'entities', '--format', 'csv'],
      ['query', 'articles', '--format', 'jsonl'],
      ['query', 'dyads', '--dyad', 'CHL,PER', '--interval', 'week', '--format', 'jsonl'],
      ['export', '--format', 'gdelt'],
      ['export', '--format', 'plover'],
      // Guards low enough that the 30 examples raise alerts.
      [
        'alerts',
        '--since',
        '2025-09-01',
        '--min-clusters',
        '1',
        '--min-sources',
        '1',
        '--ratio',
        '1',
        '--min-rise',
        '0',
        '--max-p',
        '1',
        '--format',
        'jsonl',
      ],
    ]) {
      const [sqlite, postgres] = outputs(args);
      assert.ok(sqlite.length > 0, args.join(' '));
      assert.equal(postgres, sqlite, args.join(' '));
    }
    const again = parley(['ingest', join(ROOT, 'examples/dyad'), '--db', pg.url, '--jobs', '1']);
    assert.match(again.stderr, /0 added, 30 already stored/);
    const reanalyzed = outputs(['reanalyze'], { PARLEY_ANALYZER_VERSION: 'pg-test-2' });
    assert.equal(reanalyzed[1], reanalyzed[0]);
    // Recoding with the actor memory is idempotent: a second run finds nothing to change.
    for (const db of stores) {
      const first = parley(['actors', 'recode', '--db', db]);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, /actors recode: \d+ articles checked, \d+ recoded, 0 failed/);
      assert.match(parley(['actors', 'recode', '--db', db]).stderr, /, 0 recoded, 0 failed/);
    }
    const servers = await Promise.all(stores.map((db) => startServer(db)));
    try {
      const bodies = await Promise.all(
        servers.map(async (s) => (await fetch(`${s.url}/events?dyad=CHL,PER&limit=5`)).text()),
      );
      assert.match(bodies[0], /"event_id"/);
      assert.equal(bodies[1], bodies[0]);
    } finally {
      for (const s of servers) await s.stop();
    }
  },
);

function parleyEnv(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return parley(args);
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
