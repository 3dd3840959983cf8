/**
 * Matcher throughput: matchActors over the BBC corpus (../shared/corpora/bbc), text stage excluded.
 * Run: node --import tsx scripts/bench-actors.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/data-path.js';
import { runPipeline } from '../src/pipeline.js';
import type { Doc } from '../src/model/doc.js';
import { matchActors } from '../src/entities/actors/index.js';
import { builtinLexicon } from '../src/entities/actors/lexicon.js';

const root = sharedPath('corpora', 'bbc');
const texts: string[] = [];
for (const topic of readdirSync(root)) {
  if (!/^[a-z]+$/.test(topic)) continue;
  for (const f of readdirSync(join(root, topic))) texts.push(readFileSync(join(root, topic, f), 'latin1'));
}
const t0 = performance.now();
builtinLexicon();
const loadMs = performance.now() - t0;
const makeDocs = (): Doc[] =>
  texts.map((text, i) => runPipeline({ id: String(i), date: '2005-01-01', text, meta: {} }, { until: 'text' }));
const chars = texts.reduce((a, t) => a + t.length, 0);
let best = Infinity;
let matches = 0;
for (let round = 0; round < 3; round++) {
  const docs = makeDocs(); // fresh docs: matchActors caches per doc
  const s = performance.now();
  matches = 0;
  for (const d of docs) matches += matchActors(d).length;
  best = Math.min(best, performance.now() - s);
}
const tokens = makeDocs().reduce((a, d) => a + d.tokens.count, 0);
console.log(`lexicon load ${loadMs.toFixed(0)} ms (${builtinLexicon().size} surfaces)`);
console.log(`${texts.length} docs, ${(chars / 1e6).toFixed(2)} M chars, ${tokens} tokens, ${matches} matches`);
console.log(
  `matchActors: ${best.toFixed(0)} ms = ${(chars / 1e6 / (best / 1000)).toFixed(1)} MB/s, ${((best * 1e6) / chars).toFixed(3)} ns/char`,
);
