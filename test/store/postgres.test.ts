/**
 * The store on PostgreSQL (a throwaway database on the local server): the same articles give the same answers as on
 * SQLite through every read query and export, the stored Analysis rebuilds exactly, and concurrent writers neither
 * lose an update nor make a cluster twice.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import type { Article } from '../../src/model/doc.js';
import type { Analysis } from '../../src/model/schema.js';
import { CLUSTER_WINDOW_DAYS, Store } from '../../src/store/store.js';
import {
  queryActors,
  queryArticles,
  queryEntities,
  queryEvents,
  queryQuotes,
  type Filters,
} from '../../src/store/query.js';
import { queryDyadSeries, topDyads } from '../../src/store/query-dyads.js';
import { gdeltLines, ploverLines } from '../../src/store/export.js';
import { queryEventTable, queryNetwork, searchActors, searchQuotes } from '../../src/store/query-explore.js';
import { addDays } from '../../src/store/identity.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
let pg: TestDatabase | undefined;
let articles: Article[];
let analyses: Analysis[];

before(async () => {
  if (skip) return;
  pg = await createTestDatabase();
  articles = await readAllArticles(join(import.meta.dirname, '../../examples/dyad'));
  analyses = articles.map((a) => analyze(a));
});
after(async () => {
  await pg?.drop();
});

/** Export lines, with GDELT's DATEADDED (when the article was stored: each store's own second) blanked. */
async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const l of lines) out.push(l.replace(/\t\d{14}\t/, '\tDATEADDED\t'));
  return out;
}

test('every read query and export answers the same on PostgreSQL as on SQLite', { skip }, async () => {
  const sqlite = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-pg-')), 's.db'));
  const postgres = await Store.open(`${pg!.url}`);
  try {
    for (const store of [sqlite, postgres]) {
      // Two batches, so the second finds the first's clusters and near-duplicates in the store.
      const half = Math.floor(articles.length / 2);
      await store.write(articles.slice(0, half).map((article, i) => ({ article, analysis: analyses[i] })));
      await store.write(articles.slice(half).map((article, i) => ({ article, analysis: analyses[half + i] })));
    }
    const filters: Filters[] = [
      {},
      { dyad: ['CHL', 'PER'] },
      { actor: 'CHL', quad: 4 },
      { text: 'fish' },
      { text: 'talks chile' },
      { since: '2025-09-05', until: '2025-10-01', type: 'ACCUSE' },
    ];
    for (const f of filters) {
      const what = JSON.stringify(f);
      for (const q of [queryEvents, queryQuotes, queryEntities, queryArticles, topDyads, queryActors] as const)
        assert.deepEqual(await q(postgres.db, f), await q(sqlite.db, f), `${q.name} ${what}`);
      assert.deepEqual(
        await queryQuotes(postgres.db, { ...f, speaker: 'minister' }),
        await queryQuotes(sqlite.db, { ...f, speaker: 'minister' }),
      );
      assert.deepEqual(
        await collect(gdeltLines(postgres.db, f)),
        await collect(gdeltLines(sqlite.db, f)),
        `gdelt ${what}`,
      );
      assert.deepEqual(
        await collect(ploverLines(postgres.db, f)),
        await collect(ploverLines(sqlite.db, f)),
        `plover ${what}`,
      );
    }
    // An actor code prefix in small letters finds what the capitals find, on both stores.
    for (const store of [sqlite, postgres])
      for (const q of [queryEvents, queryQuotes, queryEntities, queryActors] as const) {
        const upper = await q(store.db, { actor: 'CHL' });
        assert.ok(upper.length > 0, `${q.name} CHL finds something`);
        assert.deepEqual(await q(store.db, { actor: 'chl' }), upper, `${q.name} chl on ${store.path}`);
      }
    for (const f of filters) {
      const what = JSON.stringify(f);
      for (const sort of ['day', 'goldstein'] as const) {
        const page = { sort, dir: 'desc', offset: 0, limit: 50 } as const;
        assert.deepEqual(await queryEventTable(postgres.db, f, page), await queryEventTable(sqlite.db, f, page), what);
      }
      for (const level of ['country', 'actor'] as const)
        assert.deepEqual(
          await queryNetwork(postgres.db, f, level, 50),
          await queryNetwork(sqlite.db, f, level, 50),
          what,
        );
      assert.deepEqual(await searchQuotes(postgres.db, f), await searchQuotes(sqlite.db, f), `searchQuotes ${what}`);
    }
    for (const q of ['per', 'CHL', 'gov'])
      assert.deepEqual(await searchActors(postgres.db, q, 20), await searchActors(sqlite.db, q, 20), q);
    for (const interval of ['day', 'week'] as const)
      assert.deepEqual(
        await queryDyadSeries(postgres.db, { dyad: ['CHL', 'PER'] }, interval),
        await queryDyadSeries(sqlite.db, { dyad: ['CHL', 'PER'] }, interval),
      );
    assert.ok((await queryQuotes(postgres.db, { text: 'fish' })).length > 0, 'the full-text filter finds something');
    assert.deepEqual(await postgres.totals(), await sqlite.totals());
    for (const a of analyses) assert.deepEqual(await postgres.analysis(a.article.id), a, a.article.id);
  } finally {
    await sqlite.close();
    await postgres.close();
  }
});

test(
  'concurrent writers on PostgreSQL: every article once, no cluster made twice, counts that add up',
  { skip },
  async () => {
    const db = await createTestDatabase();
    const writers = await Promise.all([1, 2, 3, 4].map(() => Store.open(db.url)));
    try {
      // Each writer takes every fourth article and writes them one transaction each, all four at once; all also try
      // the first article, which must be stored once.
      await Promise.all(
        writers.map(async (store, w) => {
          for (let i = w; i < articles.length; i += writers.length)
            await store.write([{ article: articles[i], analysis: analyses[i] }]);
          await store.write([{ article: articles[0], analysis: analyses[0] }]);
        }),
      );
      const store = writers[0];
      const totals = await store.totals();
      assert.equal(totals.articles, articles.length);
      assert.equal(
        totals.events,
        analyses.reduce((n, a) => n + a.events.length, 0),
      );
      const clusters = await store.db.selectFrom('clusters').selectAll().execute();
      const events = await store.db.selectFrom('events').select(['cluster']).execute();
      const reports = new Map<number, number>();
      for (const e of events) reports.set(e.cluster!, (reports.get(e.cluster!) ?? 0) + 1);
      for (const c of clusters) assert.equal(c.num_mentions, reports.get(c.id), `cluster ${c.id} counts its reports`);
      assert.equal(clusters.length, reports.size, 'no cluster without reports');
      // Two clusters of one key that fit in one window together would have been one: a writer that did not see the
      // other's cluster made its own.
      for (const a of clusters)
        for (const b of clusters) {
          if (a.id >= b.id || a.source_code !== b.source_code || a.target_code !== b.target_code || a.root !== b.root)
            continue;
          if (!a.source_code || !a.target_code) continue;
          const first = a.first_day < b.first_day ? a.first_day : b.first_day;
          const last = a.last_day > b.last_day ? a.last_day : b.last_day;
          assert.ok(addDays(first, CLUSTER_WINDOW_DAYS) < last, `clusters ${a.id} and ${b.id} are one event`);
        }
    } finally {
      for (const w of writers) await w.close();
      await db.drop();
    }
  },
);
