/**
 * `parley ingest <paths...> [--db parley.db]`: read, analyze and store articles (files, folders, globs or - for
 * stdin). Articles stored already are skipped; bad records are stored in `failures` and reported, and the run goes
 * on (exit status 1 at the end). Progress on stderr, a summary at the end.
 */
import { globSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { INPUT_FORMATS, parseColumnMap, parseInputFormat } from '../read/index.js';
import { loadDictionaries } from './dictionaries.js';
import { chooseMode, withInputOptions, type InputOptions } from './run-articles.js';
import { openStore, withDbOption, defaultDbPath } from './store-options.js';
import { progressReporter } from './progress.js';

interface IngestCliOptions extends InputOptions {
  db?: string;
  quiet?: boolean;
  batch: string;
}

export function registerIngest(program: Command): void {
  withDbOption(
    withInputOptions(
      program.command('ingest').description('analyze articles (files, folders, globs, or - for stdin) into the store'),
    ),
  )
    .option('--batch <n>', 'articles per transaction', '200')
    .option('--quiet', 'no progress and no summary on stderr (problems are still reported)')
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const format = parseInputFormat(opts.input);
      if (!format) throw new Error(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${opts.input}"`);
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`--batch must be a whole number >= 1, not "${opts.batch}"`);
      const columns = opts.columns !== undefined ? parseColumnMap(opts.columns) : undefined;
      const inputs = expandGlobs(paths);
      const dictionaries = loadDictionaries(opts.dict);
      const { ingest } = await import('../store/ingest.js');
      const store = await openStore(opts.db);
      // The same choice as `parley analyze`: the output is the store, not a rendering on the main thread.
      const mode = chooseMode(inputs, opts.jobs, 'jsonl');
      // With the stage split the main thread is the busy one: the store is written on a thread of its own.
      const { BackgroundWriter } = await import('../store/background-writer.js');
      const writer = mode.kind === 'split' ? new BackgroundWriter(store.path, store.analyzerVersion) : undefined;
      const started = Date.now();
      const reporter = progressReporter({ totalBytes: inputBytes(inputs), quiet: !!opts.quiet, label: 'ingest' });
      let final;
      try {
        final = await ingest(store, {
          paths: inputs,
          format,
          date: opts.date,
          columns,
          dictionaries,
          mode,
          writer,
          batchSize,
          onProgress: (p) => reporter.update({ articles: p.read, bytes: p.bytes, failures: p.failures }),
          onFailure: (f) =>
            reporter.log(
              `parley: ${f.articleId && !f.reason.startsWith(f.file ?? '\0') ? `${f.articleId}: ` : ''}${f.reason}`,
            ),
        });
      } finally {
        reporter.stop();
        await writer?.close();
      }
      const totals = await store.totals();
      await store.close();
      const seconds = (Date.now() - started) / 1000;
      if (!opts.quiet) {
        process.stderr.write(
          `ingest: ${final.read} articles read (${(final.bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(1)} s ` +
            `(${(final.read / seconds).toFixed(1)} articles/s, ${(final.bytes / 1e6 / seconds).toFixed(2)} MB/s): ` +
            `${final.added} added, ${final.skipped} already stored, ${final.nearDuplicates} near-duplicate links, ${final.failures} failures\n` +
            `store ${opts.db ?? defaultDbPath()}: ${totals.articles} articles, ${totals.events} events in ${totals.clusters} clusters, ` +
            `${totals.quotes} quotes, ${totals.entities} entities, ${totals.failures} failures recorded\n`,
        );
      }
      if (final.failures > 0) {
        process.stderr.write(
          `parley: ${final.failures} problem${final.failures === 1 ? '' : 's'} (stored in the failures table)\n`,
        );
        process.exitCode = 1;
      }
    });
}

/** Paths with glob characters that name no file are expanded (quoted globs; the shell expands the others). */
export function expandGlobs(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (path !== '-' && /[*?[\]{}]/.test(path) && !exists(path)) {
      const matches = globSync(path).sort();
      out.push(...(matches.length > 0 ? matches : [path]));
    } else out.push(path);
  }
  return out;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Bytes of the input files (folders walked), or undefined when reading stdin. */
function inputBytes(paths: string[]): number | undefined {
  let total = 0;
  const walk = (path: string): void => {
    const st = statSync(path);
    if (!st.isDirectory()) {
      total += st.size;
      return;
    }
    for (const name of readdirSync(path)) if (!name.startsWith('.')) walk(join(path, name));
  };
  for (const path of paths) {
    if (path === '-') return undefined;
    try {
      walk(path);
    } catch {
      // A missing path is reported by the reader.
    }
  }
  return total;
}
