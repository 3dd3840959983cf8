import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bioSpans, parseConll, toBio } from '../../src/eval/readers/conll.js';
import { evaluate, newNerCounters, scoreSentence } from '../../src/eval/ner.js';
import { shared } from '../helpers/shared.js';

const FIXTURE = `-DOCSTART- -X- -X- O

Mira NNP B-NP B-PER
Olsen NNP I-NP I-PER
visited VBD B-VP O
Oslo NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Olsen NNP B-NP I-PER
joined VBD B-VP O
Acme NNP B-NP I-ORG
Shipping NNP I-NP I-ORG
. . O O
`;

test('CoNLL reader splits documents and sentences and converts IOB1 to BIO', () => {
  const docs = parseConll(FIXTURE);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0].words, ['Mira', 'Olsen', 'visited', 'Oslo', '.']);
  assert.deepEqual(docs[1].sentences[0].tags, ['B-PER', 'O', 'B-ORG', 'I-ORG', 'O']);
  assert.deepEqual(toBio(['I-LOC', 'I-LOC', 'I-PER', 'O', 'I-MISC']), ['B-LOC', 'I-LOC', 'B-PER', 'O', 'B-MISC']);
});

test('bioSpans: chunks conlleval-style, a stray I- opens a chunk', () => {
  assert.deepEqual(bioSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('exact-match scoring: boundary or type errors count as one false positive and one false negative', () => {
  const c = newNerCounters();
  scoreSentence(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC'], c);
  scoreSentence(['B-ORG', 'O'], ['B-LOC', 'O'], c);
  const e = c.entity.result();
  assert.deepEqual([e.tp, e.fp, e.fn], [1, 2, 2]);
  assert.deepEqual([c.byType.get('PER')!.tp, c.byType.get('PER')!.fp, c.byType.get('PER')!.fn], [0, 1, 1]);
  assert.equal(c.byType.get('LOC')!.result().fp, 1);
});

test('eval ner on a small CoNLL file reports the JSON shape', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-ner-'));
  const file = join(dir, 'tiny.conll');
  writeFileSync(file, FIXTURE);
  const r = await evaluate(file, {});
  assert.equal(r.task, 'ner');
  assert.equal(r.docs, 2);
  for (const k of ['entity', 'PER', 'ORG', 'LOC', 'MISC']) assert.ok(k in r.metrics, k);
  const e = r.metrics.entity as { tp: number; fn: number };
  assert.equal(e.tp + e.fn, 4);
});

// The CoNLL++ dev F1 guard is in test/corpus/accuracy.test.ts.
const MEANTIME = shared('gold', 'meantime', 'corpus_gm');
test('MEANTIME folder: PER/ORG/LOC scored, PRO/FIN reported apart', { skip: MEANTIME.skip }, async () => {
  const r = await evaluate(MEANTIME.path, { limit: 5 });
  assert.equal(r.docs, 5);
  assert.deepEqual(Object.keys(r.metrics).sort(), ['LOC', 'ORG', 'PER', 'entity']);
  const e = r.metrics.entity as { tp: number; fp: number; fn: number };
  assert.ok(e.tp > 0);
  assert.ok(r.notes && 'unscoredGold' in r.notes);
});
