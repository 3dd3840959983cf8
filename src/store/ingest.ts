/**
 * Ingest: read articles, skip those stored already (by content id, before any analysis), analyze the rest (in
 * process, on worker threads or with the stage split, as `parley analyze` chooses), and write them in batched
 * transactions. Killed at any moment, a run loses only the batch it had not committed; run again, it redoes
 * exactly that. A bad record or a failed analysis is stored in `failures` and the run goes on.
 */
import type { Kysely } from 'kysely';
import type { Article } from '../model/doc.js';
import type { Analysis } from '../model/schema.js';
import type { Dictionaries } from '../model/options.js';
import { analyze } from '../pipeline.js';
import { readArticles, type ColumnMap, type InputFormat, type ReadError, type ReadOptions } from '../read/index.js';
import { analyzeInWorkers } from '../work/analyze-pool.js';
import { analyzeSplit } from '../work/split-stages.js';
import { describeError } from '../work/pool.js';
import { contentId } from './identity.js';
import type { FailureRecord, Store } from './store.js';
import { writeSplitting, type SplitWriteResult } from './write-split.js';
import type { BackgroundWriter, WriteMessage } from './background-writer.js';
import { MemoryHook } from './actor-memory-hook.js';

export type IngestMode = { kind: 'in-process' } | { kind: 'workers'; jobs: number } | { kind: 'split' };

export interface IngestOptions {
  paths: string[];
  format: InputFormat;
  date?: string;
  /** CSV/TSV column map (--columns). */
  columns?: ColumnMap;
  dictionaries?: Dictionaries;
  mode: IngestMode;
  /** Articles per transaction. */
  batchSize?: number;
  /** Longest time between commits while articles keep coming, in ms. */
  maxBatchMs?: number;
  /** Called after each article is read and dealt with, and after each commit. */
  onProgress?: (progress: IngestProgress) => void;
  /** Reads the articles of a path (default readArticles); the HTTP API gives the articles of a request. */
  read?: (path: string, options: ReadOptions) => AsyncIterable<Article>;
  /** Called for each problem, as it is found (the CLI prints it). */
  onFailure?: (failure: FailureRecord) => void;
  /** Write batches on a thread of their own (background-writer.ts) instead of the main thread. */
  writer?: BackgroundWriter;
  /** Learn office-holders into the store's actor memory and code with it (actor-memory.ts); default true. */
  actorMemory?: boolean;
}

export interface IngestProgress {
  /** Articles read (stored, skipped or failed). */
  read: number;
  added: number;
  /** Already stored: not analyzed again. */
  skipped: number;
  failures: number;
  nearDuplicates: number;
  /** UTF-8 bytes of article text read. */
  bytes: number;
  /** Articles analyzed and committed. */
  committed: number;
}

export const DEFAULT_BATCH_SIZE = 200;
export const DEFAULT_MAX_BATCH_MS = 2000;

type Result = { input: Article; ok: true; value: Analysis | Uint8Array } | { input: Article; ok: false; error: string };

const decoder = new TextDecoder();

