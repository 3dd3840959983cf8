/** Text that used to make the output or the memory blow up: bounded sentences and quotes; odd characters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, runPipeline } from '../../src/pipeline.js';
import { MAX_SENTENCE_TOKENS } from '../../src/text/sentences.js';
import { findQuoteRegions, MAX_QUOTE_CHARS } from '../../src/quotes/marks.js';
import { AnalysisSchema } from '../../src/model/schema.js';
import { parley, write } from './helpers.js';

const WORDS = ['the', 'council', 'met', 'Maria', 'Lopez', 'in', 'Lima', 'and', 'said', 'talks', 'would', 'go', 'on'];

/** n words without sentence punctuation, every 37th followed by a comma. */
function runOn(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[i % WORDS.length] + (i % 37 === 36 ? ',' : ''));
  return out.join(' ');
}

test('a sentence has at most MAX_SENTENCE_TOKENS tokens; a long run is cut at clause punctuation', () => {
  const a = analyze({ id: 'run', date: '2025-01-02', text: runOn(5_000) + '.', meta: {} });
  assert.ok(a.sentences.length >= 5_000 / MAX_SENTENCE_TOKENS);
  for (const s of a.sentences.slice(0, -1)) {
    assert.ok(s.text.split(' ').length <= MAX_SENTENCE_TOKENS, `${s.text.split(' ').length} words`);
    assert.ok(s.text.endsWith(','), s.text.slice(-20));
  }
  // Without any punctuation the cut falls at the limit.
  const bare = analyze({ id: 'bare', date: '2025-01-02', text: Array(1000).fill('word').join(' '), meta: {} });
  assert.deepEqual(
    bare.sentences.map((s) => s.text.split(' ').length),
    [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS],
  );
});

test('quotes and events name their sentence by index (schema 2.0)', () => {
  const text = '“We will keep talking,” Maria Lopez said on Monday. Peru accused Chile of spying on Tuesday.';
  const a = AnalysisSchema.parse(analyze({ id: 'idx', date: '2025-01-02', text, meta: {} }));
  assert.ok(a.quotes.length > 0 && a.events.length > 0);
  for (const x of [...a.quotes, ...a.events]) {
    const s = a.sentences[x.sentence];
    const inner = 'content' in x ? x.content : x.evidence.trigger;
    assert.ok(s.start <= inner.start && inner.end <= s.end, JSON.stringify(x));
  }
});

test('a stray opening mark does not swallow the article: the quote is cut and flagged, later quotes are found', () => {
  const filler = 'Officials met again and the talks went on for hours without a break. ';
  const text =
    '“A stray mark opens here. ' + filler.repeat(40) + '“We will not give up,” Maria Lopez said. “Never,” she added.';
  const a = analyze({ id: 'stray', date: '2025-01-02', text, meta: {} });
  const longest = Math.max(...a.quotes.map((q) => q.content.end - q.content.start));
  assert.ok(longest <= MAX_QUOTE_CHARS, `${longest}`);
  assert.equal(a.quotes.filter((q) => q.unbalanced).length, 1);
  assert.ok(
    a.quotes.some((q) => q.content.text === 'We will not give up,' || q.content.text === 'We will not give up'),
    JSON.stringify(a.quotes.map((q) => q.content.text)),
  );
  // The marks after the stray one pair up again.
  const doc = runPipeline({ id: 'stray', date: '2025-01-02', text, meta: {} }, { until: 'entities' });
  const regions = findQuoteRegions(doc).map((r) => [text.slice(r.start, r.end), r.unbalanced === true]);
  assert.deepEqual(regions.slice(1), [
    ['We will not give up,', false],
    ['Never,', false],
  ]);
  assert.equal(regions[0][1], true);
});

test('vertical tab and form feed are whitespace; an emoji glued to a name is not part of it', async () => {
  const path = write(
    'controls.txt',
    'date 2025-01-02\n\nChancellor Maria\vLopez met Juan\fPerez in Lima. Maria Lopez🙂 and Peru🇵🇪 agreed.\n',
  );
  const r = parley(['analyze', path]);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  const names: string[] = a.entities.map((e: { name: string }) => e.name);
  assert.ok(names.includes('Maria Lopez') && names.includes('Juan Perez') && names.includes('Peru'), names.join('|'));
  for (const n of names) assert.doesNotMatch(n, /[\v\f]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u);
});

test('worst cases stay linear: 1 MB without sentence punctuation and a 100,000-word sentence, under a 1 GB heap', () => {
  const article = runOn(170_000).slice(0, 1_000_000);
  const oneMb = write('no-punctuation.jsonl', JSON.stringify({ id: 'np', date: '2025-01-02', text: article }) + '\n');
  const r = parley(['analyze', oneMb, '--jobs', '1'], { heapMb: 1024, timeoutMs: 240_000 });
  assert.equal(r.status, 0, r.stderr.slice(0, 500));
  assert.ok(r.stdout.length < 40 * article.length, `${r.stdout.length} bytes out for ${article.length} in`);
  const words = write('long-sentence.txt', 'date 2025-01-02\n\n' + Array(100_000).fill('word').join(' ') + '.\n');
  const w = parley(['analyze', words, '--jobs', '1'], { heapMb: 1024, timeoutMs: 240_000 });
  assert.equal(w.status, 0, w.stderr.slice(0, 500));
  const sentences: { text: string }[] = JSON.parse(w.stdout).sentences;
  // 100,000 words and the final period: 100,001 tokens.
  assert.equal(sentences.length, Math.ceil(100_001 / MAX_SENTENCE_TOKENS));
  for (const s of sentences) assert.ok(s.text.split(' ').length <= MAX_SENTENCE_TOKENS);
});
