/** `analyze()` over many articles on worker threads, results in input order (the CLI's `--jobs n`). */
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import type { Analysis } from '../model/schema.js';
import { mapOrdered, type PoolResult } from './pool.js';

/** The worker script next to this module: compiled .js under dist/, .ts when running from source under tsx. */
function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);
}

export function analyzeInWorkers(
  articles: AsyncIterable<Article> | Iterable<Article>,
  options: { jobs: number; dictionaries?: Dictionaries },
): AsyncGenerator<PoolResult<Article, Analysis>> {
  return mapOrdered<Article, Analysis>(articles, {
    workerUrl: workerUrl(),
    workers: options.jobs,
    workerData: { dictionaries: options.dictionaries },
  });
}
