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
import { INPUT_FORMATS, parseInputFormat, readArticles, type ReadError } from '../read/index.js';
import type { Analysis } from '../model/schema.js';
import { loadDictionaries } from './dictionaries.js';

export interface InputOptions {
  date?: string;
  input: string;
  dict: string[];
  /** Worker threads (--jobs); undefined: defaultJobs(). */
  jobs?: number;
}

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
      '--jobs <n>',
      `analyze on n worker threads, output in input order; 1 = in-process (default: one per core, ${defaultJobs()} here: ` +
        `in-process on 2 cores or fewer, or when the input is files under ${SMALL_INPUT_BYTES / 1024} KB in all)`,
      parseJobs,
    );
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number >= 1 is expected.');
  return n;
}

/**
 * One worker per core, but in-process on 2 cores or fewer: each worker isolate loads the tables and JIT-compiles the
 * pipeline again (V8's background compile and GC threads already keep a second core busy in-process), so on 2 cores
 * --jobs 2 costs ~1.5x the CPU of --jobs 1 and is not faster (measured on the 249-article Guardian JSONL).
 */
export function defaultJobs(cores = availableParallelism()): number {
  return cores >= 3 ? cores : 1;
}

/**
 * How many worker threads to use; 0 = in-process. An explicit --jobs is obeyed. By default (defaultJobs()) workers pay
 * off only when there is enough text: regular files under SMALL_INPUT_BYTES in all stay in-process; folders and
 * stdin may be large, so they use workers.
 */
export function chooseJobs(paths: string[], requested: number | undefined): number {
  if (requested !== undefined) return requested > 1 ? requested : 0;
  const jobs = defaultJobs();
  if (jobs <= 1) return 0;
  let bytes = 0;
  for (const path of paths) {
    if (path === '-') return jobs;
    try {
      const st = statSync(path);
      if (!st.isFile()) return jobs;
      bytes += st.size;
    } catch {
      return 0; // the reader reports the missing path
    }
  }
  return bytes < SMALL_INPUT_BYTES ? 0 : jobs;
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
  write(chunk: string): Promise<void> | void {
    if (this.closed) return;
    if (!process.stdout.write(chunk)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

/** Analyze every article under `paths` and write `render(analysis)` for each (a string, or pieces written in order). */
export async function analyzeEach(paths: string[], opts: InputOptions, render: (a: Analysis) => string | string[]): Promise<void> {
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
  const jobs = chooseJobs(paths, opts.jobs);
  for await (const r of jobs > 0 ? analyzeInWorkers(articles(), { jobs, dictionaries }) : inProcess(articles(), dictionaries)) {
    if (output.closed) break;
    if (!r.ok) {
      failed(r.input, r.error);
      continue;
    }
    let out: string | string[];
    try {
      out = render(r.value);
    } catch (err) {
      failed(r.input, describe(err));
      continue;
    }
    if (typeof out === 'string') await output.write(out);
    else for (const piece of out) await output.write(piece);
  }
  if (problems > 0) {
    process.stderr.write(`parley: ${problems} input problem${problems === 1 ? '' : 's'} reported above\n`);
    process.exitCode = 1;
  }
}

/** The single-thread path (--jobs 1, small inputs): same result shape as the worker pool. */
async function* inProcess(
  articles: AsyncIterable<Article>,
  dictionaries: Dictionaries | undefined,
): AsyncGenerator<{ input: Article; ok: true; value: Analysis } | { input: Article; ok: false; error: string }> {
  for await (const article of articles) {
    try {
      yield { input: article, ok: true, value: analyze(article, dictionaries ? { dictionaries } : {}) };
    } catch (err) {
      yield { input: article, ok: false, error: describe(err) };
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
