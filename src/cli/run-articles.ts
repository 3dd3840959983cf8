/**
 * What every analyzing command shares: the input options (paths, --date, --input, --dict), streaming articles from
 * files, folders or stdin, analyzing each, writing with back-pressure, and reporting bad records on stderr while
 * the rest of the batch goes on (exit status 1 at the end when anything was reported).
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { analyze } from '../pipeline.js';
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import { analyzeInWorkers } from '../work/analyze-pool.js';
import { analyzeSplit } from '../work/split-stages.js';
import { describeError } from '../work/pool.js';
import { INPUT_FORMATS, parseInputFormat, readArticles, type ReadError } from '../read/index.js';
import type { Analysis } from '../model/schema.js';
import { loadDictionaries } from './dictionaries.js';
import { jsonLinePieces } from '../work/json-lines.js';
import { afterFirstArticle } from './v8-tuning.js';

export interface InputOptions {
  date?: string;
  input: string;
  dict: string[];
  /** Worker threads, or 'split' (--jobs); undefined: chosen by chooseMode(). */
  jobs?: Jobs;
}

/** --jobs: a number of worker threads (1 = in-process), or 'split' (see src/work/split-stages.ts). */
export type Jobs = number | 'split';

/**
 * How each analysis is printed: a function run on the main thread, or 'jsonl' (analyze's default: one JSON line
 * per article, as jsonLinePieces writes it), which the stage split's worker can produce itself.
 */
export type Render = ((a: Analysis) => string | string[]) | 'jsonl';

/** How the articles are analyzed: on the main thread, on n worker threads, or split between it and one worker. */
export type RunMode = { kind: 'in-process' } | { kind: 'workers'; jobs: number } | { kind: 'split' };

/** Inputs smaller than this (regular files only) are analyzed in-process: a few articles do not pay for worker start-up. */
export const SMALL_INPUT_BYTES = 64 * 1024;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Add the shared arguments and options to a command. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .argument('<paths...>', 'article files or folders, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', `input format: ${INPUT_FORMATS.join('|')} (auto: by extension, then content)`, 'auto')
    .option('--dict <path>', 'user dictionary file or folder (PETRARCH .actors/.agents/verbs or Parley JSON); repeatable', collect, [])
    .option(
      '--jobs <n|split>',
      'analyze on n worker threads, output in input order; 1 = in-process; split = text, time and entities on the main ' +
        'thread, quotes, events and the JSON on one worker (analyze --format json only) (default: one worker per core ' +
        `on 3 cores or more, split on 2 cores, in-process on 1 core or when the input is files under ${SMALL_INPUT_BYTES / 1024} KB ` +
        `in all; ${availableParallelism()} cores here)`,
      parseJobs,
    );
}

function parseJobs(value: string): Jobs {
  if (value === 'split') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1, or split, is expected.');
  return n;
}

/**
 * One worker per core, but in-process on 2 cores or fewer: each worker isolate loads the tables and JIT-compiles the
 * pipeline again (V8's background compile and GC threads already keep a second core busy in-process), so on 2 cores
 * --jobs 2 costs more CPU than --jobs 1 and is not faster (docs/performance.md).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores >= 3 ? cores : 1;
}

/**
 * How many worker threads to use; 0 = in-process. An explicit --jobs is obeyed. By default (defaultJobs()) workers pay
 * off only when there is enough text: regular files under SMALL_INPUT_BYTES in all stay in-process; folders and
 * stdin may be large, so they use workers.
 */
export function chooseJobs(paths: string[], requested: number | undefined, cores = availableParallelism()): number {
  if (requested !== undefined) return requested > 1 ? requested : 0;
  const jobs = defaultJobs(cores);
  return jobs > 1 && largeInput(paths) ? jobs : 0;
}

/**
 * The run mode. An explicit --jobs is obeyed (split only where the worker can write the output: `render` is
 * 'jsonl'). By default, with enough input (largeInput), workers on 3 cores or more and the stage split on 2: there
 * two whole-article workers are not faster than one thread (see defaultJobs), the split is (split-stages.ts).
 */
