/**
 * Bench worker (started through worker-entry.mjs, which registers tsx): runs one task on the texts it is sent and
 * posts the result. Tasks: `throughput` (one system, whole articles), `stages` (Parley, each stage timed alone),
 * `parallel` (one member of the all-cores run: warm up, then one timed pass per `go`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import type { Article } from '../src/model/doc.js';
import { errorText, timePasses, type Passes, type RunPlan } from './measure.js';
import { loadParley, loadSystem, type SystemName } from './systems.js';

export type Task =
  | {
      kind: 'throughput';
      system: SystemName;
      parleyEntry: string;
      articles: Article[];
      plan: RunPlan;
      alsoParley?: boolean;
    }
  | { kind: 'stages'; parleyEntry: string; articles: Article[]; plan: RunPlan }
  | { kind: 'parallel'; system: SystemName; parleyEntry: string; articles: Article[] };

export interface ErrorCount {
  count: number;
  first?: string;
}

export interface ThroughputResult {
  passes: Passes;
  importMs: number;
  /** The first article alone, right after import (lazy tables load here). */
  firstArticleMs: number;
  errors: ErrorCount;
  heapUsedMB: number;
  heapTotalMB: number;
  note?: string;
  /** Parley: how many sentences, entities, quotes, ... the warm-up pass produced over all articles. */
  layers?: Record<string, number>;
}

export interface StageTiming {
  stage: string;
  /** Median over passes of the stage's summed time over all articles, ms. */
  medianMs: number;
  /** The same in process CPU time (instrumented method only). */
  medianCpuMs?: number;
  errors: ErrorCount;
}

export interface StagesResult {
  method: 'instrumented STAGE_FNS' | 'runPipeline until-differences';
  stages: StageTiming[];
  runs: number;
}

export type WorkerReply =
  { ok: true; result: unknown } | { ok: false; error: string } | { ready: true } | { done: true; ms: number };

const port = parentPort!;
const task = workerData as Task;

function countError(c: ErrorCount, e: unknown): void {
  c.count++;
  if (c.first === undefined) c.first = errorText(e);
}

/** The task's system; with `alsoParley`, Parley first on the same texts in the same worker (saves a worker start). */
async function runThroughputTask(
  t: Extract<Task, { kind: 'throughput' }>,
): Promise<ThroughputResult & { parley?: ThroughputResult }> {
  const parley = t.alsoParley && t.system !== 'parley' ? await runThroughput({ ...t, system: 'parley' }) : undefined;
  const main = await runThroughput(t);
  return parley ? { ...main, parley } : main;
}

async function runThroughput(t: Extract<Task, { kind: 'throughput' }>): Promise<ThroughputResult> {
  const { fn, importMs, note, layers } = await loadSystem(t.system, t.parleyEntry);
  const errors: ErrorCount = { count: 0 };
  let sink = 0;
  const f0 = performance.now();
  try {
    sink += fn(t.articles[0]);
  } catch {
    /* counted in the passes below */
  }
  const firstArticleMs = performance.now() - f0;
  let pass = 0;
  const passes = timePasses(() => {
    const counting = pass++ === 0;
    layers?.collect(counting);
    for (const a of t.articles) {
      try {
        sink += fn(a);
      } catch (e) {
        if (counting) countError(errors, e);
      }
    }
  }, t.plan);
  const heap = getHeapStatistics();
  if (sink === -1) console.log(sink);
  return {
    passes,
    importMs,
    firstArticleMs,
    errors,
    heapUsedMB: heap.used_heap_size / 1e6,
    heapTotalMB: heap.total_heap_size / 1e6,
    ...(note ? { note } : {}),
    ...(layers ? { layers: layers.counts() } : {}),
  };
}

