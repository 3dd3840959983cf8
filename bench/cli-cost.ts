/**
 * What the CLI costs a user: whole-process wall time (node startup and module loading included), peak RSS and heap
 * of `parley analyze articles.jsonl`, measured by spawning the real command with bench/probe.cjs preloaded (through
 * NODE_OPTIONS, which reaches the node that the bin's first line starts).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/doc.js';
import { median } from './measure.js';

const PROBE = fileURLToPath(new URL('./probe.cjs', import.meta.url));

export interface ProcessMemory {
  /** User + system CPU time of the whole process (all threads). */
  cpuMs: number;
  systemCpuMs: number;
  /** Minor page faults: first touches of memory, ~10 µs each on this VM (see MachineReference). */
  minorPageFaults: number;
  maxRssBytes: number;
  peakHeapUsedBytes: number;
  peakHeapTotalBytes: number;
  heapTotalAtExitBytes: number;
  peakMallocedBytes: number;
}

export interface CliRun {
  wallMs: number;
  exitCode: number | null;
  outputLines: number;
  outputBytes: number;
  stderrHead: string;
  memory: ProcessMemory | null;
}

export interface CliCase {
  command: string;
  runsMs: number[];
  medianWallMs: number;
  /**
   * Medians of the runs' CPU time (all threads) and minor page faults: steadier than wall time when the machine is
   * busy, and the fault count hardly moves from run to run at all. NaN without the probe's figures.
   */
  medianCpuMs: number;
  medianPageFaults: number;
  exitCode: number | null;
  outputLines: number;
  outputBytes: number;
  memory: ProcessMemory | null;
}

/**
 * What this machine charges any Node process at the moment of the CLI runs, whatever Parley does: a bare `node -e 0`,
 * and the time to touch fresh memory (page faults; a Guardian CLI run touches ~200 MB). On this VM both move a lot
 * from hour to hour, far more than CPU-bound work does, and the CLI figures move with them.
 */
export interface MachineReference {
  /** Median wall time of `node -e 0`. */
  bareNodeMs: number;
  /** Median cost of the first write to each page of a fresh 128 MB array, per MB. */
  freshMemoryMsPerMB: number;
}

export type CliCost =
  | {
      skipped: false;
      reference: MachineReference;
      /** `parley --version`: node startup + loading every module, no analysis. */
      startup: CliCase;
      /** One article (the first Guardian one) as JSONL: startup + lazy tables + one analysis. */
      oneArticle: CliCase;
      /** Every Guardian article as JSONL, the default way (on 2 cores: the stage split, --jobs split). */
      corpus: CliCase & {
        articles: number;
        inputBytes: number;
        mbPerSecWholeProcess: number;
        articlesPerSecWholeProcess: number;
      };
      /** The same with --jobs 1: one thread, the smallest footprint. */
      corpusOneThread: CliCase & { mbPerSecWholeProcess: number };
      /**
       * A wink-nlp process (tokens, sentences, entities) over the same JSONL, its runs interleaved with the corpus
       * runs above; `cpuRatio` is the median of the paired ratios parley CPU / wink CPU (whole processes).
       */
      wink: CliCase & { cpuRatio: number };
    }
  | { skipped: true; reason: string; startup?: CliCase; reference?: MachineReference };

const FRESH_MEMORY_PROBE = `
const mb = 128, a = new Uint8Array(mb * 1024 * 1024), t = process.hrtime.bigint();
for (let i = 0; i < a.length; i += 4096) a[i] = 1;
process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6 / mb));
`;

/** MachineReference, measured now (5 bare starts, 3 fresh-memory probes). */
export function measureMachine(): MachineReference {
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    starts.push(performance.now() - t0);
  }
  const perMB: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['-e', FRESH_MEMORY_PROBE], { encoding: 'utf8' });
    const v = Number(r.stdout);
    if (r.status === 0 && Number.isFinite(v)) perMB.push(v);
  }
  return { bareNodeMs: median(starts), freshMemoryMsPerMB: perMB.length ? median(perMB) : NaN };
}

/** Spawn `cmd args` with stdout to a file; wall time around the whole child process. */
function runOnce(cmd: string[], args: string[], dir: string): CliRun {
  const outFile = join(dir, 'out.jsonl');
  const probeFile = join(dir, 'probe.json');
  rmSync(probeFile, { force: true });
  const fd = openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], {
    stdio: ['ignore', fd, 'pipe'],
    env: {
      ...process.env,
      PARLEY_BENCH_PROBE: probeFile,
      NODE_OPTIONS: `--require ${JSON.stringify(PROBE)} ${process.env.NODE_OPTIONS ?? ''}`.trim(),
      // The bin's `#!/usr/bin/env node` finds node on PATH: the node running the bench first.
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  closeSync(fd);
  const out = readFileSync(outFile, 'utf8');
  let lines = 0;
  for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) lines++;
  return {
    wallMs,
    exitCode: r.status,
    outputLines: lines,
    outputBytes: statSync(outFile).size,
    stderrHead: (r.stderr?.toString('utf8') ?? String(r.error ?? '')).split('\n').slice(0, 3).join(' | ').slice(0, 300),
    memory: existsSync(probeFile) ? (JSON.parse(readFileSync(probeFile, 'utf8')) as ProcessMemory) : null,
  };
}

