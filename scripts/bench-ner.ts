/**
 * Tagger speed on real news: tokenizes Reuters-21578 stories (text stage, not timed), then times runTagger.
 *   node --import tsx scripts/bench-ner.ts [--docs 2000]
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/data-path.js';
import { createDoc } from '../src/pipeline.js';
import { runText } from '../src/text/index.js';
import { runTagger } from '../src/entities/tagger/index.js';

const i = process.argv.indexOf('--docs');
const maxDocs = i >= 0 ? Number(process.argv[i + 1]) : 2000;
const stories = (
  JSON.parse(readFileSync(sharedPath('corpora/reuters21578/reut2-000.json'), 'utf8')) as { body?: string }[]
)
  .concat(JSON.parse(readFileSync(sharedPath('corpora/reuters21578/reut2-001.json'), 'utf8')) as { body?: string }[])
  .map((s) => s.body ?? '')
  .filter((b) => b.length > 200)
  .slice(0, maxDocs);
const docs = stories.map((text, k) => {
  const doc = createDoc({ id: String(k), date: '1987-03-01', text, meta: {} });
  runText(doc, {});
  return doc;
});
let tokens = 0;
let chars = 0;
for (const d of docs) {
  tokens += d.tokens.count;
  chars += d.text.length;
}
runTagger(docs[0]); // load the model outside the timing
for (const d of docs.slice(0, 200)) runTagger(d); // warm up the JIT
// Several rounds; the fastest is reported (other processes share this machine's cores).
// CPU time (user + system of this process) is reported beside wall time: it is less disturbed by other load.
const rounds: number[] = [];
const cpuRounds: number[] = [];
let spans = 0;
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  spans = 0;
  for (const d of docs) spans += runTagger(d).length;
  const c = process.cpuUsage(c0);
  rounds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  cpuRounds.push((c.user + c.system) / 1e6);
}
const rate = (sec: number): string =>
  `${Math.round(tokens / sec)} tokens/s, ${(chars / sec / 1e6).toFixed(2)} MB/s, ${((sec / chars) * 1e6).toFixed(3)} µs/char`;
console.log(`${docs.length} docs, ${tokens} tokens, ${chars} chars, ${spans} spans`);
console.log(`wall s per round: ${rounds.map((s) => s.toFixed(3)).join(' ')}; best ${rate(Math.min(...rounds))}`);
console.log(`cpu  s per round: ${cpuRounds.map((s) => s.toFixed(3)).join(' ')}; best ${rate(Math.min(...cpuRounds))}`);
