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
import { INPUT_FORMATS, parseColumnMap, parseInputFormat, readArticles, type ReadError } from '../read/index.js';
import { decoderFor } from '../read/source.js';
import type { Analysis } from '../model/schema.js';
import { loadDictionaries } from './dictionaries.js';
import { jsonLinePieces } from '../work/json-lines.js';
import { afterArticle, beforeBatch } from './v8-tuning.js';

export interface InputOptions {
  date?: string;
  input: string;
  dict: string[];
  /** Worker threads, or 'split' (--jobs); undefined: chosen by chooseMode(). */
  jobs?: Jobs;
  /** Text encoding of the inputs (--encoding); default UTF-8, bytes that are not UTF-8 read as Windows-1252. */
  encoding?: string;
  /** TSV fields quoted as in CSV (--tsv-quotes). */
  tsvQuotes?: boolean;
  /** CSV/TSV column map (--columns text=body,date=published). */
  columns?: string;
  /** Name every file skipped in a folder (--verbose). */
  verbose?: boolean;
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

/** Inputs smaller than this (regular files only) are analyzed in-process:
 * a few articles do not pay for worker start-up. */
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
    .option(
      '--dict <path>',
      'user dictionary file or folder (PETRARCH .actors/.agents/verbs or Parley JSON); repeatable',
      collect,
      [],
    )
    .option(
      '--jobs <n|split>',
      'analyze on n worker threads, output in input order; 1 = in-process; split = text, time and entities on the main ' +
        'thread, quotes, events and the JSON on one worker (analyze --format json only) (default: one worker per core ' +
        `on 3 cores or more, split on 2 cores, in-process on 1 core or when the input is files under ${SMALL_INPUT_BYTES / 1024} KB ` +
        `in all; ${availableParallelism()} cores here)`,
      parseJobs,
    )
    .option(
      '--encoding <name>',
      'text encoding of the inputs (utf-8, windows-1252, latin1, ...); default: UTF-8, and bytes that are not UTF-8 are read as Windows-1252 with a warning',
    )
    .option(
      '--tsv-quotes',
      'TSV fields are quoted as in CSV (by default a TSV file has no quoting: " is an ordinary character)',
    )
    .option(
      '--columns <map>',
      'CSV/TSV: the columns that hold the article fields, FIELD=COLUMN,... (e.g. text=body,date=published,title=headline; fields: id, url, title, date, text, source)',
    )
    .option('--verbose', 'name every file skipped in a folder (unsupported extension, broken link)');
}

/** Most worker threads per core that --jobs gets: more only cost memory and start-up (each loads every table). */
export const MAX_JOBS_PER_CORE = 4;

function parseJobs(value: string): Jobs {
  if (value === 'split') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1, or split, is expected.');
  return n;
}

/** --jobs n within MAX_JOBS_PER_CORE x the cores; `warn` says so when it lowers n. */
export function capJobs(n: number, warn: (message: string) => void, cores = availableParallelism()): number {
  const cap = MAX_JOBS_PER_CORE * cores;
  if (n <= cap) return n;
  warn(`--jobs ${n} is more than ${MAX_JOBS_PER_CORE} per core (${cores} cores here): using ${cap}`);
  return cap;
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
export function chooseMode(
  paths: string[],
  requested: Jobs | undefined,
  render: Render,
  cores = availableParallelism(),
): RunMode {
  if (requested === 'split') {
    if (render !== 'jsonl') throw new Error('--jobs split works with analyze --format json only');
    return { kind: 'split' };
  }
  const jobs = chooseJobs(paths, requested, cores);
  if (jobs > 0) return { kind: 'workers', jobs };
  if (requested === undefined && cores === 2 && render === 'jsonl' && largeInput(paths)) return { kind: 'split' };
  return { kind: 'in-process' };
}

/** Enough text to pay for starting worker threads: stdin and folders may be large;
 * regular files need SMALL_INPUT_BYTES in all. */
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

/** Why writing failed, in words, for a one-line message (no stack, no errno code). */
export function writeProblem(err: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    EACCES: 'permission denied',
    EBADF: 'standard output is closed',
  };
  return (err.code && words[err.code]) ?? err.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '');
}

/**
 * Standard output as a sink that respects back-pressure and notices a reader that went away (`| head`: EPIPE, the
 * run stops quietly) or a write that failed (a full disk: the run stops, and `failure` says why).
 */
export class Output {
  closed = false;
  failure: string | undefined;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') this.failure ??= writeProblem(err);
      this.closed = true;
      stream.emit('drain');
    });
  }

  /** Resolves when the chunk may be followed by the next (so a slow reader does not make us buffer everything). */
  write(chunk: string | Uint8Array): Promise<void> | void {
    if (this.closed) return;
    if (!this.stream.write(chunk)) return new Promise((resolve) => this.stream.once('drain', () => resolve()));
  }

  /** Resolves once everything written so far is out (or failed): a late write error is still seen. */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.stream.write('', () => resolve()));
  }
}

