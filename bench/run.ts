/**
 * `npm run bench [-- --quick] [-- --src] [-- --no-build] [-- --skip=baselines,cli,scaling,parallel,stages]`
 *
 * Measures, on the same texts: Parley end to end and per stage (one thread, then all cores), compromise(+dates) and
 * wink-nlp as baselines (ratios), throughput vs article length, and the whole-process cost of `parley analyze` on a
 * JSONL file. Prints tables and writes bench/results.json (quick mode: bench/results.quick.json). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem, platform, release, arch, hostname, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/doc.js';
import {
  capBytes,
  corpusAvailable,
  CORPUS_NAMES,
  loadCorpus,
  sizeOf,
  sliceArticles,
  type CorpusName,
  type TextSize,
} from './corpora.js';
import { throughput, type RunPlan, type Throughput } from './measure.js';
import { partition, runParallel, runTask, type Outcome, type ParallelResult } from './pool.js';
import { fmt, fmtBytes, table } from './report.js';
import { DATES_MAX_CHARS, truncateAtSpace, type SystemName } from './systems.js';
import type { StagesResult, ThroughputResult } from './worker.js';
import { measureCli, type CliCost } from './cli-cost.js';
import { buildSnapshot, existingDist, sourceTree } from './build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const QUICK = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const USE_SRC = args.includes('--src');
const NO_BUILD = args.includes('--no-build');
const SKIP = new Set((args.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
const OUT = args.find((a) => a.startsWith('--out='))?.slice(6) ?? `${ROOT}bench/results${QUICK ? '.quick' : ''}.json`;

type BaselineName = Exclude<SystemName, 'parley'>;
const BASELINES: BaselineName[] = ['wink', 'compromise', 'compromise-dates'];

interface Mode {
  name: 'full' | 'quick';
  /** Articles per corpus for the Parley runs (fixed order, see corpora.ts). */
  limits: Record<CorpusName, number>;
  e2e: RunPlan;
  stages: RunPlan;
  parallelRuns: number;
  /** Bytes per corpus given to each baseline (compromise is ~100x slower than the target speed). */
  baselineBytes: Record<BaselineName, number>;
  baselinePlan: RunPlan;
  /** Bytes per scaling point (at least one article of the size). */
  scalingBytes: number;
  scalingPlan: RunPlan;
  cliRuns: number;
  taskTimeoutMs: number;
  /** Past this elapsed time, every later measurement is cut to one timed pass (keeps the run near its time target). */
  softDeadlineMs: number;
}

const MODES: Record<'full' | 'quick', Mode> = {
  full: {
    name: 'full',
    limits: { guardian: Infinity, reuters: 2000, bbc: 600 },
    e2e: { maxRuns: 5, minRuns: 3, budgetMs: 25_000 },
    stages: { maxRuns: 3, minRuns: 1, budgetMs: 15_000 },
    parallelRuns: 2,
    baselineBytes: { wink: Infinity, compromise: 150_000, 'compromise-dates': 80_000 },
    baselinePlan: { maxRuns: 3, minRuns: 1, budgetMs: 10_000, warmupMinMs: 2_000 },
    scalingBytes: 500_000,
    scalingPlan: { maxRuns: 3, minRuns: 1, budgetMs: 12_000, warmupMinMs: 1_000 },
    cliRuns: 3,
    taskTimeoutMs: 240_000,
    softDeadlineMs: 420_000,
  },
  quick: {
    name: 'quick',
    limits: { guardian: 40, reuters: 300, bbc: 120 },
    e2e: { maxRuns: 3, minRuns: 1, budgetMs: 5_000 },
    stages: { maxRuns: 2, minRuns: 1, budgetMs: 5_000 },
    parallelRuns: 1,
    baselineBytes: { wink: Infinity, compromise: 30_000, 'compromise-dates': 20_000 },
    baselinePlan: { maxRuns: 2, minRuns: 1, budgetMs: 4_000, warmupMinMs: 500 },
    scalingBytes: 200_000,
    scalingPlan: { maxRuns: 3, minRuns: 1, budgetMs: 5_000, warmupMinMs: 300 },
    cliRuns: 1,
    taskTimeoutMs: 90_000,
    softDeadlineMs: 90_000,
  },
};
const mode = MODES[QUICK ? 'quick' : 'full'];
const started = performance.now();
const notes: string[] = [];