/** Each stage alone: instrument the stage functions when the pipeline exports them, else until=k minus until=k-1. */
async function runStages(t: Extract<Task, { kind: 'stages' }>): Promise<StagesResult> {
  const { pipeline, stages } = await loadParley(t.parleyEntry);
  const { createDoc, toAnalysis, STAGE_FNS } = pipeline;
  if (createDoc && toAnalysis && STAGE_FNS && stages.every((s) => typeof STAGE_FNS[s] === 'function')) {
    const names = [...stages, 'toAnalysis (emit)'];
    const fns = stages.map((s) => STAGE_FNS[s]);
    const errors: ErrorCount[] = names.map(() => ({ count: 0 }));
    const perRun: number[][] = [];
    const perRunCpu: number[][] = [];
    let pass = 0;
    const cpuMs = (): number => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1000;
    };
    const passes = timePasses(() => {
      const counting = pass++ === 0;
      const acc = new Float64Array(names.length);
      const accCpu = new Float64Array(names.length);
      for (const a of t.articles) {
        const doc = createDoc(a);
        let k = 0;
        try {
          for (; k <= fns.length; k++) {
            const c0 = cpuMs();
            const t0 = performance.now();
            if (k < fns.length) fns[k](doc, {});
            else toAnalysis(doc);
            acc[k] += performance.now() - t0;
            accCpu[k] += cpuMs() - c0;
          }
        } catch (e) {
          if (counting) countError(errors[k], e);
        }
      }
      perRun.push([...acc]);
      perRunCpu.push([...accCpu]);
    }, t.plan);
    // The leading passes were warm-up.
    const timed = perRun.slice(-passes.runsMs.length);
    const timedCpu = perRunCpu.slice(-passes.runsMs.length);
    return {
      method: 'instrumented STAGE_FNS',
      runs: timed.length,
      stages: names.map((stage, i) => ({
        stage,
        medianMs: medianOf(timed.map((r) => r[i])),
        medianCpuMs: medianOf(timedCpu.map((r) => r[i])),
        errors: errors[i],
      })),
    };
  }
  // Fallback: cumulative prefixes of the pipeline, differenced.
  const cumulative: number[] = [];
  const errors: ErrorCount[] = stages.map(() => ({ count: 0 }));
  let runs = 0;
  for (let k = 0; k < stages.length; k++) {
    let pass = 0;
    const p = timePasses(() => {
      const counting = pass++ === 0;
      for (const a of t.articles) {
        try {
          pipeline.runPipeline(a, { until: stages[k] });
        } catch (e) {
          if (counting) countError(errors[k], e);
        }
      }
    }, t.plan);
    cumulative.push(p.medianMs);
    runs = p.runsMs.length;
  }
  return {
    method: 'runPipeline until-differences',
    runs,
    stages: stages.map((stage, k) => ({
      stage,
      medianMs: Math.max(0, cumulative[k] - (k ? cumulative[k - 1] : 0)),
      errors: errors[k],
    })),
  };
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function runParallelMember(t: Extract<Task, { kind: 'parallel' }>): Promise<void> {
  const { fn } = await loadSystem(t.system, t.parleyEntry);
  let sink = 0;
  const pass = (): void => {
    for (const a of t.articles) {
      try {
        sink += fn(a);
      } catch {
        /* errors are counted by the single-thread run */
      }
    }
  };
  pass(); // warm-up
  port.on('message', (m: { go?: boolean; stop?: boolean }) => {
    if (m.stop) {
      if (sink === -1) console.log(sink);
      port.close();
      return;
    }
    const t0 = performance.now();
    pass();
    port.postMessage({ done: true, ms: performance.now() - t0 } satisfies WorkerReply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}

try {
  if (task.kind === 'throughput')
    port.postMessage({ ok: true, result: await runThroughputTask(task) } satisfies WorkerReply);
  else if (task.kind === 'stages') port.postMessage({ ok: true, result: await runStages(task) } satisfies WorkerReply);
  else await runParallelMember(task);
} catch (e) {
  port.postMessage({ ok: false, error: errorText(e) } satisfies WorkerReply);
}
