/** `analyze()` over many articles on worker threads, results in input order (the CLI's `--jobs n`). */
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import type { Analysis } from '../model/schema.js';
import { mapOrdered, workerScript, type PoolResult } from './pool.js';
import { ANALYZER_WORKER_LIMITS, ARTICLE_TIME_BUDGET_MS } from './worker-limits.js';

export function analyzeInWorkers(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: { jobs: number; dictionaries?: Dictionaries },
): AsyncGenerator<PoolResult<Article, Analysis>> {
  return mapOrdered<Article, Analysis>(articles, {
    workerUrl: workerScript('analyze-worker', import.meta.url),
    workers: options.jobs,
    workerData: { dictionaries: options.dictionaries },
    resourceLimits: ANALYZER_WORKER_LIMITS,
    taskTimeoutMs: ARTICLE_TIME_BUDGET_MS,
  });
}
