/** Timing helpers: warm-up, then a median over several timed passes, bounded by a time budget. */
import type { TextSize } from './corpora.js';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface RunPlan {
  /** Most timed passes (the median is taken over them). */
  maxRuns: number;
  /** Fewest timed passes, even when the budget is spent. */
  minRuns: number;
  /** Stop adding passes once this much time (ms) was spent timing (the warm-up pass counts too). */
  budgetMs: number;
  /**
   * Repeat warm-up passes until this much time (ms) went into them (small subsets need more than one pass for the
   * JIT).
   */
  warmupMinMs?: number;
}

export interface Passes {
  /** Each timed pass, wall ms. */
  runsMs: number[];
  medianMs: number;
  /**
   * Median process CPU time (user + system) of the timed passes, ms. Run in a worker while the main thread waits, this
   * is the pass's own CPU (plus V8's GC helper threads): a figure that other load on the machine inflates far less.
   */
  medianCpuMs: number;
  warmupMs: number;
}

/** Warm-up pass(es) (JIT, lazy tables), then timed passes until maxRuns or the budget is spent. */
export function timePasses(pass: () => void, plan: RunPlan): Passes {
  const w0 = performance.now();
  do pass();
  while (performance.now() - w0 < (plan.warmupMinMs ?? 0));
  const warmupMs = performance.now() - w0;
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let spent = warmupMs;
  while (
    runsMs.length < plan.maxRuns &&
    (runsMs.length < plan.minRuns || spent + (median(runsMs) || warmupMs) <= plan.budgetMs)
  ) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    pass();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    runsMs.push(ms);
    cpuMs.push((c.user + c.system) / 1000);
    spent += ms;
  }
  return { runsMs, medianMs: median(runsMs), medianCpuMs: median(cpuMs), warmupMs };
}

export interface Throughput {
  articlesPerSec: number;
  /** Megabytes (10^6 bytes of UTF-8) per second. */
  mbPerSec: number;
  wordsPerSec: number;
  /** Microseconds per 1,000 characters (the cost unit of the house rule: < 0.2 µs/char for a stage). */
  usPerKChar: number;
}

export function throughput(size: TextSize, ms: number): Throughput {
  const s = ms / 1000;
  return {
    articlesPerSec: size.articles / s,
    mbPerSec: size.bytes / 1e6 / s,
    wordsPerSec: size.words / s,
    usPerKChar: (ms * 1000) / (size.chars / 1000),
  };
}

/** Short message of an unknown thrown value. */
export function errorText(e: unknown): string {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return msg.length > 300 ? msg.slice(0, 300) + '…' : msg;
}
