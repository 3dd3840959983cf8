/**
 * Profile analyze() over a corpus and print the hot paths:
 *
 *   node --import tsx scripts/profile.ts [--corpus guardian|reuters|bbc] [--limit N] [--passes N] [--top N]
 *     [--src] [--no-build]
 *
 * Compiles the current tree (a private build, see bench/build.ts; `--no-build` uses dist/ as it is), writes the
 * articles to a temp JSON file, runs a child `node --cpu-prof` that analyzes them `passes` times after one warm-up
 * pass, then reads the .cpuprofile and prints the functions with the most self time (mapped back to src/*.ts lines
 * through the source maps) and the self time per source file.
 * The .cpuprofile is kept (path printed): open it in Chrome DevTools (Performance tab) or speedscope for a flame chart.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_NAMES, loadCorpus, sizeOf, type CorpusName } from '../bench/corpora.js';
import { buildSnapshot, existingDist, sourceTree } from '../bench/build.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const corpus = opt('corpus', 'guardian') as CorpusName;
const limit = Number(opt('limit', 'Infinity'));
const passes = Number(opt('passes', '3'));
const top = Number(opt('top', '25'));
const useSrc = args.includes('--src');
const intervalUs = Number(opt('interval', '200'));

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** src/file.ts:line when a source map knows it, else the runtime location. */
  location: string;
  file: string;
  selfMs: number;
  share: number;
}

const sourceMaps = new Map<string, SourceMap | null>();

/** Map a dist/ position (0-based line/column) back to its TypeScript source through the emitted .js.map. */
function originalPosition(url: string, line: number, column: number): { file: string; line: number } | null {
  if (!url.startsWith('file://')) return null;
  let map = sourceMaps.get(url);
  if (map === undefined) {
    const mapFile = fileURLToPath(url) + '.map';
    map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
    sourceMaps.set(url, map);
  }
  if (!map) return null;
  const e = map.findEntry(line, column) as { originalSource?: string; originalLine?: number };
  if (!e.originalSource || e.originalLine === undefined) return null;
  const src = e.originalSource.startsWith('file://')
    ? fileURLToPath(e.originalSource)
    : join(fileURLToPath(url), '..', e.originalSource);
  return { file: relative(ROOT, src), line: e.originalLine + 1 };
}

function displayFile(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('file://')) return relative(ROOT, fileURLToPath(url));
  return url;
}

/** Self time per function (and per source file), from the sample stream of a .cpuprofile. */
export function hotFunctions(profile: CpuProfile): {
  functions: HotFunction[];
  files: { file: string; selfMs: number; share: number }[];
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  // timeDeltas[i] is the time between sample i-1 and sample i: charge it to the sample that was running (i-1).
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const agg = new Map<string, HotFunction>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    const orig = originalPosition(f.url, f.lineNumber, f.columnNumber);
    const file = orig ? orig.file : displayFile(f.url);
    const location = orig ? `${orig.file}:${orig.line}` : f.url ? `${file}:${f.lineNumber + 1}` : '';
    const name = f.functionName || (f.url ? '(anonymous)' : '(native)');
    const key = `${name}@${location}`;
    const prev = agg.get(key);
    if (prev) prev.selfMs += us / 1000;
    else agg.set(key, { name, location, file, selfMs: us / 1000, share: 0 });
    files.set(file, (files.get(file) ?? 0) + us / 1000);
  }
  const functions = [...agg.values()].sort((a, b) => b.selfMs - a.selfMs);
  for (const fn of functions) fn.share = fn.selfMs / (total / 1000);
  return {
    functions,
    files: [...files.entries()]
      .map(([file, selfMs]) => ({ file, selfMs, share: selfMs / (total / 1000) }))
      .sort((a, b) => b.selfMs - a.selfMs),
    totalMs: total / 1000,
  };
}

function main(): void {
  if (!CORPUS_NAMES.includes(corpus)) throw new Error(`--corpus must be one of ${CORPUS_NAMES.join(', ')}`);
  const build = useSrc ? sourceTree() : args.includes('--no-build') ? existingDist() : buildSnapshot();
  process.on('exit', () => build.remove());
  process.stderr.write(`code: ${build.detail}\n`);
  const entry = build.pipelineUrl;
  const articles = loadCorpus(corpus, limit);
  const size = sizeOf(articles);
  const dir = mkdtempSync(join(tmpdir(), 'parley-profile-'));
  const data = join(dir, 'articles.json');
  writeFileSync(data, JSON.stringify(articles));
  // The child: one warm-up pass (JIT, lazy tables), then the profiled passes. Plain JS so only Parley shows up.
  const child = `
    import { readFileSync } from 'node:fs';
    const { analyze } = await import(${JSON.stringify(entry)});
    const articles = JSON.parse(readFileSync(${JSON.stringify(data)}, 'utf8'));
    let errors = 0;
    const pass = () => { for (const a of articles) { try { analyze(a); } catch { errors++; } } };
    pass();
    const t0 = performance.now();
    for (let i = 0; i < ${passes}; i++) pass();
    console.log(JSON.stringify({ ms: performance.now() - t0, errors }));
  `;
  const nodeArgs = [
    `--cpu-prof`,
    `--cpu-prof-dir=${dir}`,
    `--cpu-prof-interval=${intervalUs}`,
    ...(useSrc ? ['--import', 'tsx'] : []),
    '--input-type=module',
    '-e',
    child,
  ];
  process.stderr.write(
    `profiling analyze() over ${corpus}: ${size.articles} articles, ${(size.bytes / 1e6).toFixed(2)} MB, 1 warm-up + ${passes} passes...\n`,
  );
  const r = spawnSync(process.execPath, nodeArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`profiled run failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  const run = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; errors: number };
  const profFile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!profFile) throw new Error(`no .cpuprofile written in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, profFile), 'utf8')) as CpuProfile;
  const hot = hotFunctions(profile);
  const mbps = (size.bytes * passes) / 1e6 / (run.ms / 1000);
  const lines: string[] = [];
  lines.push(
    `timed passes: ${run.ms.toFixed(0)} ms for ${passes} x ${(size.bytes / 1e6).toFixed(2)} MB = ${mbps.toFixed(2)} MB/s under the profiler (errors: ${run.errors})`,
  );
  lines.push(
    `profile: ${join(dir, profFile)} (whole process incl. warm-up, ${hot.totalMs.toFixed(0)} ms sampled every ${intervalUs} µs)`,
  );
  lines.push(`\nTop ${top} functions by self time:`);
  lines.push(`${'self ms'.padStart(9)} ${'share'.padStart(6)}  function  location`);
  for (const f of hot.functions.slice(0, top))
    lines.push(
      `${f.selfMs.toFixed(1).padStart(9)} ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`,
    );
  lines.push('\nSelf time by file:');
  for (const f of hot.files.slice(0, 15))
    lines.push(`${f.selfMs.toFixed(1).padStart(9)} ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.file}`);
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`profile failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
