/**
 * Part-of-speech tagging cost on the Guardian sample, against the events stage in the same process: runs the stages
 * up to quotes (not timed), then, per pass over fresh Docs, times tagging every token (posTags) and the events
 * stage, interleaved, and prints CPU µs per char of each and their ratio (a ratio holds better than absolute
 * times on a shared machine). The events stage asks for the tags of the tokens it needs only, so tagging every
 * token is an upper bound of what tagging costs it.
 *   node --import tsx scripts/bench-pos.ts [--passes 5]
 */
import { finishPipeline, runPipeline } from '../src/pipeline.js';
import { posTags } from '../src/pos/tagger.js';
import { tokenIds } from '../src/text/vocab.js';
import { loadCorpus } from '../bench/corpora.js';

const k = process.argv.indexOf('--passes');
const passes = k >= 0 ? Number(process.argv[k + 1]) : 5;
const articles = loadCorpus('guardian');
const chars = articles.reduce((n, a) => n + a.text.length, 0);

function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const pos: number[] = [];
const events: number[] = [];
for (let p = 0; p <= passes; p++) {
  const docs = articles.map((a) => runPipeline(a, { until: 'quotes' }));
  for (const d of docs) tokenIds(d);
  const tagMs = cpuMs(() => docs.forEach((d) => posTags(d)));
  const fresh = articles.map((a) => runPipeline(a, { until: 'quotes' }));
  const eventsMs = cpuMs(() => fresh.forEach((d) => finishPipeline(d, 'quotes')));
  // Pass 0 warms the JIT and the per-type caches.
  if (p === 0) continue;
  pos.push(tagMs);
  events.push(eventsMs);
}
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const us = (ms: number): string => ((ms * 1000) / chars).toFixed(4);
console.log(`Guardian, ${articles.length} articles, ${chars} chars, ${passes} passes (median CPU)`);
console.log(`pos tags of every token: ${us(median(pos))} µs/char`);
console.log(`events stage:            ${us(median(events))} µs/char`);
console.log(`ratio (median of passes): ${median(pos.map((t, i) => t / events[i])).toFixed(3)}`);
