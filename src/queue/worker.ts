/**
 * `parley worker`'s loop: claim a batch of jobs, analyze their articles, and store the results together with the
 * jobs' completion in one transaction (Store.write), so a job is done exactly when its article is stored. A job
 * delivered twice (a lease that ran out while its worker was slow) finds its article stored by content id and
 * writes nothing. A failed analysis is retried after a back-off, then stored in `failures`; the batch goes on. A
 * batch whose write fails is written again job by job, so only the article that fails is retried. Articles are
 * coded with the store's actor memory, read again before each batch, as `parley ingest` does.
 */
import { setImmediate as yieldToTimers, setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import { analyze } from '../pipeline.js';
import { describeError } from '../work/pool.js';
import type { FailureRecord, Store, StoredItem } from '../store/store.js';
import { MemoryHook } from '../store/actor-memory-hook.js';
import {
  claimJobs,
  completeJobs,
  extendLeases,
  failExhausted,
  failJob,
  queueIsEmpty,
  type ClaimedJob,
  queueOf,
} from './jobs.js';

export interface WorkerOptions {
  /** This worker's name in `jobs.worker` (host and process id). */
  id: string;
  /** Jobs claimed and committed together. */
  batch: number;
  /** How long a claim holds without a heartbeat; a dead worker's jobs are claimed again after it. */
  leaseMs: number;
  /** Wait between claims when nothing is ready. */
  pollMs: number;
  /** Stop once no job is queued or running. */
  untilEmpty: boolean;
  dictionaries?: Dictionaries;
  /** Learn office-holders into the store's actor memory and code with it, as `parley ingest` does; default true. */
  actorMemory?: boolean;
  /** Aborted on SIGTERM: the batch in hand is finished and committed, then the worker stops. */
  signal: AbortSignal;
  onBatch?: (totals: WorkerTotals) => void;
  onFailure?: (failure: FailureRecord) => void;
}

export interface WorkerTotals {
  /** Jobs completed: their article stored now or before. */
  done: number;
  added: number;
  /** Attempts that failed and were queued again. */
  retried: number;
  /** Jobs given up (in `failures`). */
  failed: number;
  /** Milliseconds spent analyzing, and in write transactions (waiting for the write lock included). */
  analyzeMs: number;
  writeMs: number;
}

/** A job's record as the Article it was enqueued as; anything else is a clear error naming the job. */
export function jobArticle(job: ClaimedJob): Article {
  let value: unknown;
  try {
    value = JSON.parse(job.article);
  } catch {
    throw new Error(`job ${job.id}: the record is not JSON`);
  }
  const a = value as Partial<Article> | null;
  for (const field of ['id', 'date', 'text'] as const)
    if (typeof a?.[field] !== 'string') throw new Error(`job ${job.id}: the record has no ${field} (a string)`);
  return a as Article;
}

export async function runWorker(store: Store, options: WorkerOptions): Promise<WorkerTotals> {
  const db = queueOf(store.db);
  const totals: WorkerTotals = { done: 0, added: 0, retried: 0, failed: 0, analyzeMs: 0, writeMs: 0 };
  const run = await store.startRun(`worker ${options.id}`);
  const memory =
    options.actorMemory === false ? null : new MemoryHook(store.db as unknown as Kysely<unknown>, options.dictionaries);
  const stopped = () => options.signal.aborted;
  while (!stopped()) {
    await failAbandoned(store, run, totals, options);
    const jobs = await claimJobs(db, options.id, options.batch, options.leaseMs);
    if (jobs.length === 0) {
      if (options.untilEmpty && (await queueIsEmpty(db))) break;
      await sleep(options.pollMs, undefined, { signal: options.signal }).catch(() => {});
      continue;
    }
    const ids = jobs.map((j) => j.id);
    const heartbeat = setInterval(
      () => void extendLeases(db, options.id, ids, options.leaseMs).catch(() => {}),
      Math.max(50, options.leaseMs / 3),
    );
    try {
      // Read per batch: the memory grows with this worker's commits and with every other worker's.
      const dictionaries = memory ? await memory.dictionaries() : options.dictionaries;
      await processBatch(store, run, jobs, totals, options, dictionaries, memory);
    } finally {
      clearInterval(heartbeat);
    }
    options.onBatch?.(totals);
  }
  await store.finishRun(run, {
    read: totals.done + totals.failed,
    added: totals.added,
    skipped: totals.done - totals.added,
    failures: totals.failed,
  });
  return totals;
}

async function processBatch(
  store: Store,
  run: number,
  jobs: ClaimedJob[],
  totals: WorkerTotals,
  options: WorkerOptions,
  dictionaries: Dictionaries | undefined,
  memory: MemoryHook | null,
): Promise<void> {
  const items: StoredItem[] = [];
  const done: ClaimedJob[] = [];
  const failed: { job: ClaimedJob; reason: string }[] = [];
  const started = performance.now();
  for (const job of jobs) {
    try {
      const article = jobArticle(job);
      items.push({
        article,
        analysis: analyze(article, dictionaries ? { dictionaries } : {}),
        ...(job.file !== null ? { file: job.file } : {}),
      });
      done.push(job);
    } catch (err) {
      failed.push({ job, reason: `analysis failed: ${describeError(err)}` });
    }
    // Analysis is synchronous: let the heartbeat run between articles.
    await yieldToTimers();
  }
  const writing = performance.now();
  totals.analyzeMs += writing - started;
  let added = 0;
  let stored = done;
  try {
    added = await writeJobs(store, run, items, done, failed);
  } catch {
    // One bad article must not hold back the batch: each job is written alone, and the ones that fail are retried.
    stored = [];
    for (let i = 0; i < items.length; i++) {
      try {
        added += await writeJobs(store, run, [items[i]], [done[i]], []);
        stored.push(done[i]);
      } catch (one) {
        failed.push({ job: done[i], reason: `store write failed: ${describeError(one)}` });
      }
    }
    added += await writeJobs(store, run, [], [], failed);
  }
  totals.writeMs += performance.now() - writing;
  totals.done += stored.length;
  totals.added += added;
  const finalFailures = failed.filter((f) => f.job.attempts >= f.job.max_attempts).map(finalFailure);
  totals.failed += finalFailures.length;
  totals.retried += failed.length - finalFailures.length;
  for (const f of finalFailures) options.onFailure?.(f);
  if (memory) await memory.record(memory.factsOf(items.filter((_, i) => stored.includes(done[i]))));
}

/** Store analyzed jobs and mark them done, and mark failed jobs for retry (or `failures`), in one transaction. */
async function writeJobs(
  store: Store,
  run: number,
  items: StoredItem[],
  done: ClaimedJob[],
  failed: { job: ClaimedJob; reason: string }[],
): Promise<number> {
  const finalFailures = failed.filter((f) => f.job.attempts >= f.job.max_attempts).map(finalFailure);
  const written = await store.write(items, finalFailures, run, async (trx) => {
    const tx = queueOf(trx);
    await completeJobs(
      tx,
      done.map((j) => j.id),
      store.analyzerVersion,
    );
    for (const f of failed) await failJob(tx, f.job, f.reason);
  });
  return written.added;
}

function finalFailure({ job, reason }: { job: ClaimedJob; reason: string }): FailureRecord {
  return {
    ...(job.file !== null ? { file: job.file } : {}),
    articleId: articleIdOf(job),
    reason: `job ${job.id} failed ${job.attempts} times: ${reason}`,
  };
}

/** Jobs whose worker died on their last attempt go to `failures` instead of being claimed again. */
async function failAbandoned(store: Store, run: number, totals: WorkerTotals, options: WorkerOptions): Promise<void> {
  const db = queueOf(store.db);
  const any = await db
    .selectFrom('jobs')
    .select('id')
    .where('state', '=', 'running')
    .where('lease_until', '<', new Date())
    .whereRef('attempts', '>=', 'max_attempts')
    .limit(1)
    .executeTakeFirst();
  if (!any) return;
  let records: FailureRecord[] = [];
  await store.write([], [], run, async (trx) => {
    const failed = await failExhausted(queueOf(trx));
    records = failed.map((j) => ({
      ...(j.file !== null ? { file: j.file } : {}),
      reason: `job ${j.id} (article ${j.key}): its worker stopped without finishing it ${j.attempts} times (lease expired)`,
    }));
    if (records.length > 0)
      await trx
        .insertInto('failures')
        .values(records.map((r) => ({ run, file: r.file ?? null, reason: r.reason, at: new Date().toISOString() })))
        .execute();
  });
  totals.failed += records.length;
  for (const r of records) options.onFailure?.(r);
}

function articleIdOf(job: ClaimedJob): string | undefined {
  try {
    const id = (JSON.parse(job.article) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
