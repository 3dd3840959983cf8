/**
 * The job queue on a PostgreSQL store (src/queue/): `parley enqueue <inputs>` stores the raw records as jobs,
 * `parley worker` analyzes them (on any machine that reaches the database), `parley status` shows where they are.
 */
import { hostname } from 'node:os';
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { INPUT_FORMATS, parseColumnMap, parseInputFormat, readArticles } from '../read/index.js';
import { ReadError } from '../read/errors.js';
import type { FailureRecord } from '../store/store.js';
import type { Article } from '../model/doc.js';
import { contentId } from '../store/identity.js';
import { loadDictionaries } from './dictionaries.js';
import { expandGlobs } from './ingest.js';
import { defaultDbPath, openStore, withDbOption } from './store-options.js';
import { renderRows } from './table-output.js';

/** Records inserted per statement. */
const ENQUEUE_CHUNK = 500;

async function openQueue(db: string | undefined) {
  const location = db ?? defaultDbPath();
  const { isPostgresUrl } = await import('../store/dialect.js');
  if (!isPostgresUrl(location))
    throw new Error(`the job queue needs a PostgreSQL store: --db postgres://... (or PARLEY_DB), not "${location}"`);
  const store = await openStore(location);
  const jobs = await import('../queue/jobs.js');
  await jobs.migrateQueue(store.db as never);
  return { store, jobs, queue: jobs.queueOf(store.db) };
}