/** The plan, or one timed pass once the soft deadline has passed. */
function plan(p: RunPlan): RunPlan {
  if (performance.now() - started < mode.softDeadlineMs) return p;
  if (!notes.some((n) => n.startsWith('soft deadline')))
    notes.push(`soft deadline (${mode.softDeadlineMs / 1000} s) passed: later measurements used one timed pass`);
  return { ...p, maxRuns: 1, minRuns: 1, warmupMinMs: 0 };
}

function log(msg: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
}

function git(...a: string[]): string {
  const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function machineInfo(): Record<string, unknown> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    v8: process.versions.v8,
    os: `${platform()} ${release()} ${arch()}`,
    host: hostname(),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

interface SystemRun {
  size: TextSize;
  throughput: Throughput;
  /** Throughput per CPU second (process CPU time of the worker's passes); less sensitive to other load. */
  cpuThroughput: Throughput;
  runs: number;
  medianMs: number;
  warmupMs: number;
  importMs: number;
  firstArticleMs: number;
  errors: ThroughputResult['errors'];
  heapUsedMB: number;
  layers?: Record<string, number>;
  note?: string;
}

async function measureSystem(
  system: SystemName,
  parleyEntry: string,
  articles: Article[],
  plan: RunPlan,
): Promise<Outcome<SystemRun>> {
  return (await measureWithParley(system, parleyEntry, articles, plan, false)).main;
}

/** One worker: `system` on the articles, and with `alsoParley` Parley too on the same articles. */
async function measureWithParley(
  system: SystemName,
  parleyEntry: string,
  articles: Article[],
  plan: RunPlan,
  alsoParley: boolean,
): Promise<{ main: Outcome<SystemRun>; parley?: Outcome<SystemRun> }> {
  const r = await runTask<ThroughputResult & { parley?: ThroughputResult }>(
    { kind: 'throughput', system, parleyEntry, articles, plan, alsoParley },
    mode.taskTimeoutMs,
  );
  if (!r.ok) return { main: r, ...(alsoParley ? { parley: r } : {}) };
  const size = sizeOf(articles);
  return {
    main: { ok: true, result: toSystemRun(size, r.result) },
    ...(r.result.parley ? { parley: { ok: true as const, result: toSystemRun(size, r.result.parley) } } : {}),
  };
}

function toSystemRun(size: TextSize, x: ThroughputResult): SystemRun {
  return {
    size,
    throughput: throughput(size, x.passes.medianMs),
    cpuThroughput: throughput(size, x.passes.medianCpuMs),
    runs: x.passes.runsMs.length,
    medianMs: x.passes.medianMs,
    warmupMs: x.passes.warmupMs,
    importMs: x.importMs,
    firstArticleMs: x.firstArticleMs,
    errors: x.errors,
    heapUsedMB: x.heapUsedMB,
    ...(x.layers ? { layers: x.layers } : {}),
    ...(x.note ? { note: x.note } : {}),
  };
}

interface ScalingPoint {
  label: string;
  bytesPerArticle: number;
  articles: number;
  run?: SystemRun;
  error?: string;
  /** Wall ns per byte of text, and CPU ns per byte. */
  nsPerByte?: number;
  cpuNsPerByte?: number;
}

interface StageRow {
  stage: string;
  medianMs: number;
  /** Process CPU ms and the stage's share of the CPU total (less sensitive to other load than wall shares). */
  medianCpuMs?: number;
  share: number;
  cpuShare?: number;
  throughput: Throughput;
  errors: { count: number; first?: string };
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    mode: mode.name,
    machine: machineInfo(),
    git: {
      commit: git('rev-parse', 'HEAD'),
      uncommittedSrcFiles: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length,
    },
  };
  log(`mode ${mode.name}; ${String((results.machine as { cores: number }).cores)} cores; results -> ${OUT}`);

  // 1. What to run: a private build of the current tree (what users run, fixed for the whole run) unless --src or
  // --no-build.
  const build = USE_SRC ? sourceTree() : NO_BUILD ? existingDist() : buildSnapshot();
  process.on('exit', () => build.remove());
  log(`code: ${build.detail}`);
  results.code = build.detail;
  if (!build.ok && !existsSync(fileURLToPath(build.pipelineUrl)))
    throw new Error(`no compiled pipeline: ${build.detail}`);
  if (!build.ok) notes.push(`build: ${build.detail}`);
  const parleyEntry = build.pipelineUrl;
  const cli = build.cli;

  // 2. Corpora.
  const corpora = new Map<CorpusName, Article[]>();
  const corpusInfo: Record<string, unknown> = {};
  for (const name of CORPUS_NAMES) {
    if (!corpusAvailable(name)) {
      notes.push(`corpus ${name} not found under ../shared (PARLEY_SHARED): skipped`);
      continue;
    }
    const articles = loadCorpus(name, mode.limits[name]);
    corpora.set(name, articles);
    corpusInfo[name] = {
      ...sizeOf(articles),
      subset: Number.isFinite(mode.limits[name]) ? `first ${mode.limits[name]} articles` : 'all',
    };
  }
  results.corpora = corpusInfo;
  if (corpora.has('bbc')) notes.push('BBC has no dates: every BBC article gets 2005-01-01');
  notes.push(
    'MB = 10^6 bytes of UTF-8 text; words = whitespace-separated tokens (like wc -w), the same count for every system',
  );

  // 3. Parley: end to end (one thread), each stage alone, all cores.
  const single: Record<string, SystemRun | { error: string }> = {};
  const stagesOut: Record<string, { method: string; runs: number; rows: StageRow[] } | { error: string }> = {};
  const parallel: Record<string, (ParallelResult & { throughput: Throughput; speedup: number }) | { error: string }> =
    {};
  const cache = new Map<string, Outcome<SystemRun>>();
  for (const [name, articles] of corpora) {
    log(`parley analyze, one thread: ${name} (${articles.length} articles)`);
    const e2e = await measureSystem('parley', parleyEntry, articles, plan(mode.e2e));
    cache.set(`${name}:${articles.length}:full`, e2e);
    single[name] = e2e.ok ? e2e.result : { error: e2e.error };
    if (e2e.ok)
      log(
        `  ${fmt(e2e.result.throughput.mbPerSec)} MB/s, ${fmt(e2e.result.throughput.articlesPerSec)} articles/s (median of ${e2e.result.runs})`,
      );
    else log(`  failed: ${e2e.error}`);

    if (!SKIP.has('stages')) {
      log(`parley stages alone: ${name}`);
      const st = await runTask<StagesResult>(
        { kind: 'stages', parleyEntry, articles, plan: plan(mode.stages) },
        mode.taskTimeoutMs,
      );
      if (st.ok) {
        const size = sizeOf(articles);
        const total = st.result.stages.reduce((s, x) => s + x.medianMs, 0);
        const totalCpu = st.result.stages.reduce((s, x) => s + (x.medianCpuMs ?? 0), 0);
        stagesOut[name] = {
          method: st.result.method,
          runs: st.result.runs,
          rows: st.result.stages.map((x) => ({
            stage: x.stage,
            medianMs: x.medianMs,
            share: x.medianMs / total,
            ...(x.medianCpuMs !== undefined ? { medianCpuMs: x.medianCpuMs, cpuShare: x.medianCpuMs / totalCpu } : {}),
            throughput: throughput(size, x.medianMs),
            errors: x.errors,
          })),
        };
      } else stagesOut[name] = { error: st.error };
    }

    if (!SKIP.has('parallel')) {
      const threads = availableParallelism();
      log(`parley analyze, ${threads} worker threads: ${name}`);
      const par = await runParallel(
        'parley',
        parleyEntry,
        partition(articles, threads),
        performance.now() - started < mode.softDeadlineMs ? mode.parallelRuns : 1,
        mode.taskTimeoutMs,
      );
      if (par.ok) {
        const tp = throughput(sizeOf(articles), par.result.medianMs);
        const one = single[name];
        parallel[name] = {
          ...par.result,
          throughput: tp,
          speedup: 'throughput' in one ? tp.mbPerSec / one.throughput.mbPerSec : NaN,
        };
        log(`  ${fmt(tp.mbPerSec)} MB/s`);
      } else parallel[name] = { error: par.error };
    }
  }
  results.parley = { singleThread: single, stages: stagesOut, allCores: parallel };

  // 4. Scaling: the same pipeline on articles of growing length cut from the Guardian text.
  const scaling: ScalingPoint[] = [];
  const guardian = corpora.get('guardian');
  if (!SKIP.has('scaling') && guardian) {
    const source = loadCorpus('guardian');
    for (const [label, size] of [
      ['1 KB', 1_000],
      ['5 KB', 5_000],
      ['50 KB', 50_000],
      ['1 MB', 1_000_000],
    ] as const) {
      const count = Math.max(1, Math.round(mode.scalingBytes / size));
      log(`scaling: ${count} x ${label}`);
      const arts = sliceArticles(source, size, count);
      const r = await measureSystem('parley', parleyEntry, arts, plan(mode.scalingPlan));
      const row: (typeof scaling)[number] = {
        label,
        bytesPerArticle: Math.round(sizeOf(arts).bytes / count),
        articles: count,
      };
      if (r.ok) {
        row.run = r.result;
        row.nsPerByte = (r.result.medianMs * 1e6) / r.result.size.bytes;
        row.cpuNsPerByte = 1e3 / r.result.cpuThroughput.mbPerSec;
      } else row.error = r.error;
      scaling.push(row);
    }
  }
  const ratio = (key: 'nsPerByte' | 'cpuNsPerByte'): number | null => {
    const big = scaling.find((s) => s.label === '1 MB')?.[key];
    const small = scaling.find((s) => s.label === '5 KB')?.[key];
    return big !== undefined && small !== undefined ? big / small : null;
  };
  const scalingRatio = { wall: ratio('nsPerByte'), cpu: ratio('cpuNsPerByte') };
  results.scaling = {
    points: scaling,
    perByteCostRatio1MBvs5KB: scalingRatio.wall,
    perByteCpuCostRatio1MBvs5KB: scalingRatio.cpu,
    target: '<= ~2',
  };

  // 5. Baselines on capped subsets of the same corpora; Parley is timed again on exactly the same subset for the ratio.
  const baselines: Record<string, Record<string, unknown>> = {};
  if (!SKIP.has('baselines')) {
    for (const b of BASELINES) {
      baselines[b] = {};
      for (const [name, articles] of corpora) {
        let subset = capBytes(articles, mode.baselineBytes[b]);
        if (b === 'compromise-dates')
          subset = subset.map((a) => ({ ...a, text: truncateAtSpace(a.text, DATES_MAX_CHARS) }));
        const key = `${name}:${subset.length}:${b === 'compromise-dates' ? 'cut' : 'full'}`;
        log(`baseline ${b}: ${name} (${subset.length} articles, ${fmtBytes(sizeOf(subset).bytes)})`);
        let parley = cache.get(key);
        const both = await measureWithParley(b, parleyEntry, subset, plan(mode.baselinePlan), !parley);
        const base = both.main;
        if (!parley) {
          parley = both.parley ?? { ok: false, error: 'not measured' };
          cache.set(key, parley);
        }
        if (base.ok && parley.ok) {
          const ratio = parley.result.throughput.wordsPerSec / base.result.throughput.wordsPerSec;
          const cpuRatio = parley.result.cpuThroughput.wordsPerSec / base.result.cpuThroughput.wordsPerSec;
          baselines[b][name] = {
            baseline: base.result,
            parleyOnSameTexts: parley.result.throughput,
            parleyOnSameTextsCpu: parley.result.cpuThroughput,
            parleySpeedRatio: ratio,
            parleySpeedRatioCpu: cpuRatio,
          };
          log(
            `  ${b} ${fmt(base.result.throughput.wordsPerSec)} words/s; Parley ${fmt(parley.result.throughput.wordsPerSec)} words/s; ratio ${fmt(ratio)}x wall, ${fmt(cpuRatio)}x cpu`,
          );
        } else baselines[b][name] = { error: base.ok ? `parley: ${(parley as { error: string }).error}` : base.error };
      }
    }
    notes.push(
      `baselines run on the first articles of each Parley subset up to ${Object.entries(mode.baselineBytes)
        .map(([k, v]) => `${k} ${Number.isFinite(v) ? fmtBytes(v) : 'all'}`)
        .join(
          ', ',
        )}; compromise-dates is super-linear on long texts, so each of its articles is cut to ${DATES_MAX_CHARS} chars (Parley is timed on the same cut texts)`,
    );
  }
  results.baselines = baselines;

  // 6. The CLI as a user runs it.
  let cliCost: CliCost | null = null;
  if (!SKIP.has('cli') && guardian) {
    log('CLI: parley analyze guardian.jsonl (whole process)');
    cliCost = measureCli(cli, loadCorpus('guardian'), mode.cliRuns);
    if (cliCost.skipped) log(`  skipped: ${cliCost.reason}`);
  }
  results.cli = cliCost;
  results.summary = summarize(single, parallel, scalingRatio, baselines, cliCost);
  for (const [name, r] of Object.entries(single))
    if ('throughput' in r && r.cpuThroughput.mbPerSec < 1)
      notes.push(`${name}: ${fmt(r.cpuThroughput.mbPerSec)} MB per CPU-second, below the 1 MB/s per core target`);
  results.notes = notes;
  (results.machine as Record<string, unknown>).loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  results.elapsedSec = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');

  printTables(results, single, stagesOut, parallel, scaling, scalingRatio, baselines, cliCost);
  process.stdout.write(`\nwrote ${OUT} in ${results.elapsedSec} s (mode ${mode.name})\n`);
}

