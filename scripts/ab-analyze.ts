/**
 * Same-process A/B of two builds' analyze(): both builds are imported into one process and their passes over the
 * same articles alternate (A B, then B A, ...), each warm, so the machine's drift (±20% here from minute to minute)
 * hits both alike. Prints each build's median and best pass and the per-round time ratio B/A.
 *
 *   node --import tsx scripts/ab-analyze.ts <distA> <distB> [--corpus guardian|reuters|bbc] [--limit N] [--rounds N]
 *
 * A dist is a folder holding pipeline.js (e.g. the `dist/` of a `git worktree` of the base commit
 * after `npm run build`).
 * Both builds keep their own tables in memory, so absolute figures are a little below a lone run's: read the ratio.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_NAMES, loadCorpus, sizeOf, type CorpusName } from '../bench/corpora.js';
import { median } from '../bench/measure.js';
import type { Article } from '../src/model/doc.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const dists = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (dists.length !== 2)
  throw new Error('usage: scripts/ab-analyze.ts <distA> <distB> [--corpus c] [--limit N] [--rounds N]');
const corpus = opt('corpus', 'guardian') as CorpusName;
if (!CORPUS_NAMES.includes(corpus)) throw new Error(`--corpus must be one of ${CORPUS_NAMES.join(', ')}`);
const rounds = Number(opt('rounds', '8'));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');

type Analyze = (a: Article) => unknown;
async function load(dist: string): Promise<Analyze> {
  const entry = resolve(dist, 'pipeline.js');
  if (!existsSync(entry)) throw new Error(`${dist}: no pipeline.js (build it first: npm run build)`);
  return ((await import(pathToFileURL(entry).href)) as { analyze: Analyze }).analyze;
}

const [a, b] = [await load(dists[0]), await load(dists[1])];
const articles = loadCorpus(corpus, Number(opt('limit', 'Infinity')));
const { bytes } = sizeOf(articles);
const pass = (f: Analyze): number => {
  const t0 = performance.now();
  for (const x of articles) f(x);
  return performance.now() - t0;
};
for (let w = 0; w < 2; w++) {
  pass(a);
  pass(b);
}
const ta: number[] = [];
const tb: number[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which build goes first, so neither always runs right after the other's garbage.
  let msA: number;
  let msB: number;
  if (r % 2 === 0) {
    msA = pass(a);
    msB = pass(b);
  } else {
    msB = pass(b);
    msA = pass(a);
  }
  ta.push(msA);
  tb.push(msB);
}
const mbps = (ms: number): string => (bytes / 1e3 / ms).toFixed(3);
for (const [name, t] of [
  [dists[0], ta],
  [dists[1], tb],
] as const) {
  console.log(
    `${name}: median ${median(t).toFixed(0)} ms (${mbps(median(t))} MB/s), best ${Math.min(...t).toFixed(0)} ms (${mbps(Math.min(...t))} MB/s)`,
  );
}
const ratios = tb.map((x, i) => x / ta[i]);
console.log(`${corpus}, ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${rounds} rounds`);
console.log(`B/A time per round: ${ratios.map((x) => x.toFixed(3)).join(' ')}; median ${median(ratios).toFixed(3)}`);
