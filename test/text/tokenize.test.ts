import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { TokFlag, TokKind } from '../../src/model/doc.js';

function words(text: string): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
}

function sentences(text: string): string[] {
  const t = tokenize(text);
  return splitSentences(text, t).sentences.map((s) => text.slice(s.start, s.end));
}

test('initials, dotted acronyms and title abbreviations keep their period', () => {
  assert.deepEqual(words('Gen. Ada Ng met U.S. envoy J. R. Doe at 3 p.m.'), [
    'Gen.',
    'Ada',
    'Ng',
    'met',
    'U.S.',
    'envoy',
    'J.',
    'R.',
    'Doe',
    'at',
    '3',
    'p.m.',
  ]);
});

test('hyphenated words, numbers with separators and possessives', () => {
  assert.deepEqual(words('A Lima-based group paid $1,250.75 to de-escalate Peru’s row.'), [
    'A',
    'Lima-based',
    'group',
    'paid',
    '$',
    '1,250.75',
    'to',
    'de-escalate',
    'Peru',
    '’s',
    'row',
    '.',
  ]);
  assert.deepEqual(words("They didn't go to O'Hare."), ['They', "didn't", 'go', 'to', "O'Hare", '.']);
});

test('quote marks are their own tokens, curly and straight', () => {
  const text = '“Yes,” she said. "No."';
  const t = tokenize(text);
  const quotes = Array.from({ length: t.count }, (_, i) => i).filter((i) => t.kind[i] === TokKind.Quote);
  assert.deepEqual(
    quotes.map((i) => text[t.start[i]]),
    ['“', '”', '"', '"'],
  );
});

test('flags: capitalization, all caps, paragraph start', () => {
  const text = 'NATO said\n\nPeace holds';
  const t = tokenize(text);
  assert.ok(t.flags[0] & TokFlag.AllCaps);
  assert.ok(t.flags[0] & TokFlag.ParagraphStart);
  assert.ok(!(t.flags[1] & TokFlag.Capitalized));
  assert.ok(t.flags[2] & TokFlag.ParagraphStart);
  assert.ok(t.flags[2] & TokFlag.Capitalized);
});

test('offsets are UTF-16 and survive astral characters', () => {
  const text = 'Ali 🙂 said “ok” — fine';
  const t = tokenize(text);
  for (let i = 0; i < t.count; i++) assert.ok(t.end[i] > t.start[i] && t.end[i] <= text.length);
  assert.deepEqual(words(text), ['Ali', '🙂', 'said', '“', 'ok', '”', '—', 'fine']);
});

test('sentences: abbreviations and initials do not split, real periods do', () => {
  assert.deepEqual(sentences('Lt. Gen. R. Osei arrived in the U.S. on Monday. He met Mr. Diaz.'), [
    'Lt. Gen. R. Osei arrived in the U.S. on Monday.',
    'He met Mr. Diaz.',
  ]);
  assert.deepEqual(sentences('Talks stalled in the U.S. The envoy left.'), [
    'Talks stalled in the U.S.',
    'The envoy left.',
  ]);
});

test('sentences: closing quotes stay with their sentence; commas inside quotes do not split', () => {
  assert.deepEqual(sentences('“We will win.” The crowd cheered. “Never,” he said, “give up.”'), [
    '“We will win.”',
    'The crowd cheered.',
    '“Never,” he said, “give up.”',
  ]);
});

test('sentences: a blank line always ends a sentence, a single newline does not', () => {
  assert.deepEqual(sentences('Headline without a period\n\nBody text wraps\nacross lines. Next one.'), [
    'Headline without a period',
    'Body text wraps\nacross lines.',
    'Next one.',
  ]);
});

test('sentences: a dateline stays inside the first sentence', () => {
  const s = sentences('Accra, June 3 (PW) Ghana’s president spoke on Monday. Crowds gathered.');
  assert.equal(s.length, 2);
  assert.ok(s[0].startsWith('Accra, June 3 (PW)'));
});

test('empty and whitespace-only text give no tokens or sentences', () => {
  assert.equal(tokenize('').count, 0);
  assert.deepEqual(sentences('   \n\n  '), []);
});
