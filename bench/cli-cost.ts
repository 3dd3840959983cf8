/**
 * What the CLI costs a user: whole-process wall time (node startup and module loading included), peak RSS and heap
 * of `parley analyze articles.jsonl`, measured by spawning the real command with bench/probe.cjs preloaded.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/doc.js';
import { median } from './measure.js';

const PROBE = fileURLToPath(new URL('./probe.cjs', import.meta.url));

export interface ProcessMemory {
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
  exitCode: number | null;
  outputLines: number;
  outputBytes: number;
  memory: ProcessMemory | null;
}

export type CliCost =
  | {
      skipped: false;
      /** `parley --version`: node startup + loading every module, no analysis. */
      startup: CliCase;
      /** One article (the first Guardian one) as JSONL: startup + lazy tables + one analysis. */
      oneArticle: CliCase;
      /** Every Guardian article as JSONL, the default way (on 2 cores: the stage split, --jobs split). */
      corpus: CliCase & { articles: number; inputBytes: number; mbPerSecWholeProcess: number; articlesPerSecWholeProcess: number };
      /** The same with --jobs 1: one thread, the smallest footprint. */
      corpusOneThread: CliCase & { mbPerSecWholeProcess: number };
    }
  | { skipped: true; reason: string; startup?: CliCase };

/** Spawn `cmd args` with stdout to a file; wall time around the whole child process. */
function runOnce(cmd: string[], args: string[], dir: string): CliRun {
  const outFile = join(dir, 'out.jsonl');
  const probeFile = join(dir, 'probe.json');
  rmSync(probeFile, { force: true });
  const fd = openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(cmd[0], ['--require', PROBE, ...cmd.slice(1), ...args], {
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, PARLEY_BENCH_PROBE: probeFile },
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
  const last = all[all.length - 1];
  const peak = all.reduce<ProcessMemory | null>((m, r) => (r.memory && (!m || r.memory.maxRssBytes > m.maxRssBytes) ? r.memory : m), null);
  return {
    case: {
      command: ['parley', ...args.map((a) => (a.startsWith(dir) ? '<tmp>' + a.slice(dir.length) : a))].join(' '),
      runsMs: all.map((r) => r.wallMs),
      medianWallMs: median(all.map((r) => r.wallMs)),
      exitCode: last.exitCode,
      outputLines: last.outputLines,
      outputBytes: last.outputBytes,
      memory: peak,
    },
    last,
  };
}

function toJsonl(articles: Article[]): string {
  return articles.map((a) => JSON.stringify({ id: a.id, date: a.date, text: a.text, ...(a.source ? { source: a.source } : {}) })).join('\n') + '\n';
}

/**
 * `cli` is the command that runs the CLI, e.g. [node, dist/cli/main.js]. The JSONL is written to a temp dir (removed
 * after). When the JSONL reader has not landed yet (the one-article run fails or prints no analysis), the corpus part is
 * skipped with the reason.
 */
export function measureCli(cli: string[], articles: Article[], runs: number): CliCost {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const all = join(dir, 'guardian.jsonl');
    const one = join(dir, 'one.jsonl');
    writeFileSync(all, toJsonl(articles));
    writeFileSync(one, toJsonl(articles.slice(0, 1)));
    const startup = runCase(cli, ['--version'], dir, Math.max(3, runs));
    const oneRun = runCase(cli, ['analyze', one], dir, Math.max(3, runs));
    if (oneRun.last.exitCode !== 0 || oneRun.last.outputLines !== 1) {
      return {
        skipped: true,
        reason: `reader missing: \`parley analyze x.jsonl\` exited ${oneRun.last.exitCode} with ${oneRun.last.outputLines} output lines (${oneRun.last.stderrHead})`,
        startup: startup.case,
      };
    }
    const corpus = runCase(cli, ['analyze', all], dir, runs);
    const oneThread = runCase(cli, ['analyze', '--jobs', '1', all], dir, runs);
    const inputBytes = statSync(all).size;
    const s = corpus.case.medianWallMs / 1000;
    if (corpus.last.outputLines !== articles.length) {
      return {
        skipped: true,
        reason: `the CLI printed ${corpus.last.outputLines} analyses for ${articles.length} articles (exit ${corpus.last.exitCode}: ${corpus.last.stderrHead})`,
        startup: startup.case,
      };
    }
    return {
      skipped: false,
      startup: startup.case,
      oneArticle: oneRun.case,
      corpus: { ...corpus.case, articles: articles.length, inputBytes, mbPerSecWholeProcess: inputBytes / 1e6 / s, articlesPerSecWholeProcess: articles.length / s },
      corpusOneThread: { ...oneThread.case, mbPerSecWholeProcess: inputBytes / 1e6 / (oneThread.case.medianWallMs / 1000) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
