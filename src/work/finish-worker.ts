/**
 * Worker entry of the CLI's stage split (see split-stages.ts): gets Docs whose early stages ran on the main thread,
 * runs the remaining stages and answers with the JSON lines to print, so the main thread only writes them.
 */
import { finishPipeline, toAnalysis } from '../pipeline.js';
import { jsonLinePieces } from '../cli/json-lines.js';
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions, Dictionaries } from '../model/options.js';
import { serveTasks } from './pool.js';
import { SPLIT_AFTER } from './split-stages.js';

serveTasks<Doc, string[], { dictionaries?: Dictionaries }>((doc, data) => {
  const options: AnalyzeOptions = data?.dictionaries ? { dictionaries: data.dictionaries } : {};
  return jsonLinePieces(toAnalysis(finishPipeline(doc, SPLIT_AFTER, options)));
});