export function chooseMode(paths: string[], requested: Jobs | undefined, render: Render, cores = availableParallelism()): RunMode {
  if (requested === 'split') {
    if (render !== 'jsonl') throw new Error('--jobs split works with analyze --format json only');
    return { kind: 'split' };
  }
  const jobs = chooseJobs(paths, requested, cores);
  if (jobs > 0) return { kind: 'workers', jobs };
  if (requested === undefined && cores === 2 && render === 'jsonl' && largeInput(paths)) return { kind: 'split' };
  return { kind: 'in-process' };
}

/** Enough text to pay for starting worker threads: stdin and folders may be large; regular files need SMALL_INPUT_BYTES in all. */
function largeInput(paths: string[]): boolean {
  let bytes = 0;
  for (const path of paths) {
    if (path === '-') return true;
    try {
      const st = statSync(path);
      if (!st.isFile()) return true;
      bytes += st.size;
    } catch {
      return false; // the reader reports the missing path
    }
  }
  return bytes >= SMALL_INPUT_BYTES;
}

/** Standard output as a sink that respects back-pressure and notices a reader that went away (`| head`). */
class Output {
  closed = false;

  constructor() {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      this.closed = true;
      process.stdout.emit('drain');
    });
  }

  /** Resolves when the chunk may be followed by the next (so a slow reader does not make us buffer everything). */
  write(chunk: string | Uint8Array): Promise<void> | void {
    if (this.closed) return;
    if (!process.stdout.write(chunk)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

/** Analyze every article under `paths` and write `render(analysis)` for each (a string, or pieces written in order). */
export async function analyzeEach(paths: string[], opts: InputOptions, render: Render): Promise<void> {
  const format = parseInputFormat(opts.input);
  if (!format) throw new Error(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${opts.input}"`);
  const dictionaries = loadDictionaries(opts.dict);
  const output = new Output();
  let problems = 0;
  const onError = (err: ReadError): void => {
    problems++;
    process.stderr.write(`parley: ${err.message}\n`);
  };
  const failed = (article: Article, why: string): void => {
    // One article that trips a stage (or kills its worker) must not stop the rest of a batch.
    problems++;
    process.stderr.write(`parley: ${article.id}: analysis failed: ${why}\n`);
  };
  async function* articles(): AsyncGenerator<Article> {
    for (const path of paths) yield* readArticles(path, { date: opts.date, format, onError });
  }
  const mode = chooseMode(paths, opts.jobs, render);
  const renderHere = render === 'jsonl' ? jsonLinePieces : render;
  const results: AsyncIterable<Result<Analysis | Uint8Array>> =
    mode.kind === 'split'
      ? analyzeSplit(articles(), { dictionaries })
      : mode.kind === 'workers'
        ? analyzeInWorkers(articles(), { jobs: mode.jobs, dictionaries })
        : inProcess(articles(), dictionaries);
  for await (const r of results) {
    afterFirstArticle();
    if (output.closed) break;
    if (!r.ok) {
      failed(r.input, r.error);
      continue;
    }
    let out: string | string[] | Uint8Array;
    try {
      // The stage split's worker has already written the JSON line (UTF-8).
      out = mode.kind === 'split' ? (r.value as Uint8Array) : renderHere(r.value as Analysis);
    } catch (err) {
      failed(r.input, describeError(err));
      continue;
    }
    if (typeof out === 'string' || out instanceof Uint8Array) await output.write(out);
    else for (const piece of out) await output.write(piece);
  }
  if (problems > 0) {
    process.stderr.write(`parley: ${problems} input problem${problems === 1 ? '' : 's'} reported above\n`);
    process.exitCode = 1;
  }
}

type Result<T> = { input: Article; ok: true; value: T } | { input: Article; ok: false; error: string };

/** The single-thread path (--jobs 1, small inputs): same result shape as the worker pool. */
async function* inProcess(articles: AsyncIterable<Article>, dictionaries: Dictionaries | undefined): AsyncGenerator<Result<Analysis>> {
  for await (const article of articles) {
    try {
      yield { input: article, ok: true, value: analyze(article, dictionaries ? { dictionaries } : {}) };
    } catch (err) {
      yield { input: article, ok: false, error: describeError(err) };
    }
  }
}
