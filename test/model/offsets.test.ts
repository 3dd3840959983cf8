/**
 * Property test over many real and generated articles: every span anywhere in analyze()'s output
 * (found by walking the JSON generically, so new layers are covered as they land) satisfies
 * `text.slice(start, end) === span.text`, lies inside the text, does not split a surrogate pair,
 * and the whole output validates against AnalysisSchema; ids are unique and every id reference resolves.
 * Real articles: the first 200 Reuters-21578 stories with a body, all Guardian, all BBC (from ../shared, read
 * through readArticles; skipped when ../shared is absent). Generated: seeded random texts with emoji,
 * surrogates, CRLF, NBSP, odd quotes and names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { AnalysisSchema, type Analysis } from '../../src/model/schema.js';
import type { Article } from '../../src/model/doc.js';
import { readArticles, type ReadOptions } from '../../src/read/index.js';
import { sharedPath } from '../../src/data-path.js';

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function isSpanLike(v: unknown): v is SpanLike {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

/** Every span-shaped object in a JSON value, with its path (iterative: output depth is no concern). */
function collectSpans(root: unknown): { path: string; span: SpanLike }[] {
  const out: { path: string; span: SpanLike }[] = [];
  const stack: { path: string; value: unknown }[] = [{ path: '$', value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (isSpanLike(value)) out.push({ path, span: value });
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: `${path}[${i}]`, value: v }));
    else for (const [k, v] of Object.entries(value)) stack.push({ path: `${path}.${k}`, value: v });
  }
  return out;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** All violations for one article (empty when the output is sound). */
function offsetProblems(article: Article): string[] {
  const problems: string[] = [];
  let result: unknown;
  try {
    result = analyze(article);
  } catch (err) {
    return [`analyze threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
  }
  const parsed = AnalysisSchema.safeParse(result);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return problems.concat(spanProblems(result, article.text), parsed.success ? referenceProblems(parsed.data) : []);
}

/** Ids unique within the output, and every id reference (entityId, mentionIds, dateTimexId, quoteId) resolves. */
function referenceProblems(r: Analysis): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const x of [...r.entities, ...r.mentions, ...r.quotes, ...r.times, ...r.events]) {
    if (ids.has(x.id)) problems.push(`duplicate id ${x.id}`);
    ids.add(x.id);
  }
  const entities = new Set(r.entities.map((e) => e.id));
  const mentions = new Set(r.mentions.map((m) => m.id));
  const times = new Set(r.times.map((t) => t.id));
  const quotes = new Set(r.quotes.map((q) => q.id));
  const expect = (what: string, id: string | null | undefined, set: Set<string>): void => {
    if (id !== null && id !== undefined && !set.has(id)) problems.push(`${what} refers to missing ${id}`);
  };
  for (const m of r.mentions) expect(`mention ${m.id} entityId`, m.entityId, entities);
  for (const e of r.entities) for (const id of e.mentionIds) expect(`entity ${e.id} mentionIds`, id, mentions);
  for (const q of r.quotes) {
    expect(`quote ${q.id} speaker`, q.speaker?.entityId, entities);
    expect(`quote ${q.id} addressee`, q.addressee?.entityId, entities);
  }
  for (const ev of r.events) {
    expect(`event ${ev.id} source`, ev.source?.entityId, entities);
    expect(`event ${ev.id} target`, ev.target?.entityId, entities);
    expect(`event ${ev.id} dateTimexId`, ev.dateTimexId, times);
    expect(`event ${ev.id} quoteId`, ev.quoteId, quotes);
  }
  return problems;
}

/** Spans in `result` that are not true to `text`. */
function spanProblems(result: unknown, text: string): string[] {
  const problems: string[] = [];
  for (const { path, span } of collectSpans(result)) {
    // The article metadata object has no offsets; everything else span-shaped must be true to the text.
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      problems.push(`${path}: bad range [${span.start}, ${span.end}) for text of length ${text.length}`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${path}: text.slice(${span.start}, ${span.end}) = ${JSON.stringify(text.slice(span.start, span.end))} but span.text = ${JSON.stringify(span.text)}`);
    } else if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
      problems.push(`${path}: [${span.start}, ${span.end}) splits a surrogate pair`);
    }
  }
  return problems;
}

/** Check many articles; fail with the first few problems, naming the article. */
function checkAll(articles: Iterable<Article>): number {
  const failures: string[] = [];
  let n = 0;
  for (const a of articles) {
    n++;
    for (const p of offsetProblems(a)) if (failures.length < 10) failures.push(`${a.id}: ${p}`);
  }
  assert.deepEqual(failures, [], failures.join('\n'));
  return n;
}

async function readCorpus(path: string, limit: number, options: ReadOptions = {}): Promise<Article[]> {
  const out: Article[] = [];
  // Corpus files with a bad record (a Reuters story without body, a BBC file not in UTF-8) are the readers' business,
  // tested in test/read; here they are just left out.
  for await (const a of readArticles(path, { ...options, onError: () => {} })) {
    out.push(a);
    if (out.length >= limit) break;
  }
  return out;
}

const corpora = sharedPath('corpora');
const haveShared = existsSync(corpora);

