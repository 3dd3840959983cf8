/**
 * `parley actors recode`: an article stored before the actor memory learned its person ("Jane Quorra" ingested before
 * "US President Jane Quorra") is analyzed again with the memory; its entities, events and dyad rollups follow, and a
 * second run changes nothing. On SQLite and PostgreSQL. The names are made up, so no shipped dictionary knows them.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/doc.js';
import { Store } from '../../src/store/store.js';
import { ingest } from '../../src/store/ingest.js';
import { contentId } from '../../src/store/identity.js';
import { recodeArticles, recodeCandidates } from '../../src/store/actor-recode.js';
import { dyadSeriesFromEvents, dyadSeriesFromRollup } from '../../src/store/query-dyads.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
const databases: TestDatabase[] = [];
after(async () => {
  for (const d of databases) await d.drop();
});

const BARE: Article = {
  id: 'r1',
  meta: {},
  date: '2031-03-20',
  text: 'Jane Quorra met Petru Vasilache in Chisinau on Friday.',
};
const TITLED: Article = {
  id: 'r2',
  meta: {},
  date: '2031-03-02',
  text: 'US President Jane Quorra met the Moldovan foreign minister, Petru Vasilache, in Washington on Monday.',
};

async function check(store: Store): Promise<void> {
  await ingest(store, {
    paths: ['recode'],
    format: 'jsonl',
    mode: { kind: 'in-process' },
    batchSize: 1,
    read: async function* () {
      yield* [BARE, TITLED];
    },
  });
  const before = await store.analysis(contentId(BARE));
  assert.equal(before?.entities.find((e) => e.name === 'Jane Quorra')?.actor ?? null, null);
  assert.deepEqual(await recodeCandidates(store), [contentId(BARE)]);
  const seriesBefore = await dyadSeriesFromRollup(store.db, { dyad: ['USA', 'MDA'] }, 'day');
  assert.ok(!seriesBefore.some((r) => r.day === '2031-03-14'));

  const first = await recodeArticles(store);
  assert.deepEqual(first, { checked: 1, recoded: 1, failed: 0 });
  const after = await store.analysis(contentId(BARE));
  assert.equal(after?.entities.find((e) => e.name === 'Jane Quorra')?.actor?.code, 'USAGOV');
  const events = await store.db
    .selectFrom('events')
    .innerJoin('articles', 'articles.seq', 'events.article')
    .select(['events.source_code', 'events.target_code'])
    .where('articles.id', '=', contentId(BARE))
    .execute();
  assert.deepEqual(
    events.map((e) => [e.source_code, e.target_code]),
    [['USAGOV', 'MDAGOV']],
  );
  const series = await dyadSeriesFromRollup(store.db, { dyad: ['USA', 'MDA'] }, 'day');
  assert.deepEqual(series, await dyadSeriesFromEvents(store.db, { dyad: ['USA', 'MDA'] }, 'day'));
  // The meeting "on Friday" before the article's date is in the dyad's series now.
  assert.ok(series.some((r) => r.day === '2031-03-14' && r.events === 1));

  // Idempotent: nothing is left to recode.
  assert.deepEqual(await recodeCandidates(store), []);
  assert.deepEqual(await recodeArticles(store), { checked: 0, recoded: 0, failed: 0 });
}

test('recode on SQLite: the article stored before the fact is coded with it, once', async () => {
  const store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-recode-')), 'r.db'));
  try {
    await check(store);
  } finally {
    await store.close();
  }
});

test('recode on PostgreSQL: the same', { skip }, async () => {
  const d = await createTestDatabase();
  databases.push(d);
  const store = await Store.open(d.url);
  try {
    await check(store);
  } finally {
    await store.close();
  }
});
