/**
 * `parley watch <feeds.txt|url...> [--every 10m] [--once]`: poll RSS/Atom feeds and ingest their new items into the
 * store. One line per feed and poll on stderr; a feed that fails is reported and the others go on. With --once, each
 * feed is polled once and the exit status is 1 when any failed; otherwise it polls until SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import { withDbOption, openStore } from './store-options.js';
import { loadDictionaries } from './dictionaries.js';

interface WatchCliOptions {
  db?: string;
  every: string;
  once?: boolean;
  timeout: string;
  maxBytes: string;
  hostInterval: string;
  dict: string[];
  quiet?: boolean;
}

export function registerWatch(program: Command): void {
  withDbOption(
    program
      .command('watch')
      .description('poll RSS/Atom feeds (URLs, or files listing them) and ingest their new items into the store')
      .argument('<feeds...>', 'feed URLs, or files with one URL a line (# comments)'),
  )
    .option('--every <duration>', 'time between polls of the feed list (30s, 10m, 1h)', '10m')
    .option('--once', 'poll each feed once and exit (exit status 1 when a feed failed)')
    .option('--timeout <duration>', 'longest wait for one whole response', '30s')
    .option('--max-bytes <n>', 'largest feed accepted, in bytes', String(10 * 1024 * 1024))
    .option('--host-interval <duration>', 'least time between two requests to one host', '2s')
    .option(
      '--dict <path>',
      'user dictionary file or folder; repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--quiet', 'report failures only')
    .action(async (args: string[], opts: WatchCliOptions) => {
      const { feedUrls, parseDuration, pollAll, HostGate, describePoll } = await import('../store/watch.js');
      const everyMs = parseDuration(opts.every, '--every');
      const maxBytes = Number(opts.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes < 1)
        throw new Error(`--max-bytes must be a whole number >= 1, not "${opts.maxBytes}"`);
      const options = {
        timeoutMs: parseDuration(opts.timeout, '--timeout'),
        hostIntervalMs: parseDuration(opts.hostInterval, '--host-interval'),
        maxBytes,
        dictionaries: loadDictionaries(opts.dict),
        onFailure: (f: { reason: string }) => process.stderr.write(`parley: watch: ${f.reason}\n`),
      };
      const urls = feedUrls(args);
      const store = await openStore(opts.db);
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const gate = new HostGate(options.hostIntervalMs);
      try {
        do {
          const results = await pollAll(
            store,
            urls,
            gate,
            options,
            (r) => {
              if (r.status === 'error') process.stderr.write(`parley: watch ${r.url}: ${r.reason}\n`);
              else if (!opts.quiet) process.stderr.write(`watch ${r.url}: ${describePoll(r)}\n`);
            },
            stop.signal,
          );
          const failed = results.some((r) => r.status === 'error' || (r.status === 'fetched' && r.failures > 0));
          if (opts.once && failed) process.exitCode = 1;
          if (opts.once || stop.signal.aborted) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, everyMs);
            stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
          });
        } while (!stop.signal.aborted);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });
}