/** The headline figures in one small object (results.json `summary`). */
function summarize(
  single: Record<string, SystemRun | { error: string }>,
  parallel: Record<string, (ParallelResult & { throughput: Throughput; speedup: number }) | { error: string }>,
  scalingRatio: { wall: number | null; cpu: number | null },
  baselines: Record<string, Record<string, unknown>>,
  cliCost: CliCost | null,
): Record<string, unknown> {
  const round = (x: number | null | undefined, d = 3): number | null =>
    x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toPrecision(d));
  const perCorpus: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(single)) {
    const p = parallel[name];
    perCorpus[name] =
      'error' in r
        ? { error: r.error }
        : {
            mbPerSec: round(r.throughput.mbPerSec),
            mbPerCpuSec: round(r.cpuThroughput.mbPerSec),
            wordsPerSec: round(r.throughput.wordsPerSec),
            articlesPerSec: round(r.throughput.articlesPerSec),
            allCoresMbPerSec: p && 'throughput' in p ? round(p.throughput.mbPerSec) : null,
            errors: r.errors.count,
          };
  }
  const ratios: Record<string, Record<string, { wall: number | null; cpu: number | null }>> = {};
  for (const [b, per] of Object.entries(baselines)) {
    ratios[b] = {};
    for (const [name, v] of Object.entries(per)) {
      const r = v as { parleySpeedRatio?: number; parleySpeedRatioCpu?: number };
      ratios[b][name] = { wall: round(r.parleySpeedRatio), cpu: round(r.parleySpeedRatioCpu) };
    }
  }
  return {
    parley: perCorpus,
    scalingPerByteCost1MBvs5KB: { wall: round(scalingRatio.wall), cpu: round(scalingRatio.cpu) },
    parleySpeedOverBaselines: ratios,
    cli:
      cliCost && !cliCost.skipped
        ? {
            guardianJsonlWallMs: round(cliCost.corpus.medianWallMs),
            guardianJsonlCpuMs: round(cliCost.corpus.medianCpuMs),
            guardianJsonlPageFaults: round(cliCost.corpus.medianPageFaults),
            guardianJsonlMBPerSec: round(cliCost.corpus.mbPerSecWholeProcess),
            cpuOverWinkProcess: round(cliCost.wink.cpuRatio),
            peakRssMB: round((cliCost.corpus.memory?.maxRssBytes ?? NaN) / 1e6),
            oneThreadWallMs: round(cliCost.corpusOneThread.medianWallMs),
            oneThreadPeakRssMB: round((cliCost.corpusOneThread.memory?.maxRssBytes ?? NaN) / 1e6),
            peakHeapUsedMB: round((cliCost.corpus.memory?.peakHeapUsedBytes ?? NaN) / 1e6),
            startupMs: round(cliCost.startup.medianWallMs),
            bareNodeMs: round(cliCost.reference.bareNodeMs),
            freshMemoryMsPerMB: round(cliCost.reference.freshMemoryMsPerMB),
          }
        : cliCost
          ? { skipped: cliCost.reason }
          : null,
  };
}