function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option} must be a whole number >= 1, not "${value}"`);
  return n;
}

export function registerQueue(program: Command): void {
  withDbOption(
    program
      .command('enqueue')
      .description('store articles (files, folders, globs, or - for stdin) as jobs for `parley worker` (PostgreSQL)')
      .argument('<paths...>')
      .option('--input <format>', `input format: ${INPUT_FORMATS.join(', ')}`, 'auto')
      .option('--date <YYYY-MM-DD>', 'date for articles that carry none')
      .option('--columns <map>', 'CSV/TSV columns, e.g. text=body,date=published'),
  ).action(async (paths: string[], opts: { db?: string; input: string; date?: string; columns?: string }) => {
    const format = parseInputFormat(opts.input);
    if (!format) throw new Error(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${opts.input}"`);
    const columns = opts.columns !== undefined ? parseColumnMap(opts.columns) : undefined;
    const { store, jobs, queue } = await openQueue(opts.db);
    const run = await store.startRun(`enqueue ${paths.join(' ')}`);
    const counts = { read: 0, added: 0, skipped: 0, failures: 0 };
    let chunk: { article: Article; file: string }[] = [];
    let failures: FailureRecord[] = [];
    const flush = async () => {
      await store.addFailures(run, failures);
      failures = [];
      const stored = await store.storedIds(chunk.map((c) => contentId(c.article)));
      const fresh = chunk.filter((c) => !stored.has(contentId(c.article)));
      const added = await jobs.enqueueArticles(queue, fresh);
      counts.added += added;
      counts.skipped += chunk.length - added;
      chunk = [];
    };
    try {
      for (const path of expandGlobs(paths)) {
        const onError = (err: ReadError): void => {
          counts.failures++;
          process.stderr.write(`parley: ${err.message}\n`);
          failures.push({ file: err.file, line: err.line, record: err.record, field: err.field, reason: err.message });
        };
        for await (const article of readArticles(path, { format, date: opts.date, columns, onError })) {
          counts.read++;
          // PostgreSQL text and jsonb cannot hold U+0000: such a record is reported, not sent to fail its chunk.
          if (JSON.stringify(article).includes('\\u0000')) {
            onError(
              new ReadError(`article ${article.id} contains a NUL character, which PostgreSQL cannot store`, path),
            );
            continue;
          }
          chunk.push({ article, file: path });
          if (chunk.length >= ENQUEUE_CHUNK) await flush();
        }
      }
      await flush();
      await store.finishRun(run, counts);
    } finally {
      await store.close();
    }
    process.stderr.write(
      `enqueue: ${counts.read} articles read: ${counts.added} jobs added, ${counts.skipped} already queued or stored, ${counts.failures} failures\n`,
    );
    if (counts.failures > 0) process.exitCode = 1;
  });

  withDbOption(
    program
      .command('worker')
      .description('analyze queued jobs into the PostgreSQL store until stopped (SIGTERM finishes the batch in hand)')
      .option('--concurrency <n>', 'worker processes on this machine', '1')
      .option('--batch <n>', 'jobs claimed and committed together', '100')
      .option(
        '--lease <duration>',
        'how long a claim holds without a heartbeat (a dead worker is replaced after it)',
        '30s',
      )
      .option('--poll <duration>', 'wait between claims when no job is ready', '1s')
      .option('--until-empty', 'exit once no job is queued or running')
      .option(
        '--dict <path>',
        'user dictionary file or folder (as for analyze); repeatable',
        (v: string, all: string[]) => [...all, v],
        [] as string[],
      )
      .option('--no-actor-memory', "code without the store's actor memory and learn nothing into it")
      .option('--quiet', 'no summary on stderr'),
  ).action(
    async (opts: {
      db?: string;
      concurrency: string;
      batch: string;
      lease: string;
      poll: string;
      untilEmpty?: boolean;
      dict: string[];
      actorMemory: boolean;
      quiet?: boolean;
    }) => {
      const concurrency = positiveInt(opts.concurrency, '--concurrency');
      const batch = positiveInt(opts.batch, '--batch');
      const { parseDuration } = await import('../store/watch.js');
      const leaseMs = parseDuration(opts.lease, '--lease');
      const pollMs = parseDuration(opts.poll, '--poll');
      if (concurrency > 1) return runProcesses(concurrency);
      const dictionaries = loadDictionaries(opts.dict);
      const { store } = await openQueue(opts.db);
      const { runWorker } = await import('../queue/worker.js');
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      const started = Date.now();
      const id = `${hostname()}:${process.pid}`;
      try {
        const totals = await runWorker(store, {
          id,
          batch,
          leaseMs,
          pollMs,
          untilEmpty: !!opts.untilEmpty,
          dictionaries,
          actorMemory: opts.actorMemory,
          signal: stop.signal,
          onFailure: (f) => process.stderr.write(`parley: ${f.reason}\n`),
        });
        const seconds = (Date.now() - started) / 1000;
        if (!opts.quiet)
          process.stderr.write(
            `worker ${id}: ${totals.done} jobs done (${totals.added} articles added) in ${seconds.toFixed(1)} s ` +
              `(${(totals.done / seconds).toFixed(1)} jobs/s; analysis ${(totals.analyzeMs / 1000).toFixed(1)} s, writes ` +
              `${(totals.writeMs / 1000).toFixed(1)} s), ${totals.retried} retried, ${totals.failed} failed` +
              `${stop.signal.aborted ? ' (stopped by signal)' : ''}\n`,
          );
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await store.close();
      }
    },
  );

  withDbOption(
    program
      .command('status')
      .description('jobs queued, running, done and failed, and the rate (PostgreSQL store)')
      .option('--format <format>', 'table|json', 'table'),
  ).action(async (opts: { db?: string; format: string }) => {
    if (opts.format !== 'table' && opts.format !== 'json')
      throw new Error(`--format must be table or json, not "${opts.format}"`);
    const { store, jobs, queue } = await openQueue(opts.db);
    try {
      const s = await jobs.queueStatus(queue);
      if (opts.format === 'json') process.stdout.write(JSON.stringify(s) + '\n');
      else
        process.stdout.write(
          renderRows(
            [
              {
                queued: s.queued,
                running: s.running,
                done: s.done,
                failed: s.failed,
                'jobs/s (last minute)': s.lastMinuteRate.toFixed(1),
                'jobs/s (overall)': s.overallRate.toFixed(1),
              },
            ],
            'table',
          ),
        );
    } finally {
      await store.close();
    }
  });
}

/** `--concurrency N`: N worker processes of this same command, each with --concurrency 1; signals are passed on. */
async function runProcesses(n: number): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === '--concurrency' || a.startsWith('--concurrency='));
  if (at >= 0) args.splice(at, args[at].includes('=') ? 1 : 2);
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, [...process.execArgv, process.argv[1], ...args, '--concurrency', '1'], {
      stdio: 'inherit',
    }),
  );
  const forward = (signal: NodeJS.Signals) => () => {
    for (const c of children) c.kill(signal);
  };
  process.on('SIGTERM', forward('SIGTERM'));
  process.on('SIGINT', forward('SIGINT'));
  const codes = await Promise.all(
    children.map((c) => new Promise<number>((resolve) => c.on('exit', (code) => resolve(code ?? 1)))),
  );
  process.exitCode = Math.max(0, ...codes);
}
