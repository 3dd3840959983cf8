/** Starts bench workers: one task per worker (with a time limit), or one member per core for the all-cores run. */
import { Worker } from 'node:worker_threads';
import type { Article } from '../src/model/doc.js';
import { median } from './measure.js';
import type { SystemName } from './systems.js';
import type { Task, WorkerReply } from './worker.js';

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export type Outcome<T> = { ok: true; result: T } | { ok: false; error: string };

/** Run one task in a fresh worker; a task past `timeoutMs` is terminated and reported as a timeout. */
export function runTask<T>(task: Task, timeoutMs: number): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const worker = new Worker(ENTRY, { workerData: task });
    let settled = false;
    const finish = (o: Outcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(o);
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: `timeout after ${Math.round(timeoutMs / 1000)} s` }),
      timeoutMs,
    );
    worker.on('message', (m: WorkerReply) => {
      if ('ok' in m) finish(m.ok ? { ok: true, result: m.result as T } : { ok: false, error: m.error });
    });
    worker.on('error', (e) => finish({ ok: false, error: e.message }));
    worker.on('exit', (code) => finish({ ok: false, error: `worker exited (${code}) without a result` }));
  });
}

/** Split articles into `k` parts of about equal byte size (largest first, each to the lightest part). */
export function partition(articles: Article[], k: number): Article[][] {
  const parts: Article[][] = Array.from({ length: k }, () => []);
  const load = new Array<number>(k).fill(0);
  const sorted = [...articles].sort((a, b) => b.text.length - a.text.length);
  for (const a of sorted) {
    let best = 0;
    for (let i = 1; i < k; i++) if (load[i] < load[best]) best = i;
    parts[best].push(a);
    load[best] += a.text.length;
  }
  return parts;
}

export interface ParallelResult {
  threads: number;
  runsMs: number[];
  medianMs: number;
}

/**
 * All cores: one worker per part, each warms up on its own part; then `runs` times all start together and the
 * wall time until the last one finishes is recorded.
 */
export async function runParallel(
  system: SystemName,
  parleyEntry: string,
  parts: Article[][],
  runs: number,
  timeoutMs: number,
): Promise<Outcome<ParallelResult>> {
  const workers = parts.map(
    (articles) => new Worker(ENTRY, { workerData: { kind: 'parallel', system, parleyEntry, articles } satisfies Task }),
  );
  const waitAll = (pred: (m: WorkerReply) => boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      let left = workers.length;
      for (const w of workers) {
        const onMsg = (m: WorkerReply): void => {
          if ('ok' in m && !m.ok) return reject(new Error(m.error));
          if (pred(m)) {
            w.off('message', onMsg);
            if (--left === 0) resolve();
          }
        };
        w.on('message', onMsg);
      }
    });
  const failures = workers.map(
    (w) =>
      new Promise<never>((_, reject) => {
        w.on('error', reject);
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    await Promise.race([waitAll((m) => 'ready' in m), ...failures, timeout]);
    const runsMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const done = waitAll((m) => 'done' in m);
      for (const w of workers) w.postMessage({ go: true });
      await Promise.race([done, ...failures, timeout]);
      runsMs.push(performance.now() - t0);
    }
    return { ok: true, result: { threads: workers.length, runsMs, medianMs: median(runsMs) } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
