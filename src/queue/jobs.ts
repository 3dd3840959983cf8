/**
 * The job queue of the PostgreSQL store: a `jobs` table in the same database, one row per article to analyze (its
 * raw record, so a worker on another machine needs no files), claimed with `FOR UPDATE SKIP LOCKED` under a lease.
 * Why this and not pg-boss or graphile-worker: docs/scale-out.md (measured). The queue's tables have migrations of
 * their own (`queue_migration`), so the store's numbering stays the store's.
 *
 * States: queued -> running (claimed; lease_until set, extended while the worker lives) -> done | queued again (a
 * failed attempt, retried after a back-off) | failed (attempts used up; the reason is in `failures` too). A running
 * job whose lease ran out (its worker died) is claimed again like a queued one.
 */
import { sql, type Generated, type Kysely, type Transaction } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Article } from '../model/doc.js';
import { contentId } from '../store/identity.js';

export interface JobRow {
  id: Generated<number>;
  key: string;
  article: string;
  file: string | null;
  state: Generated<'queued' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_after: Generated<Date>;
  lease_until: Date | null;
  worker: string | null;
  analyzer_version: string | null;
  enqueued_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
}

export interface QueueSchema {
  jobs: JobRow;
}

type QueueDb = Kysely<QueueSchema> | Transaction<QueueSchema>;

/** The queue's view of the store's database (or one of its transactions): the same connection, the jobs table. */
export function queueOf(db: { getExecutor(): unknown }): Kysely<QueueSchema> {
  return db as unknown as Kysely<QueueSchema>;
}

/** Attempts before a job goes to `failures`. */
export const DEFAULT_MAX_ATTEMPTS = 3;

const queueMigrations: Record<string, Migration> = {
  '0001_jobs': {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        // The article's content id: enqueueing the same article again adds nothing.
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('article', 'jsonb', (c) => c.notNull())
        .addColumn('file', 'text')
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(DEFAULT_MAX_ATTEMPTS))
        .addColumn('run_after', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('lease_until', 'timestamptz')
        .addColumn('worker', 'text')
        .addColumn('analyzer_version', 'text')
        .addColumn('enqueued_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('started_at', 'timestamptz')
        .addColumn('finished_at', 'timestamptz')
        .addColumn('error', 'text')
        .execute();
      // Claims scan only the jobs still to do, in order; done ones leave the index.
      await sql`create index jobs_open on jobs (id) where state in ('queued', 'running')`.execute(db);
      await sql`create index jobs_finished on jobs (finished_at) where state = 'done'`.execute(db);
    },
  },
};

/** Create or update the queue's tables. */
export async function migrateQueue(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => queueMigrations },
    migrationTableName: 'queue_migration',
    migrationLockTableName: 'queue_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new Error(`queue migration failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Add articles as jobs; those whose content is queued or done already add nothing. Returns the jobs added. */
export async function enqueueArticles(db: QueueDb, items: { article: Article; file?: string }[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = items.map(({ article, file }) => ({
    key: contentId(article),
    article: JSON.stringify(article),
    file: file ?? null,
  }));
  const added = await db
    .insertInto('jobs')
    .values(rows)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  return added.length;
}

export interface ClaimedJob {
  id: number;
  key: string;
  article: string;
  file: string | null;
  attempts: number;
  max_attempts: number;
}

/**
 * Claim up to `limit` jobs for `worker`: queued ones whose back-off has passed, and running ones whose lease ran out.
 * SKIP LOCKED lets many workers claim at once without waiting on each other or taking the same job.
 */
export async function claimJobs(db: QueueDb, worker: string, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const r = await sql<ClaimedJob>`
    with picked as (
      select id from jobs
      where state in ('queued', 'running')
        and ((state = 'queued' and run_after <= now()) or (state = 'running' and lease_until < now()))
      order by id
      limit ${limit}
      for update skip locked)
    update jobs set state = 'running', attempts = jobs.attempts + 1, worker = ${worker},
      lease_until = now() + ${leaseMs} * interval '1 millisecond', started_at = now()
    from picked where jobs.id = picked.id
    returning jobs.id, jobs.key, jobs.article, jobs.file, jobs.attempts, jobs.max_attempts`.execute(db);
  return r.rows.sort((a, b) => a.id - b.id);
}

/** Push the lease of a worker's jobs further (its heartbeat); a job taken over by another worker is left alone. */
export async function extendLeases(db: QueueDb, worker: string, ids: number[], leaseMs: number): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('jobs')
    .set({ lease_until: sql`now() + ${leaseMs} * interval '1 millisecond'` })
    .where('id', 'in', ids)
    .where('worker', '=', worker)
    .where('state', '=', 'running')
    .execute();
}