function printTables(
  results: Record<string, unknown>,
  single: Record<string, SystemRun | { error: string }>,
  stages: Record<string, { method: string; runs: number; rows: StageRow[] } | { error: string }>,
  parallel: Record<string, (ParallelResult & { throughput: Throughput; speedup: number }) | { error: string }>,
  scaling: ScalingPoint[],
  scalingRatio: { wall: number | null; cpu: number | null },
  baselines: Record<string, Record<string, unknown>>,
  cliCost: CliCost | null,
): void {
  const m = results.machine as Record<string, unknown>;
  const out: string[] = [];
  out.push(
    `Parley bench (${mode.name}) ${String(results.date)} — ${String(m.cpu)}, ${String(m.cores)} cores, node ${String(m.node)}, code: ${String(results.code)}, commit ${String((results.git as { commit: string }).commit).slice(0, 8)}`,
  );
  out.push(
    `load average (1/5/15 min) at start ${(m.loadAverageAtStart as number[]).join(' / ')}, at end ${(m.loadAverageAtEnd as number[]).join(' / ')} — other work on the machine slows wall-clock figures; MB/cpu-s is less affected`,
  );
  const corpora = results.corpora as Record<string, TextSize & { subset: string }>;
  out.push(
    table(
      'Corpora (Parley runs)',
      ['corpus', 'subset', 'articles', 'MB', 'words', 'avg KB/article'],
      Object.entries(corpora).map(([n, c]) => [
        n,
        c.subset,
        c.articles,
        c.bytes / 1e6,
        c.words,
        c.bytes / c.articles / 1e3,
      ]),
    ),
  );
  const rows: (string | number)[][] = [];
  for (const [n, r] of Object.entries(single)) {
    if ('error' in r) {
      rows.push([n, `error: ${r.error}`]);
      continue;
    }
    const p = parallel[n];
    rows.push([
      n,
      r.throughput.articlesPerSec,
      r.throughput.mbPerSec,
      r.cpuThroughput.mbPerSec,
      r.throughput.wordsPerSec,
      r.throughput.usPerKChar / 1000,
      p && 'throughput' in p ? p.throughput.mbPerSec : p ? `err` : '–',
      p && 'throughput' in p ? p.throughput.wordsPerSec : '–',
      p && 'speedup' in p ? p.speedup : '–',
      r.runs,
      r.errors.count,
    ]);
  }
  out.push(
    table(
      `Parley analyze() end to end, median of timed passes after a warm-up (all cores = ${availableParallelism()} worker threads)`,
      [
        'corpus',
        'art/s',
        'MB/s',
        'MB/cpu-s',
        'words/s',
        'µs/char',
        'MB/s all',
        'words/s all',
        'speedup',
        'runs',
        'errors',
      ],
      rows,
    ),
  );
  for (const [n, r] of Object.entries(single)) {
    if ('layers' in r && r.layers)
      out.push(
        `  ${n} output per article: ${Object.entries(r.layers)
          .map(([k, v]) => `${k} ${fmt(v / r.size.articles)}`)
          .join(', ')}; first article after import ${fmt(r.firstArticleMs)} ms (import ${fmt(r.importMs)} ms)`,
      );
    if ('errors' in r && typeof r.errors === 'object' && r.errors.first)
      out.push(`  ${n} first error: ${r.errors.first}`);
  }
  for (const [n, s] of Object.entries(stages)) {
    if ('error' in s) {
      out.push(`\nStages (${n}): error: ${s.error}`);
      continue;
    }
    out.push(
      table(
        `Stages alone — ${n} (${s.method}, median of ${s.runs})`,
        ['stage', 'wall ms', 'share', 'cpu ms', 'cpu share', 'MB/s alone', 'µs/char', 'errors'],
        s.rows.map((x) => [
          x.stage,
          x.medianMs,
          `${(x.share * 100).toFixed(1)}%`,
          x.medianCpuMs ?? '–',
          x.cpuShare !== undefined ? `${(x.cpuShare * 100).toFixed(1)}%` : '–',
          x.throughput.mbPerSec,
          x.throughput.usPerKChar / 1000,
          x.errors.count,
        ]),
      ),
    );
    for (const x of s.rows) if (x.errors.first) out.push(`  ${x.stage} first error: ${x.errors.first}`);
  }
  if (scaling.length) {
    out.push(
      table(
        'Scaling: one thread, articles cut from the Guardian text',
        ['length', 'articles', 'MB/s', 'ns/byte', 'vs 5 KB', 'cpu ns/byte', 'vs 5 KB (cpu)', 'runs'],
        scaling.map((s) => {
          const base = scaling.find((x) => x.label === '5 KB');
          return [
            s.label,
            s.articles,
            s.run ? s.run.throughput.mbPerSec : `error: ${s.error}`,
            s.nsPerByte ?? '–',
            s.nsPerByte !== undefined && base?.nsPerByte ? s.nsPerByte / base.nsPerByte : '–',
            s.cpuNsPerByte ?? '–',
            s.cpuNsPerByte !== undefined && base?.cpuNsPerByte ? s.cpuNsPerByte / base.cpuNsPerByte : '–',
            s.run?.runs ?? '–',
          ];
        }),
      ),
    );
    out.push(
      `  per-byte cost 1 MB vs 5 KB: ${fmt(scalingRatio.wall)}x wall, ${fmt(scalingRatio.cpu)}x cpu (target <= ~2x)`,
    );
  }
  const brows: (string | number)[][] = [];
  for (const [b, per] of Object.entries(baselines)) {
    for (const [n, v] of Object.entries(per)) {
      const r = v as {
        baseline?: SystemRun;
        parleyOnSameTexts?: Throughput;
        parleyOnSameTextsCpu?: Throughput;
        parleySpeedRatio?: number;
        parleySpeedRatioCpu?: number;
        error?: string;
      };
      if (r.error || !r.baseline || !r.parleyOnSameTexts || !r.parleyOnSameTextsCpu)
        brows.push([b, n, `error: ${r.error}`]);
      else
        brows.push([
          b,
          n,
          r.baseline.size.articles,
          r.baseline.size.bytes / 1e3,
          r.baseline.throughput.wordsPerSec,
          r.baseline.cpuThroughput.wordsPerSec,
          r.parleyOnSameTexts.wordsPerSec,
          r.parleyOnSameTextsCpu.wordsPerSec,
          `${fmt(r.parleySpeedRatio)}x`,
          `${fmt(r.parleySpeedRatioCpu)}x`,
        ]);
    }
  }
  if (brows.length) {
    out.push(
      table(
        'Baselines, one thread, same texts (Parley × = Parley words/s ÷ baseline words/s, by wall and by CPU time)',
        [
          'system',
          'corpus',
          'articles',
          'KB',
          'words/s',
          'words/cpu-s',
          'Parley words/s',
          'Parley words/cpu-s',
          'Parley ×',
          'Parley × cpu',
        ],
        brows,
      ),
    );
    out.push(
      '  wink = wink-nlp + wink-eng-lite-web-model (readDoc, sentences, entities); compromise = people, places, organizations, quotations;',
    );
    out.push(
      `  compromise-dates = the same + dates(), each article cut to ${DATES_MAX_CHARS} chars (super-linear on long texts).`,
    );
  }
  if (cliCost) {
    const c = cliCost;
    const mem = (x: {
      memory: { maxRssBytes: number; peakHeapUsedBytes: number; heapTotalAtExitBytes: number } | null;
    }): [string, string, string] =>
      x.memory
        ? [
            fmtBytes(x.memory.maxRssBytes),
            fmtBytes(x.memory.peakHeapUsedBytes),
            fmtBytes(x.memory.heapTotalAtExitBytes),
          ]
        : ['–', '–', '–'];
    const crow: (string | number)[][] = [];
    const cpu = (x: { medianCpuMs: number; medianPageFaults: number }): [number, number] => [
      x.medianCpuMs,
      x.medianPageFaults,
    ];
    if (c.startup)
      crow.push(['parley --version (startup)', c.startup.medianWallMs, ...cpu(c.startup), '–', ...mem(c.startup)]);
    if (!c.skipped) {
      crow.push([
        'parley analyze one.jsonl (1 article)',
        c.oneArticle.medianWallMs,
        ...cpu(c.oneArticle),
        '–',
        ...mem(c.oneArticle),
      ]);
      crow.push([
        `parley analyze guardian.jsonl (${c.corpus.articles} articles, ${fmtBytes(c.corpus.inputBytes)})`,
        c.corpus.medianWallMs,
        ...cpu(c.corpus),
        c.corpus.mbPerSecWholeProcess,
        ...mem(c.corpus),
      ]);
      crow.push([
        'parley analyze --jobs 1 guardian.jsonl (one thread)',
        c.corpusOneThread.medianWallMs,
        ...cpu(c.corpusOneThread),
        c.corpusOneThread.mbPerSecWholeProcess,
        ...mem(c.corpusOneThread),
      ]);
      crow.push([
        'wink-nlp process, same file (tokens, sentences, entities)',
        c.wink.medianWallMs,
        ...cpu(c.wink),
        c.corpus.inputBytes / 1e6 / (c.wink.medianWallMs / 1000),
        ...mem(c.wink),
      ]);
    }
    out.push(
      table(
        'CLI whole process (startup included, stdout to a file)',
        ['command', 'wall ms', 'CPU ms', 'page faults', 'MB/s', 'peak RSS', 'peak heap used*', 'heap total at exit'],
        crow,
      ),
    );
    if (c.skipped) out.push(`  analyze over JSONL skipped: ${c.reason}`);
    else
      out.push(
        `  CPU of the whole parley process over the wink-nlp process's, median of ${c.corpus.runsMs.length} interleaved pairs: ${fmt(c.wink.cpuRatio)}x`,
      );
    if (c.reference)
      out.push(
        `  machine at the time: bare \`node -e 0\` ${fmt(c.reference.bareNodeMs)} ms; fresh memory ${fmt(c.reference.freshMemoryMsPerMB)} ms per MB (first touch of each page). Both move with the machine's state, and the CLI rows with them.`,
      );
    out.push(
      '  * heap used is sampled every 5 ms when the event loop turns (a lower bound); peak RSS is the high-water mark of the CLI process itself (VmHWM).',
    );
    out.push(
      '  CPU ms (user + system, all threads) and minor page faults are medians over the runs, from getrusage in the CLI process.',
    );
  }
  if (notes.length) out.push('\nNotes:\n' + notes.map((n) => `  - ${n}`).join('\n'));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
