import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/pipeline.js';
import { runText } from '../../src/text/index.js';
import { tokenIds, TypeCache, TypeFlag, Vocab, vocab } from '../../src/text/vocab.js';
import { analyze } from '../../src/pipeline.js';
import { StringTable } from '../../src/text/string-table.js';

function textDoc(text: string) {
  const doc = createDoc({ id: 'v', date: '2025-05-09', text });
  runText(doc, {});
  return doc;
}

test('one id per word type as written, found from the characters; lower-cased forms are shared strings', () => {
  const v = new Vocab();
  const text = 'Rubio met rubio, then RUBIO and Rubio again';
  const a = v.idAt(text, 0, 5);
  const b = v.idAt(text, 10, 15);
  const c = v.idAt(text, 22, 27);
  assert.equal(v.idAt(text, 32, 37), a, 'the same spelling gets the same id');
  assert.notEqual(a, b);
  assert.notEqual(a, c);
  assert.equal(v.text(a), 'Rubio');
  assert.equal(v.lower(a), 'rubio');
  assert.equal(v.lower(c), 'rubio');
  assert.equal(v.lower(a), v.lower(a));
  // Many types force the table to grow; every id still finds its word.
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
  const joined = words.join(' ');
  const ids: number[] = [];
  let p = 0;
  for (const w of words) {
    ids.push(v.idAt(joined, p, p + w.length));
    p += w.length + 1;
  }
  words.forEach((w, i) => assert.equal(v.text(ids[i]), w));
  assert.equal(new Set(ids).size, words.length);
});

test('a doc’s token ids name its tokens; clearing between documents bumps the generation and stale ids are retaken', () => {
  const doc = textDoc('Pakistan said India attacked. India denied it.');
  const ids = tokenIds(doc);
  assert.equal(ids.length, doc.tokens.count);
  for (let i = 0; i < doc.tokens.count; i++) {
    assert.equal(vocab.text(ids[i]), doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
  }
  assert.equal(tokenIds(doc), ids, 'computed once per doc');
  assert.equal(ids[2], ids[5], '"India" twice');

  let computed = 0;
  const cache = new TypeCache((id) => {
    computed++;
    return vocab.lower(id).length;
  });
  assert.equal(cache.has(ids[0]), false, 'nothing computed yet');
  assert.equal(cache.get(ids[0]), 'pakistan'.length);
  cache.get(ids[0]);
  assert.equal(computed, 1, 'one computation per type');
  assert.equal(cache.has(ids[0]), true);
  assert.equal(cache.has(ids[1]), false, 'another type is not computed by the first');

  const gen = vocab.generation;
  vocab.clearIfOver(0);
  assert.equal(vocab.generation, gen + 1);
  assert.equal(vocab.size, 0);
  assert.equal(cache.has(ids[0]), false, 'answers of an older generation do not count');
  const again = tokenIds(doc);
  assert.notEqual(again, ids, 'ids of an older generation are not reused');
  for (let i = 0; i < doc.tokens.count; i++) {
    assert.equal(vocab.text(again[i]), doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
  }
  assert.equal(cache.get(again[0]), 'pakistan'.length);
  assert.equal(computed, 2, 'a new generation recomputes');
});

test('a per-type yes/no flag is computed once per type, answers both ways, and again after the vocabulary is cleared', () => {
  const doc = textDoc('The de-escalation talks in Pakistan-based offices.');
  const ids = tokenIds(doc);
  const asked: string[] = [];
  const hyphen = new TypeFlag((id) => {
    asked.push(vocab.text(id));
    return vocab.text(id).includes('-');
  });
  const answers = Array.from(ids, (id) => hyphen.get(id));
  assert.deepEqual(
    answers,
    Array.from(ids, (id) => vocab.text(id).includes('-')),
  );
  assert.ok(answers.includes(true) && answers.includes(false));
  Array.from(ids, (id) => hyphen.get(id));
  assert.equal(asked.length, new Set(ids).size, 'one computation per type');
  vocab.clearIfOver(0);
  const again = tokenIds(doc);
  assert.equal(hyphen.get(again[1]), true, '"de-escalation" under its new id');
  assert.equal(asked.length, new Set(ids).size + 1, 'a new generation recomputes');
});

test('analysis does not depend on what the vocabulary saw before (cleared or not)', () => {
  const article = {
    id: 'x',
    date: '2025-05-09',
    text:
      'WASHINGTON — Secretary of State Marco Rubio urged India and Pakistan on Thursday to de-escalate. ' +
      '"We want calm," he said.',
  };
  const first = JSON.stringify(analyze(article));
  analyze({
    id: 'y',
    date: '2025-05-09',
    text: 'Other words entirely: Ankara, Tbilisi, protested, sanctioned, the 3rd of May.',
  });
  assert.equal(JSON.stringify(analyze(article)), first);
  vocab.clearIfOver(0);
  assert.equal(JSON.stringify(analyze(article)), first);
});

test('the string table finds a word from a range of a longer text, and says -1 for one it does not hold', () => {
  const t = new StringTable();
  const id = t.add('Islamabad');
  assert.equal(t.find('in Islamabad today', 3, 12), id);
  assert.equal(t.find('Islamabad'), id);
  assert.equal(t.find('in Islamabad today', 3, 11), -1, 'a prefix is another word');
  assert.equal(t.find('islamabad'), -1, 'case matters');
  const long = 'x'.repeat(20) + ' Rawalpindi-Islamabad ';
  const id2 = t.add(long, 21, 41);
  assert.equal(t.words[id2], 'Rawalpindi-Islamabad');
  t.clear();
  assert.equal(t.size, 0);
  assert.equal(t.find('Islamabad'), -1);
});