test('the span walker finds spans at any depth', () => {
  const spans = collectSpans({ a: [{ b: { start: 1, end: 2, text: 'x' } }], c: { start: 0, end: 0, text: '' }, d: { start: 1 } });
  assert.deepEqual(spans.map((s) => s.path).sort(), ['$.a[0].b', '$.c']);
});

test('the checker flags wrong text, bad ranges and split surrogate pairs', () => {
  const text = 'a😀b';
  const good = { x: { start: 0, end: 1, text: 'a' }, y: [{ start: 1, end: 3, text: '😀' }] };
  assert.deepEqual(spanProblems(good, text), []);
  assert.equal(spanProblems({ s: { start: 0, end: 1, text: 'b' } }, text).length, 1);
  assert.equal(spanProblems({ s: { start: 2, end: 9, text: '' } }, text).length, 1);
  assert.equal(spanProblems({ s: { start: 3, end: 1, text: '' } }, text).length, 1);
  assert.equal(spanProblems({ s: { start: 2, end: 4, text: text.slice(2, 4) } }, text).length, 1);
});

test('the reference check flags duplicate ids and dangling references', () => {
  const span = { start: 0, end: 1, text: 'a' };
  const base = { schemaVersion: '1', article: { id: 'x', date: '2025-01-01' }, sentences: [], entities: [], quotes: [], times: [], events: [] };
  const entity = { id: 'e1', type: 'PERSON' as const, name: 'A', mentionIds: ['m1'], roles: [], country: null, actor: null, rule: 'r' };
  const mention = { id: 'm1', entityId: 'e1', span, kind: 'name' as const, rule: 'r' };
  assert.deepEqual(referenceProblems({ ...base, entities: [entity], mentions: [mention] }), []);
  assert.equal(referenceProblems({ ...base, entities: [], mentions: [mention] }).length, 1);
  assert.equal(referenceProblems({ ...base, entities: [entity, entity], mentions: [mention] }).length, 1);
});

test('spans, schema and references hold on the first 200 Reuters-21578 stories', { skip: !haveShared && 'no ../shared' }, async () => {
  const articles = await readCorpus(sharedPath('corpora/reuters21578/reut2-000.json'), 200);
  assert.equal(checkAll(articles), 200);
});

test('spans, schema and references hold on all Guardian articles', { skip: !haveShared && 'no ../shared' }, async () => {
  const articles = await readCorpus(sharedPath('corpora/guardian/Guardian_SDF_sample.csv'), Infinity);
  assert.ok(checkAll(articles) >= 200);
});

test('spans, schema and references hold on all BBC articles', { skip: !haveShared && 'no ../shared' }, async () => {
  const articles = await readCorpus(sharedPath('corpora/bbc'), Infinity, { date: '2005-01-01' });
  assert.ok(checkAll(articles) >= 2000);
});

// ---- generated articles ----

/** Small seeded PRNG (mulberry32): the same texts on every run, so a failure reproduces. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'President Ana Duarte', 'Secretary of State Marco Rivera', 'the White House', 'Pakistan', 'India', 'the United Nations',
  'said', 'told reporters', 'according to officials', 'on Friday', 'last week', 'May 9', 'in 2024', 'the last two days', 'next month',
  'will meet', 'condemned', 'agreed to talks with', 'accused', 'sanctions', 'U.S.', 'Dr.', 'Gen.', 'No. 10', '3.5%', '$1.2bn',
  '“', '”', '"', "'", '‘', '’', '«', '»', '—', '–', '(', ')', ',', '.', '?', '!', ':', ';',
  '😀', '👍🏽', '🇮🇳', '👩‍👩‍👧', '𝒳', '\ud83d', '\ude00', 'é', 'e\u0301', '中文', 'العربية', 'Ünal',
];
const GLUE = [' ', ' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r\n\r\n', '\u00a0', '\t', '  ', '\u2009', '\u200b'];

function generatedArticle(rand: () => number, i: number): Article {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 120);
  for (let k = 0; k < n; k++) {
    // Mostly sentence-like runs so the stages fire, with odd characters mixed in.
    if (rand() < 0.15) parts.push(`“${pick(PIECES)} ${pick(PIECES)},” ${pick(PIECES)} said ${pick(PIECES)}.`);
    else parts.push(pick(PIECES));
    parts.push(pick(GLUE));
  }
  return { id: `generated-${i}`, date: '2025-05-09', text: parts.join(''), meta: {} };
}

test('spans, schema and references hold on 500 generated texts with emoji, surrogates, CRLF, NBSP and odd quotes', () => {
  const rand = prng(20250509);
  const articles = Array.from({ length: 500 }, (_, i) => generatedArticle(rand, i));
  // Edge shapes too: tiny, whitespace-led, one long line.
  articles.push(
    { id: 'one-char', date: '2025-05-09', text: 'x', meta: {} },
    { id: 'emoji-only', date: '2025-05-09', text: '😀👍🏽😀', meta: {} },
    { id: 'lone-surrogates', date: '2025-05-09', text: '\ud83d said “\ude00” on Friday.', meta: {} },
    { id: 'leading-space', date: '2025-05-09', text: '   \r\n  “Hello,” she said on Monday.  ', meta: {} },
    { id: 'long-line', date: '2025-05-09', text: 'Officials said on Friday that talks continue. '.repeat(2000), meta: {} },
  );
  assert.equal(checkAll(articles), 505);
});