export async function ingest(store: Store, options: IngestOptions): Promise<IngestProgress> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxBatchMs = options.maxBatchMs ?? DEFAULT_MAX_BATCH_MS;
  const progress: IngestProgress = {
    read: 0,
    added: 0,
    skipped: 0,
    failures: 0,
    nearDuplicates: 0,
    bytes: 0,
    committed: 0,
  };
  const run = await store.startRun(`ingest ${options.paths.join(' ')}`);
  let pendingFailures: FailureRecord[] = [];
  const fail = (failure: FailureRecord): void => {
    progress.failures++;
    pendingFailures.push(failure);
    options.onFailure?.(failure);
  };
  /** Content ids read in this run and not yet committed: a second copy in the same batch is skipped too. */
  const inFlight = new Set<string>();
  const fileOf = new WeakMap<Article, string>();

  /** Articles read and not yet checked against the store: checked together, in one query. */
  const CHECK_AHEAD = 64;

  async function* fresh(): AsyncGenerator<Article> {
    let unchecked: { article: Article; id: string; path: string }[] = [];
    async function* check(): AsyncGenerator<Article> {
      const stored = await store.storedIds(unchecked.map((u) => u.id));
      const pending = unchecked;
      unchecked = [];
      for (const { article, id, path } of pending) {
        if (inFlight.has(id) || stored.has(id)) {
          progress.skipped++;
          options.onProgress?.(progress);
          continue;
        }
        inFlight.add(id);
        fileOf.set(article, path);
        yield article;
      }
    }
    for (const path of options.paths) {
      const onError = (err: ReadError): void =>
        fail({ file: err.file, line: err.line, record: err.record, field: err.field, reason: err.message });
      for await (const article of (options.read ?? readArticles)(path, {
        date: options.date,
        format: options.format,
        columns: options.columns,
        onError,
      })) {
        progress.read++;
        progress.bytes += Buffer.byteLength(article.text, 'utf8');
        unchecked.push({ article, id: contentId(article), path });
        if (unchecked.length >= CHECK_AHEAD) yield* check();
      }
    }
    yield* check();
  }

  const memory =
    options.actorMemory === false ? null : new MemoryHook(store.db as unknown as Kysely<unknown>, options.dictionaries);
  const dictionaries = memory ? await memory.dictionaries() : options.dictionaries;
  // In process, each batch is analyzed with the memory as of the last commit; workers get it as of the start.
  const results: AsyncIterable<Result> =
    options.mode.kind === 'split'
      ? analyzeSplit(fresh(), { dictionaries })
      : options.mode.kind === 'workers'
        ? analyzeInWorkers(fresh(), { jobs: options.mode.jobs, dictionaries })
        : inProcess(fresh(), () => memory?.current ?? dictionaries);

  let batch: WriteMessage['items'] = [];
  let batchStarted = Date.now();
  /** The batch being written (by the background writer), if any: the next one waits for it. */
  let writing: Promise<void> = Promise.resolve();
  const commit = async (): Promise<void> => {
    if (batch.length === 0 && pendingFailures.length === 0) return;
    const items = batch;
    const failures = pendingFailures;
    batch = [];
    pendingFailures = [];
    batchStarted = Date.now();
    const done = (written: SplitWriteResult): void => {
      progress.added += written.added;
      for (const f of written.failed) {
        progress.failures++;
        options.onFailure?.(f);
      }
      progress.skipped += written.skipped;
      progress.nearDuplicates += written.nearDuplicates;
      progress.committed += items.length;
      for (const item of items) inFlight.delete(contentId(item.article));
      options.onProgress?.(progress);
    };
    await writing;
    // Facts are read before the write: the writer thread takes the bytes of the analyses (they are transferred).
    const facts = memory?.factsOf(items) ?? [];
    const learn = async (written: SplitWriteResult): Promise<void> => {
      const lost = new Set(written.failed.map((f) => f.articleId));
      const ids = new Set(items.filter((item) => lost.has(item.article.id)).map((item) => contentId(item.article)));
      const kept = facts.filter((f) => !ids.has(f.article));
      if (memory && (await memory.record(kept))) await memory.dictionaries();
    };
    if (options.writer)
      writing = options.writer.write(items, failures, run).then(async (written) => {
        done(written);
        await learn(written);
      });
    else {
      // Analyses that arrived as JSON bytes (the stage split) are parsed here.
      const parsed = items.map((item) => ({
        ...item,
        analysis:
          item.analysis instanceof Uint8Array ? (JSON.parse(decoder.decode(item.analysis)) as Analysis) : item.analysis,
      }));
      const written = await writeSplitting(store, parsed, failures, run);
      done(written);
      await learn(written);
    }
  };

  for await (const r of results) {
    if (!r.ok) fail({ file: fileOf.get(r.input), articleId: r.input.id, reason: `analysis failed: ${r.error}` });
    else batch.push({ article: r.input, analysis: r.value, file: fileOf.get(r.input) });
    options.onProgress?.(progress);
    if (batch.length >= batchSize || Date.now() - batchStarted >= maxBatchMs) await commit();
  }
  await commit();
  await writing;
  await store.finishRun(run, {
    read: progress.read,
    added: progress.added,
    skipped: progress.skipped,
    failures: progress.failures,
  });
  return progress;
}

async function* inProcess(
  articles: AsyncIterable<Article>,
  dictionariesNow: () => Dictionaries | undefined,
): AsyncGenerator<Result> {
  for await (const article of articles) {
    const dictionaries = dictionariesNow();
    try {
      yield { input: article, ok: true, value: analyze(article, dictionaries ? { dictionaries } : {}) };
    } catch (err) {
      yield { input: article, ok: false, error: describeError(err) };
    }
  }
}
