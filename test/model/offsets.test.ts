/**
 * Property test over generated articles: spans true to the text, schema-valid output, unique ids and resolving
 * references (the checks are in test/helpers/analysis-checks.ts; the corpora run in test/corpus/offsets.test.ts).
 * Generated: seeded random texts with emoji, surrogates, CRLF, NBSP, odd quotes and names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/doc.js';
import { checkAll, collectSpans, referenceProblems, spanProblems } from '../helpers/analysis-checks.js';

test('the span walker finds spans at any depth', () => {
  const spans = collectSpans({
    a: [{ b: { start: 1, end: 2, text: 'x' } }],
    c: { start: 0, end: 0, text: '' },
    d: { start: 1 },
  });
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
  const base = {
    schemaVersion: '1',
    article: { id: 'x', date: '2025-01-01' },
    sentences: [],
    entities: [],
    quotes: [],
    times: [],
    events: [],
  };
  const entity = {
    id: 'e1',
    type: 'PERSON' as const,
    name: 'A',
    mentionIds: ['m1'],
    roles: [],
    country: null,
    actor: null,
    rule: 'r',
  };
  const mention = { id: 'm1', entityId: 'e1', span, kind: 'name' as const, rule: 'r' };
  assert.deepEqual(referenceProblems({ ...base, entities: [entity], mentions: [mention] }), []);
  assert.equal(referenceProblems({ ...base, entities: [], mentions: [mention] }).length, 1);
  assert.equal(referenceProblems({ ...base, entities: [entity, entity], mentions: [mention] }).length, 1);
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
  'President Ana Duarte',
  'Secretary of State Marco Rivera',
  'the White House',
  'Pakistan',
  'India',
  'the United Nations',
  'said',
  'told reporters',
  'according to officials',
  'on Friday',
  'last week',
  'May 9',
  'in 2024',
  'the last two days',
  'next month',
  'will meet',
  'condemned',
  'agreed to talks with',
  'accused',
  'sanctions',
  'U.S.',
  'Dr.',
  'Gen.',
  'No. 10',
  '3.5%',
  '$1.2bn',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '—',
  '–',
  '(',
  ')',
  ',',
  '.',
  '?',
  '!',
  ':',
  ';',
  '😀',
  '👍🏽',
  '🇮🇳',
  '👩‍👩‍👧',
  '𝒳',
  '\ud83d',
  '\ude00',
  'é',
  'e\u0301',
  '中文',
  'العربية',
  'Ünal',
];
const GLUE = [' ', ' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r\n\r\n', '\u00a0', '\t', '  ', '\u2009', '\u200b'];

function generatedArticle(rand: () => number, i: number): Article {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
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
    {
      id: 'long-line',
      date: '2025-05-09',
      text: 'Officials said on Friday that talks continue. '.repeat(2000),
      meta: {},
    },
  );
  assert.equal(checkAll(articles), 505);
});