/** Mark jobs done (in the transaction that stored their results). */
export async function completeJobs(trx: QueueDb, ids: number[], analyzerVersion: string): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable('jobs')
    .set({ state: 'done', finished_at: sql`now()`, lease_until: null, analyzer_version: analyzerVersion, error: null })
    .where('id', 'in', ids)
    .where('state', '=', 'running')
    .execute();
}

/** A failed attempt: queued again after a back-off of a second per attempt, or failed when attempts are used up. */
export async function failJob(
  trx: QueueDb,
  job: { id: number; attempts: number; max_attempts: number },
  reason: string,
): Promise<'retry' | 'failed'> {
  const final = job.attempts >= job.max_attempts;
  await trx
    .updateTable('jobs')
    .set(
      final
        ? { state: 'failed', finished_at: sql`now()`, lease_until: null, error: reason }
        : {
            state: 'queued',
            lease_until: null,
            worker: null,
            error: reason,
            run_after: sql`now() + ${job.attempts} * interval '1 second'`,
          },
    )
    .where('id', '=', job.id)
    .execute();
  return final ? 'failed' : 'retry';
}

/**
 * Jobs whose lease ran out on their last attempt (the worker died each time, e.g. the record crashes the process):
 * failed now instead of claimed again. Returns them, to be stored in `failures`.
 */
export async function failExhausted(
  trx: QueueDb,
): Promise<{ id: number; key: string; file: string | null; attempts: number }[]> {
  const r = await sql<{ id: number; key: string; file: string | null; attempts: number }>`
    update jobs set state = 'failed', finished_at = now(), lease_until = null,
      error = 'its worker stopped without finishing it ' || attempts || ' times (lease expired)'
    where id in (select id from jobs where state = 'running' and lease_until < now() and attempts >= max_attempts
      for update skip locked)
    returning id, key, file, attempts`.execute(trx);
  return r.rows;
}

export interface QueueStatus {
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** Jobs done in the last minute, per second. */
  lastMinuteRate: number;
  /** Jobs done per second from the first claim to the last completion. */
  overallRate: number;
}

export async function queueStatus(db: QueueDb): Promise<QueueStatus> {
  const counts = await db
    .selectFrom('jobs')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const n = (state: string) => Number(counts.find((c) => c.state === state)?.n ?? 0);
  const r = await sql<{ recent: number; seconds: number | null }>`
    select count(*) filter (where finished_at > now() - interval '1 minute') as recent,
      extract(epoch from max(finished_at) - min(started_at)) as seconds
    from jobs where state = 'done'`.execute(db);
  const { recent, seconds } = r.rows[0];
  return {
    queued: n('queued'),
    running: n('running'),
    done: n('done'),
    failed: n('failed'),
    lastMinuteRate: Number(recent) / 60,
    overallRate: seconds && seconds > 0 ? n('done') / Number(seconds) : 0,
  };
}

/** True when no job is queued or running (a worker with --until-empty stops). */
export async function queueIsEmpty(db: QueueDb): Promise<boolean> {
  const r = await db
    .selectFrom('jobs')
    .select('id')
    .where('state', 'in', ['queued', 'running'])
    .limit(1)
    .executeTakeFirst();
  return r === undefined;
}