/** An error the CLI prints as one line (`parley: message`) before exiting with status 1. */
export class CliError extends Error {}

/**
 * What to tell the user about one article that could not be analyzed: the reason, and what to do. Budgets (memory,
 * time) are the article's size's fault; anything else is Parley's.
 */
export function failureMessage(id: string, reason: string): string {
  const budget = /out of memory|time budget/.test(reason);
  const advice = budget
    ? 'split it into shorter articles, or raise PARLEY_ARTICLE_MEMORY_MB / PARLEY_ARTICLE_SECONDS (docs/limits.md)'
    : 'this is a bug in parley: please report it with the article';
  return `${id}: not analyzed: ${reason}; ${advice}; the other articles go on`;
}

/** Analyze every article under `paths` and write `render(analysis)` for each (a string, or pieces written in order). */
export async function analyzeEach(paths: string[], opts: InputOptions, render: Render): Promise<void> {
  const format = parseInputFormat(opts.input);
  if (!format) throw new Error(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${opts.input}"`);
  if (opts.encoding !== undefined) decoderFor(opts.encoding);
  const columns = opts.columns !== undefined ? parseColumnMap(opts.columns) : undefined;
  const dictionaries = loadDictionaries(opts.dict);
  const output = new Output();
  const say = (line: string): void => {
    process.stderr.write(`parley: ${line}\n`);
  };
  let problems = 0;
  let skipped = 0;
  const onError = (err: ReadError): void => {
    problems++;
    say(err.message);
  };
  const onWarning = (warning: ReadError): void => say(`warning: ${warning.message}`);
  const onSkip = (path: string, reason: string): void => {
    skipped++;
    if (opts.verbose) say(`skipped ${path}: ${reason}`);
  };
  const failed = (article: Article, why: string): void => {
    // One article that trips a stage (or kills its worker) must not stop the rest of a batch.
    problems++;
    say(failureMessage(article.id, why));
  };
  async function* articles(): AsyncGenerator<Article> {
    for (const path of paths) {
      yield* readArticles(path, {
        date: opts.date,
        format,
        onError,
        onWarning,
        onSkip,
        encoding: opts.encoding,
        tsvQuotes: opts.tsvQuotes,
        columns,
      });
    }
  }
  const jobs = typeof opts.jobs === 'number' ? capJobs(opts.jobs, (m) => say(`warning: ${m}`)) : opts.jobs;
  const mode = chooseMode(paths, jobs, render);
  const renderHere = render === 'jsonl' ? jsonLinePieces : render;
  beforeBatch();
  const results: AsyncIterable<Result<Analysis | Uint8Array>> =
    mode.kind === 'split'
      ? analyzeSplit(articles(), { dictionaries })
      : mode.kind === 'workers'
        ? analyzeInWorkers(articles(), { jobs: mode.jobs, dictionaries })
        : inProcess(articles(), dictionaries);
  for await (const r of results) {
    afterArticle(r.input.text.length);
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
  await output.flush();
  if (output.failure !== undefined) throw new CliError(`cannot write output: ${output.failure}`);
  if (skipped > 0)
    say(
      `${skipped} file${skipped === 1 ? '' : 's'} in folders skipped (not a supported format, or a broken link)${opts.verbose ? '' : '; --verbose names them'}`,
    );
  if (problems > 0) {
    say(`${problems} input problem${problems === 1 ? '' : 's'} reported above`);
    process.exitCode = 1;
  }
}

type Result<T> = { input: Article; ok: true; value: T } | { input: Article; ok: false; error: string };

/**
 * Longest article analyzed on the main thread in the single-thread path. A longer one goes to a worker of its own,
 * under the memory and time budgets (worker-limits.ts), so that no article can take the process down in any mode;
 * below this, an article's cost is far inside those budgets (docs/limits.md) and a worker's start-up is not worth it.
 */
export const IN_PROCESS_MAX_CHARS = 256 * 1024;

/** The single-thread path (--jobs 1, small inputs): same result shape as the worker pool. */
async function* inProcess(
  articles: AsyncIterable<Article>,
  dictionaries: Dictionaries | undefined,
): AsyncGenerator<Result<Analysis>> {
  for await (const article of articles) {
    if (article.text.length > IN_PROCESS_MAX_CHARS) {
      yield* analyzeInWorkers([article], { jobs: 1, dictionaries });
      continue;
    }
    try {
      yield { input: article, ok: true, value: analyze(article, dictionaries ? { dictionaries } : {}) };
    } catch (err) {
      yield { input: article, ok: false, error: describeError(err) };
    }
  }
}