function runCase(cmd: string[], args: string[], dir: string, runs: number): { case: CliCase; last: CliRun } {
  const all: CliRun[] = [];
  for (let i = 0; i < runs; i++) all.push(runOnce(cmd, args, dir));
  return summarizeRuns(all, args, dir);
}

function summarizeRuns(all: CliRun[], args: string[], dir: string): { case: CliCase; last: CliRun } {
  const last = all[all.length - 1];
  const peak = all.reduce<ProcessMemory | null>(
    (m, r) => (r.memory && (!m || r.memory.maxRssBytes > m.maxRssBytes) ? r.memory : m),
    null,
  );
  return {
    case: {
      command: ['parley', ...args.map((a) => (a.startsWith(dir) ? '<tmp>' + a.slice(dir.length) : a))].join(' '),
      runsMs: all.map((r) => r.wallMs),
      medianWallMs: median(all.map((r) => r.wallMs)),
      medianCpuMs: medianOf(all, (m) => m.cpuMs),
      medianPageFaults: medianOf(all, (m) => m.minorPageFaults),
      exitCode: last.exitCode,
      outputLines: last.outputLines,
      outputBytes: last.outputBytes,
      memory: peak,
    },
    last,
  };
}

const WINK_PROCESS = fileURLToPath(new URL('./wink-process.mjs', import.meta.url));

/**
 * The corpus runs of the CLI alternated with runs of the wink-nlp reference process over the same file, so that both
 * see the machine in the same state; the ratio is taken per pair.
 */
function runInterleaved(
  cli: string[],
  args: string[],
  dir: string,
  runs: number,
): { corpus: { case: CliCase; last: CliRun }; wink: CliCase & { cpuRatio: number } } {
  const parleyRuns: CliRun[] = [];
  const winkRuns: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    parleyRuns.push(runOnce(cli, args, dir));
    winkRuns.push(runOnce([process.execPath, WINK_PROCESS], [args[args.length - 1]], dir));
  }
  const ratios = parleyRuns.flatMap((p, i) => {
    const w = winkRuns[i].memory;
    return p.memory && w ? [p.memory.cpuMs / w.cpuMs] : [];
  });
  return {
    corpus: summarizeRuns(parleyRuns, args, dir),
    wink: {
      ...summarizeRuns(winkRuns, ['wink-process.mjs', '<tmp>/guardian.jsonl'], dir).case,
      cpuRatio: ratios.length ? median(ratios) : NaN,
    },
  };
}

/** Median of a probe figure over the runs that have one (NaN when none has). */
function medianOf(runs: CliRun[], pick: (m: ProcessMemory) => number): number {
  const xs = runs.flatMap((r) => (r.memory && Number.isFinite(pick(r.memory)) ? [pick(r.memory)] : []));
  return xs.length ? median(xs) : NaN;
}

function toJsonl(articles: Article[]): string {
  return (
    articles
      .map((a) => JSON.stringify({ id: a.id, date: a.date, text: a.text, ...(a.source ? { source: a.source } : {}) }))
      .join('\n') + '\n'
  );
}

/**
 * `cli` is the command that runs the CLI, e.g. [dist/bundle/parley.js] (Build.cli). The JSONL is written to a temp
 * dir (removed after). When the JSONL reader has not landed yet (the one-article run fails or prints no analysis), the
 * corpus part is skipped with the reason.
 */
export function measureCli(cli: string[], articles: Article[], runs: number): CliCost {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const all = join(dir, 'guardian.jsonl');
    const one = join(dir, 'one.jsonl');
    writeFileSync(all, toJsonl(articles));
    writeFileSync(one, toJsonl(articles.slice(0, 1)));
    const reference = measureMachine();
    const startup = runCase(cli, ['--version'], dir, Math.max(3, runs));
    const oneRun = runCase(cli, ['analyze', one], dir, Math.max(3, runs));
    if (oneRun.last.exitCode !== 0 || oneRun.last.outputLines !== 1) {
      return {
        skipped: true,
        reason: `reader missing: \`parley analyze x.jsonl\` exited ${oneRun.last.exitCode} with ${oneRun.last.outputLines} output lines (${oneRun.last.stderrHead})`,
        startup: startup.case,
        reference,
      };
    }
    const { corpus, wink } = runInterleaved(cli, ['analyze', all], dir, runs);
    const oneThread = runCase(cli, ['analyze', '--jobs', '1', all], dir, runs);
    const inputBytes = statSync(all).size;
    const s = corpus.case.medianWallMs / 1000;
    if (corpus.last.outputLines !== articles.length) {
      return {
        skipped: true,
        reason: `the CLI printed ${corpus.last.outputLines} analyses for ${articles.length} articles (exit ${corpus.last.exitCode}: ${corpus.last.stderrHead})`,
        startup: startup.case,
        reference,
      };
    }
    return {
      skipped: false,
      reference,
      startup: startup.case,
      oneArticle: oneRun.case,
      corpus: {
        ...corpus.case,
        articles: articles.length,
        inputBytes,
        mbPerSecWholeProcess: inputBytes / 1e6 / s,
        articlesPerSecWholeProcess: articles.length / s,
      },
      corpusOneThread: {
        ...oneThread.case,
        mbPerSecWholeProcess: inputBytes / 1e6 / (oneThread.case.medianWallMs / 1000),
      },
      wink,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
