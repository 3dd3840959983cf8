/**
 * Worker entry of the CLI's stage split (see split-stages.ts): gets Docs whose early stages ran on the main thread,
 * runs the remaining stages and answers with the JSON line to print, as UTF-8 bytes: the main thread only writes them.
 */
import { finishPipeline, toAnalysis } from '../pipeline.js';
import { jsonLinePieces, utf8Of } from './json-lines.js';
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions, Dictionaries } from '../model/options.js';
import { serveTasks } from './pool.js';
import { fromMain, SPLIT_AFTER } from './split-stages.js';
import { builtinVerbTable } from '../events/verb-table.js';
import { codebook } from '../events/codebook.js';

// The later stages' tables, loaded at start while the main thread is busy with its first articles: loaded when
// the first Doc came, they held the main thread up (it waits once 16 Docs are in flight).
builtinVerbTable();
codebook();

serveTasks<Doc, Uint8Array, { dictionaries?: Dictionaries }>(
  (doc, data) => {
    const options: AnalyzeOptions = data?.dictionaries ? { dictionaries: data.dictionaries } : {};
    return utf8Of(jsonLinePieces(toAnalysis(finishPipeline(fromMain(doc), SPLIT_AFTER, options))));
  },
  (bytes) => [bytes.buffer as ArrayBuffer],
);
