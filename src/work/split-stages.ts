/**
 * The CLI's stage split, for 2-core machines: the main thread runs the early stages of each article (text, time,
 * entities) and one worker thread the rest (quotes, events) and the JSON output, so two articles are in the works
 * at once. Unlike --jobs 2 (whole articles on two workers), each stage's code is loaded, JIT-compiled and warmed
 * in one thread only, and a short CLI run spends much of its time on exactly that. Measured in README.md (Speed).
 *
 * A Doc is plain data (typed arrays, arrays, plain objects), so it crosses to the worker by structured clone, less
 * what the later stages never read (forWorker). It is made right before it is sent and not kept (the pool's
 * `prepare`), so it does not outlive young-generation collections on the main thread while the worker catches up.
 * Output is byte for byte what analyze() gives in-process, in input order (tested).
 */
import type { Article, Doc } from '../model/doc.js';
import type { Dictionaries, StageName } from '../model/options.js';
import { runPipeline } from '../pipeline.js';
import { mapOrdered, workerScript, type PoolResult } from './pool.js';
import { ANALYZER_WORKER_LIMITS, ARTICLE_TIME_BUDGET_MS } from './worker-limits.js';

/** The last stage run on the main thread. Measured split: the main thread's share and the worker's were close. */
export const SPLIT_AFTER: StageName = 'entities';

/**
 * Articles in flight (read, not yet printed), all of them sent on to the worker as soon as their early stages are
 * done: the main thread, busy with the next articles, would be late to hand out work one at a time.
 */
const MAX_IN_FLIGHT = 16;

/** Analyze articles with the stage split; yields each article's JSON line as UTF-8 bytes, in input order. */
export function analyzeSplit(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: { dictionaries?: Dictionaries },
): AsyncGenerator<PoolResult<Article, Uint8Array>> {
  return mapOrdered<Article, Uint8Array>(articles, {
    workerUrl: workerScript('finish-worker', import.meta.url),
    workers: 1,
    workerData: { dictionaries: options.dictionaries },
    maxInFlight: MAX_IN_FLIGHT,
    queuePerWorker: MAX_IN_FLIGHT,
    resourceLimits: ANALYZER_WORKER_LIMITS,
    taskTimeoutMs: ARTICLE_TIME_BUDGET_MS,
    prepare: (article): Doc =>
      forWorker(runPipeline(article, { dictionaries: options.dictionaries, until: SPLIT_AFTER })),
  });
}

/**
 * The Doc as sent: without what the later stages never read, the article's copy of the text (doc.text is the same
 * string, and a message holds each string once per place it occurs) and the tagger's raw spans, so that less is
 * copied between the threads. finish-worker.ts puts the text back.
 */
export function forWorker(doc: Doc): Doc {
  return { ...doc, article: { ...doc.article, text: '' }, nerSpans: [] };
}

/** The Doc forWorker() sent, as the later stages and toAnalysis() expect it. */
export function fromMain(doc: Doc): Doc {
  doc.article.text = doc.text;
  return doc;
}
