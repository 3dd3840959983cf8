/**
 * Progress of a long run on stderr: a bar (cli-progress) on a terminal; elsewhere (a log, CI) a plain line every
 * PLAIN_EVERY_MS, so a log gets a few lines, not a redrawn bar.
 */
import cliProgress from 'cli-progress';

export interface ProgressFigures {
  articles: number;
  bytes: number;
  failures: number;
}

const PLAIN_EVERY_MS = 10_000;

export interface ProgressReporter {
  update(figures: ProgressFigures): void;
  /** Clear the bar (before printing something else) and stop. */
  stop(): void;
  /** Print a line above the bar. */
  log(line: string): void;
}

export function progressReporter(options: {
  totalBytes: number | undefined;
  quiet: boolean;
  label: string;
}): ProgressReporter {
  const started = Date.now();
  const rates = (f: ProgressFigures) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return { perSecond: f.articles / seconds, mbPerSecond: f.bytes / 1e6 / seconds };
  };
  if (options.quiet) return { update() {}, stop() {}, log: (line) => process.stderr.write(line + '\n') };
  if (process.stderr.isTTY && options.totalBytes) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${options.label} {bar} {percentage}% | {articles} articles | {mb} MB | {rate}/s | ETA {eta_formatted} | {failures} failures`,
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(options.totalBytes, 0, { articles: 0, mb: '0.0', rate: '0', failures: 0 });
    return {
      update(f) {
        const r = rates(f);
        // The bar measures article text against the input's file size: markup and JSON overhead make it end early.
        bar.update(Math.min(f.bytes, options.totalBytes!), {
          articles: f.articles,
          mb: (f.bytes / 1e6).toFixed(1),
          rate: r.perSecond.toFixed(1),
          failures: f.failures,
        });
      },
      stop() {
        bar.stop();
      },
      log(line) {
        // cli-progress redraws over the line; clear it, print, and let the next update draw again.
        process.stderr.write('\r\x1b[K' + line + '\n');
      },
    };
  }
  let lastLine = Date.now();
  return {
    update(f) {
      if (Date.now() - lastLine < PLAIN_EVERY_MS) return;
      lastLine = Date.now();
      const r = rates(f);
      process.stderr.write(
        `${options.label}: ${f.articles} articles, ${(f.bytes / 1e6).toFixed(1)} MB, ${r.perSecond.toFixed(1)} articles/s, ` +
          `${r.mbPerSecond.toFixed(2)} MB/s, ${f.failures} failures\n`,
      );
    },
    stop() {},
    log: (line) => process.stderr.write(line + '\n'),
  };
}
