import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import { joinContractions } from '../../src/pos/contractions.js';
import { posTagAt, posTagger, posTags, posTagTextAt } from '../../src/pos/tagger.js';
import { TaggerModel } from '../../src/entities/tagger/model.js';
import { LABELS } from '../../src/entities/tagger/labels.js';
import { evaluate } from '../../src/eval/pos.js';
import type { Doc } from '../../src/model/doc.js';

function doc(text: string): Doc {
  return runPipeline({ id: 't', date: '2020-01-01', text, meta: {} }, { until: 'text' });
}

function tokenIndex(d: Doc, word: string, nth = 0): number {
  let seen = 0;
  for (let i = 0; i < d.tokens.count; i++) {
    if (d.text.slice(d.tokens.start[i], d.tokens.end[i]) === word && seen++ === nth) return i;
  }
  throw new Error(`no token "${word}"`);
}

test('contractions the tokenizer keeps whole are joined, with the tag of their head', () => {
  const j = joinContractions(
    ['They', 'did', "n't", 'go', ',', 'we', "'ll", 'see', 'Bob', "'s"],
    ['PRP', 'VBD', 'RB', 'VB', ',', 'PRP', 'MD', 'VB', 'NNP', 'POS'],
  );
  assert.deepEqual(j.words, ['They', "didn't", 'go', ',', "we'll", 'see', 'Bob', "'s"]);
  assert.deepEqual(j.tags, ['PRP', 'VBD', 'VB', ',', 'PRP', 'VB', 'NNP', 'POS']);
});

test('the same word is a verb or a noun by its neighbours', () => {
  const d = doc('The ministers signed the accord. Exports of steel rose sharply.');
  assert.match(posTagTextAt(d, tokenIndex(d, 'signed')), /^VB/);
  assert.match(posTagTextAt(d, tokenIndex(d, 'rose')), /^VB/);
  assert.match(posTagTextAt(d, tokenIndex(d, 'Exports')), /^NN/);
  assert.match(posTagTextAt(d, tokenIndex(d, 'accord')), /^NN/);
  assert.equal(posTagTextAt(d, tokenIndex(d, 'The')), 'DT');
});

test('a token tagged alone gets the tag it gets when its whole sentence is tagged', () => {
  const text = 'Police detained the alleged leader of the protests on Tuesday, officials said.';
  const alone = doc(text);
  const i = tokenIndex(alone, 'alleged');
  const first = posTagAt(alone, i);
  const whole = doc(text);
  const all = posTags(whole);
  assert.equal(first, all[i]);
  const words: string[] = [];
  for (let k = 0; k < whole.tokens.count; k++) words.push(whole.text.slice(whole.tokens.start[k], whole.tokens.end[k]));
  assert.deepEqual(
    posTagger().tagWords(words),
    Array.from(all, (t) => posTagger().labels[t]),
  );
});

test('a model whose labels are not entity labels forbids no transition; an NER model still does', () => {
  const pos = ['DT', 'IN', 'NN', 'VB'];
  const header = (labels: string[]) => ({ labels, hashBits: 8, quant: { a: 1, b: 1 }, count: 0, info: {} });
  const free = new TaggerModel(
    header(pos),
    new Float32Array((pos.length + 1) * pos.length),
    new Int32Array(0),
    new Int8Array(0),
  );
  assert.ok(Array.from(free.trans).every(Number.isFinite));
  const ner = new TaggerModel(
    header(LABELS),
    new Float32Array((LABELS.length + 1) * LABELS.length),
    new Int32Array(0),
    new Int8Array(0),
  );
  assert.ok(Array.from(ner.trans).some((v) => v === -Infinity));
});

test('eval pos scores tokens as the tokenizer gives them, with verb and noun classes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-pos-'));
  const path = join(dir, 'g.txt');
  writeFileSync(
    path,
    [
      '-DOCSTART- -X- -X- O',
      '',
      'Rebels NNS B-NP O',
      'did VBD B-VP O',
      "n't RB I-VP O",
      'attack VB I-VP O',
      'the DT B-NP O',
      'town NN I-NP O',
      '. . O O',
      '',
    ].join('\n'),
  );
  const r = await evaluate(path, {});
  const m = r.metrics as Record<string, { accuracy?: number; n?: number; tp?: number; fn?: number }>;
  assert.equal(m.token.n, 6);
  assert.equal(m.verb.tp! + m.verb.fn!, 2);
  assert.equal(m.noun.tp! + m.noun.fn!, 2);
  await assert.rejects(async () => {
    writeFileSync(path, 'Rebels O\nattack O\n');
    await evaluate(path, {});
  }, /no part-of-speech column/);
});
