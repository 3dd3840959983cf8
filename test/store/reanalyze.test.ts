/** `parley reanalyze` redoes the articles stored under another analyzer version, in place, clusters recounted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { ingest } from '../../src/store/ingest.js';
import { dyadSeriesFromEvents, dyadSeriesFromRollup } from '../../src/store/query-dyads.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/bundle/parley.js');

test(
  'articles stored by an older analyzer are analyzed again and read back as analyze() gives them',
  { skip: !existsSync(bin) && 'no build' },
  async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-reanalyze-')), 'r.db');
    const articles = (await readAllArticles(join(root, 'examples/dyad'))).slice(0, 8);
    // An "older analyzer" that found no events and no quotes.
    const old = await Store.open(db, { analyzerVersion: 'older' });
    await old.write(
      articles.map((article) => ({ article, analysis: { ...analyze(article), events: [], quotes: [] } })),
    );
    await old.close();

    const r = spawnSync(process.execPath, [bin, 'reanalyze', '--db', db], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /8 articles brought up to/);

    const store = await Store.open(db);
    assert.deepEqual(await store.staleArticles(10), []);
    for (const article of articles) {
      assert.deepStrictEqual(await store.analysis(article.id), JSON.parse(JSON.stringify(analyze(article))));
    }
    const totals = await store.totals();
    assert.equal(
      totals.events,
      articles.reduce((n, a) => n + analyze(a).events.length, 0),
    );
    const sum = await store.db
      .selectFrom('clusters')
      .select((eb) => eb.fn.sum<number>('num_mentions').as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(sum.n), totals.events);
    // The rollup was recomputed with the new events.
    const rollup = await dyadSeriesFromRollup(store.db, { dyad: ['CHL', 'PER'] }, 'day');
    assert.ok(rollup.length > 0);
    assert.deepEqual(rollup, await dyadSeriesFromEvents(store.db, { dyad: ['CHL', 'PER'] }, 'day'));
    await store.close();

    const again = spawnSync(process.execPath, [bin, 'reanalyze', '--db', db], { encoding: 'utf8' });
    assert.match(again.stderr, /0 articles brought up to/);
  },
);

test(
  'reanalyze codes with the store actor memory, as ingest did',
  { skip: !existsSync(bin) && 'no build' },
  async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parley-reanalyze-')), 'm.db');
    const titled = {
      id: 'm1',
      meta: {},
      date: '2031-03-02',
      text: 'US President Jane Quorra met the Moldovan foreign minister, Petru Vasilache, in Washington on Monday.',
    };
    const bare = {
      id: 'm2',
      meta: {},
      date: '2031-03-20',
      text: 'Jane Quorra met Petru Vasilache in Chisinau on Friday.',
    };
    const old = await Store.open(db, { analyzerVersion: 'older' });
    await ingest(old, {
      paths: ['m'],
      format: 'jsonl',
      mode: { kind: 'in-process' },
      batchSize: 1,
      read: async function* () {
        yield* [titled, bare];
      },
    });
    await old.close();
    const r = spawnSync(process.execPath, [bin, 'reanalyze', '--db', db], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /2 articles brought up to/);
    const store = await Store.open(db);
    const a = await store.analysis('m2');
    assert.equal(a?.entities.find((e) => e.name === 'Jane Quorra')?.actor?.source, 'memory');
    await store.close();
  },
);
