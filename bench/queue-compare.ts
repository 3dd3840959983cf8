/**
 * The job-queue choice, measured (docs/scale-out.md): enqueue N article-sized jobs, then 2 consumers claim batches of
 * 20 and complete them, on pg-boss and on Parley's jobs table (FOR UPDATE SKIP LOCKED with leases), each in a fresh
 * database; plus what each does with the same key enqueued twice. No analysis: this is the queue's own cost.
 *
 *   npm i --prefix /tmp/qbench pg-boss@10.4.2
 *   PGBOSS=/tmp/qbench/node_modules/pg-boss/src/index.js node --import tsx bench/queue-compare.ts [N]
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { createTestDatabase } from '../test/helpers/postgres.js';
import { claimJobs, completeJobs, enqueueArticles, migrateQueue, type QueueSchema } from '../src/queue/jobs.js';

const N = Number(process.argv[2] ?? 5000);
const BATCH = 20;
const CONSUMERS = 2;
const text = 'Officials said on Monday that talks would resume next week. '.repeat(30);
const articles = Array.from({ length: N }, (_, i) => ({
  id: `a${i}`,
  date: '2025-05-02',
  text: `${i} ${text}`,
  meta: {},
}));

async function timed(label: string, f: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await f();
  const s = (performance.now() - t) / 1000;
  console.log(`${label}: ${s.toFixed(2)} s (${(N / s).toFixed(0)} jobs/s)`);
  return s;
}

async function table(): Promise<void> {
  const d = await createTestDatabase();
  const db = new Kysely<QueueSchema>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: d.url, max: 4 }) }),
  });
  try {
    await migrateQueue(db as never);
    await timed('jobs table: enqueue', async () => {
      for (let i = 0; i < N; i += 500)
        await enqueueArticles(
          db,
          articles.slice(i, i + 500).map((article) => ({ article })),
        );
    });
    await timed(`jobs table: claim ${BATCH} + complete in a transaction, ${CONSUMERS} consumers`, async () => {
      await Promise.all(
        Array.from({ length: CONSUMERS }, async (_, c) => {
          for (;;) {
            const jobs = await claimJobs(db, `c${c}`, BATCH, 30_000);
            if (jobs.length === 0) return;
            await db.transaction().execute((trx) =>
              completeJobs(
                trx,
                jobs.map((j) => j.id),
                'bench',
              ),
            );
          }
        }),
      );
    });
    const again = await enqueueArticles(db, [{ article: articles[0] }]);
    console.log(`jobs table: the same article enqueued again after completion adds ${again} job(s)`);
  } finally {
    await db.destroy();
    await d.drop();
  }
}

/** The part of pg-boss 10's API used here (it is not a dependency of Parley). */
interface Boss {
  on(event: 'error', f: () => void): void;
  start(): Promise<void>;
  stop(o: object): Promise<void>;
  createQueue(name: string, o?: object): Promise<void>;
  insert(jobs: object[]): Promise<void>;
  send(name: string, data: object, o: object): Promise<string | null>;
  fetch(name: string, o: object): Promise<{ id: string }[] | null>;
  complete(name: string, ids: string[]): Promise<void>;
  getQueueSize(name: string): Promise<number>;
}

async function pgBoss(): Promise<void> {
  const { default: PgBoss } = (await import(process.env.PGBOSS ?? 'pg-boss')) as { default: new (o: object) => Boss };
  const d = await createTestDatabase();
  const boss = new PgBoss({ connectionString: d.url, max: 4, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    await boss.createQueue('articles');
    await timed('pg-boss: insert', async () => {
      for (let i = 0; i < N; i += 500)
        await boss.insert(articles.slice(i, i + 500).map((a) => ({ name: 'articles', data: a, singletonKey: a.id })));
    });
    await timed(`pg-boss: fetch ${BATCH} + complete, ${CONSUMERS} consumers`, async () => {
      await Promise.all(
        Array.from({ length: CONSUMERS }, async () => {
          for (;;) {
            const jobs = await boss.fetch('articles', { batchSize: BATCH });
            if (!jobs || jobs.length === 0) return;
            await boss.complete(
              'articles',
              jobs.map((j) => j.id),
            );
          }
        }),
      );
    });
    await boss.send('articles', articles[0], { singletonKey: articles[0].id });
    await boss.send('articles', articles[0], { singletonKey: articles[0].id });
    const queued = await boss.getQueueSize('articles');
    console.log(
      `pg-boss (standard policy): the same singletonKey sent twice after completion leaves ${queued} job(s) queued`,
    );
    await boss.createQueue('articles-short', { policy: 'short' });
    await boss.send('articles-short', articles[0], { singletonKey: articles[0].id });
    await boss.send('articles-short', articles[0], { singletonKey: articles[0].id });
    console.log(`pg-boss (short policy): sent twice, ${await boss.getQueueSize('articles-short')} job(s) queued`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await d.drop();
  }
}

await table();
await pgBoss();
