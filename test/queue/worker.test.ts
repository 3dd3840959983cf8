/**
 * `parley worker` on a throwaway PostgreSQL database: it codes with the store's actor memory as `parley ingest` does
 * (a fact learned from one batch codes a bare mention in the next), and a write that fails for one article is split
 * so that the others of its batch are stored and only that one is retried, then failed.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Article } from '../../src/model/doc.js';
import { Store } from '../../src/store/store.js';
import { contentId } from '../../src/store/identity.js';
import { memoryEntries } from '../../src/store/actor-memory.js';
import { enqueueArticles, migrateQueue, queueOf } from '../../src/queue/jobs.js';
import { runWorker, type WorkerOptions } from '../../src/queue/worker.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
const databases: TestDatabase[] = [];
after(async () => {
  for (const d of databases) await d.drop();
});

async function queueStore(articles: Article[]): Promise<Store> {
  const d = await createTestDatabase();
  databases.push(d);
  const store = await Store.open(d.url);
  await migrateQueue(store.db as unknown as Kysely<unknown>);
  await enqueueArticles(
    queueOf(store.db),
    articles.map((article) => ({ article })),
  );
  return store;
}

function options(batch: number): WorkerOptions {
  return { id: 'test', batch, leaseMs: 30_000, pollMs: 20, untilEmpty: true, signal: new AbortController().signal };
}

const TITLED: Article = {
  id: 'w1',
  meta: {},
  date: '2031-03-02',
  text: 'US President Jane Quorra met the Moldovan foreign minister, Petru Vasilache, in Washington on Monday.',
};
const BARE: Article = {
  id: 'w2',
  meta: {},
  date: '2031-05-10',
  text: 'Jane Quorra said on Friday that talks with Petru Vasilache would go on.',
};

test('the worker learns office-holders and codes later bare mentions with the memory', { skip }, async () => {
  const store = await queueStore([TITLED, BARE]);
  try {
    const totals = await runWorker(store, options(1));
    assert.equal(totals.added, 2);
    const entries = await memoryEntries(store.db as unknown as Kysely<unknown>);
    assert.equal(entries.find((e) => e.name === 'Jane Quorra')?.code, 'USAGOV');
    const bare = await store.analysis(contentId(BARE));
    assert.deepEqual(bare?.entities.find((e) => e.name === 'Jane Quorra')?.actor, {
      code: 'USAGOV',
      country: 'USA',
      sector: 'GOV',
      source: 'memory',
    });
  } finally {
    await store.close();
  }
});

test('without memory (actorMemory false) the bare mention stays uncoded', { skip }, async () => {
  const store = await queueStore([TITLED, BARE]);
  try {
    await runWorker(store, { ...options(1), actorMemory: false });
    const bare = await store.analysis(contentId(BARE));
    assert.equal(bare?.entities.find((e) => e.name === 'Jane Quorra')?.actor ?? null, null);
  } finally {
    await store.close();
  }
});

test('a write that fails for one article stores the rest of its batch and fails only that job', { skip }, async () => {
  const bad: Article = { ...BARE, id: 'bad', text: 'Petru Vasilache said nothing on Sunday.' };
  const store = await queueStore([TITLED, bad, BARE]);
  await store.db
    .updateTable('jobs' as never)
    .set({ max_attempts: 1 } as never)
    .execute();
  const write = store.write.bind(store);
  store.write = (items, ...rest) =>
    items.some((i) => i.article.id === 'bad') ? Promise.reject(new Error('disk full')) : write(items, ...rest);
  const failures: string[] = [];
  try {
    const totals = await runWorker(store, { ...options(3), onFailure: (f) => failures.push(f.reason) });
    assert.deepEqual([totals.done, totals.added, totals.failed], [2, 2, 1]);
    assert.ok(await store.analysis(contentId(TITLED)));
    assert.ok(await store.analysis(contentId(BARE)));
    assert.equal(await store.analysis(contentId(bad)), undefined);
    assert.equal(failures.length, 1);
    assert.match(failures[0], /store write failed: disk full/);
    const states = await queueOf(store.db).selectFrom('jobs').select(['key', 'state']).orderBy('id').execute();
    assert.deepEqual(
      states.map((s) => s.state),
      ['done', 'failed', 'done'],
    );
  } finally {
    await store.close();
  }
});
