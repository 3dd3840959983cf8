/** Worker entry of the CLI pool: runs `analyze()` on the articles it is sent,
 * with the user dictionaries it got at start. */
import { analyze } from '../pipeline.js';
import type { Article } from '../model/doc.js';
import type { AnalyzeOptions, Dictionaries } from '../model/options.js';
import type { Analysis } from '../model/schema.js';
import { serveTasks } from './pool.js';

serveTasks<Article, Analysis, { dictionaries?: Dictionaries }>((article, data) => {
  const options: AnalyzeOptions = data?.dictionaries ? { dictionaries: data.dictionaries } : {};
  return analyze(article, options);
});
