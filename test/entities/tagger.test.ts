import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../src/pipeline.js';
import { runText } from '../../src/text/index.js';
import { tokenText } from '../../src/model/doc.js';
import { dataPath } from '../../src/data-path.js';
import { buildDocContext, runTagger, tagWords, MODEL_FILE, GAZETTEER_FILE } from '../../src/entities/tagger/index.js';
import { decodeModel, encodeModel, dequantize, quantize } from '../../src/entities/tagger/model.js';
import {
  docLabelFeatures,
  labelCodes,
  normalizeSentence,
  personNameParts,
  sentenceFeatures,
} from '../../src/entities/tagger/features.js';
import { CachedScorer, DocScratch } from '../../src/entities/tagger/scorer.js';
import { tokenIds } from '../../src/text/vocab.js';
import { Gazetteer, gazetteerFromData, gazetteerToData } from '../../src/entities/tagger/gazetteer.js';
import { clustersFromData } from '../../src/entities/tagger/clusters.js';
import { DocContext, DocLabels, DOC_KINDS, DOC_LOWER, DOC_RUN_LAST } from '../../src/entities/tagger/doc-context.js';
import { normalizeWord, wordShape } from '../../src/entities/tagger/normalize.js';
import { allowedTransition, ENTITY_TYPES, labelIndex, LABELS, typeIndex } from '../../src/entities/tagger/labels.js';
import { viterbi } from '../../src/entities/tagger/decode.js';
import { gunzipSync } from 'node:zlib';

function spansOf(words: string[], tags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tags[i].slice(2)}`) j++;
    out.push(`${words.slice(i, j).join(' ')}/${tags[i].slice(2)}`);
  }
  return out;
}

test('tagWords finds people, places and organizations in a sentence it was not trained on', () => {
  const words =
    'Finance Minister Tomas Kovalenko told reporters in Vienna that the International Monetary Fund would act .'.split(
      ' ',
    );
  const tags = tagWords(words);
  assert.equal(tags.length, words.length);
  for (const t of tags) assert.ok(LABELS.includes(t), t);
  const spans = spansOf(words, tags);
  assert.ok(spans.includes('Tomas Kovalenko/PER'), spans.join(', '));
  assert.ok(spans.includes('Vienna/LOC'), spans.join(', '));
  assert.ok(spans.includes('International Monetary Fund/ORG'), spans.join(', '));
  assert.ok(!spans.some((s) => s.startsWith('reporters')), spans.join(', '));
});

test('tag sequences are valid BIO: I-X only after B-X or I-X', () => {
  const words =
    'Shares of Northwind Traders rose in Oslo after Mr. Berg , the chief of Fjord Capital AS , spoke .'.split(' ');
  const tags = tagWords(words);
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('I-')) continue;
    assert.ok(i > 0 && tags[i - 1] !== 'O' && tags[i - 1].slice(2) === tags[i].slice(2), tags.join(' '));
  }
});

test('runTagger tags a Doc from the Parley tokenizer, curly apostrophes included', () => {
  const text =
    'Lena Hoffmann’s party won in Hamburg.\n\nHoffmann said the vote in Germany was fair, the Associated Press reported.';
  const doc = createDoc({ id: 't', date: '2024-01-01', text, meta: {} });
  runText(doc, {});
  const spans = runTagger(doc);
  const found = spans.map((s) => {
    const words: string[] = [];
    for (let i = s.tokStart; i < s.tokEnd; i++) words.push(tokenText(doc, i));
    return `${words.join(' ')}/${s.label}`;
  });
  assert.ok(found.includes('Lena Hoffmann/PER'), found.join(', '));
  assert.ok(found.includes('Hamburg/LOC'), found.join(', '));
  assert.ok(found.includes('Germany/LOC'), found.join(', '));
  assert.ok(found.includes('Hoffmann/PER'), found.join(', '));
  for (const s of spans) {
    assert.equal(s.rule, 'ner.perceptron');
    assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(s.label));
    assert.ok(s.tokStart < s.tokEnd && s.tokEnd <= doc.tokens.count);
  }
});

test('runTagger on an empty document returns no spans', () => {
  const doc = createDoc({ id: 'e', date: '2024-01-01', text: '', meta: {} });
  runText(doc, {});
  assert.deepEqual(runTagger(doc), []);
});

test('the cached run-time scorer gives the same scores as the full feature lists', () => {
  const model = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  const g = JSON.parse(gunzipSync(readFileSync(dataPath(GAZETTEER_FILE))).toString('utf8'));
  const gaz = {
    ext: gazetteerFromData(g.ext),
    train: gazetteerFromData(g.train),
    clusters: g.clusters ? clustersFromData(g.clusters) : undefined,
  };
  assert.ok(gaz.clusters && gaz.clusters.size > 1000, 'shipped model has word clusters');
  const names = personNameParts(gaz.ext, typeIndex('PER'));
  assert.ok(names.first.size > 1000 && names.last.size > 1000, 'person name parts from the external lists');
  Object.assign(gaz, { names });
  const scorer = new CachedScorer(model, gaz);
  const sentences = [
    'BRUSSELS 1996-08-22'.split(' '),
    'The European Commission said on Thursday it disagreed with German advice .'.split(' '),
    'RUGBY UNION - CUTTITTA BACK FOR ITALY AFTER A YEAR .'.split(' '),
    ['“', 'We', '’re', 'ready', ',', '”', 'said', 'Ana', 'Ribeiro', 'of', 'U.S.', 'Steel', '.'],
  ];
  const ctx = buildDocContext(sentences);
  for (const words of sentences) {
    const s = normalizeSentence(words);
    const n = words.length;
    const L = model.L;
    const full = new Float64Array(n * L);
    const f = sentenceFeatures(s, ctx, gaz);
    model.score(f.ids, f.offsets, n, full);
    const cached = new Float64Array(n * L);
    scorer.score(s, ctx, cached);
    scorer.score(s, ctx, cached); // second call hits the word cache
    // The cache keeps each word's summed vectors as float32: equal up to that rounding (relative 2^-24 per block).
    for (let k = 0; k < n * L; k++)
      assert.ok(Math.abs(full[k] - cached[k]) <= 1e-6 * Math.max(1, Math.abs(full[k])), `${words.join(' ')} @${k}`);
  }
});

test('model files round-trip through encode/decode', () => {
  const L = LABELS.length;
  const trans = new Float32Array((L + 1) * L).map((_, i) => (i % 7) - 3);
  const keys = Int32Array.from([3, 17, 100000, 4000000]);
  const rows = new Int8Array(keys.length * L).map((_, i) => ((i * 37) % 255) - 127);
  const quant = { a: 0.001, b: 12 };
  const header = { labels: LABELS, hashBits: 22, quant, count: keys.length, info: {} };
  const m = decodeModel(encodeModel(header, trans, keys, rows));
  assert.deepEqual(Array.from(m.keys), Array.from(keys));
  assert.deepEqual(Array.from(m.rows), Array.from(rows));
  const out = new Float64Array(L);
  m.addFeature(100000, out, 0);
  for (let l = 0; l < L; l++) assert.equal(out[l], dequantize(rows[2 * L + l], quant));
  assert.equal(m.slot(5), -1);
  assert.ok(m.slot(4000000) >= 0);
  const none = new Float64Array(L);
  m.addFeature(5, none, 0);
  assert.ok(
    none.every((x) => x === 0),
    'a feature without weights adds nothing',
  );
  // Forbidden transitions are -Infinity, allowed ones keep their weight.
  assert.equal(m.trans[(labelIndex('O') + 1) * L + labelIndex('I-PER')], -Infinity);
  assert.equal(
    m.trans[(labelIndex('B-PER') + 1) * L + labelIndex('I-PER')],
    trans[(labelIndex('B-PER') + 1) * L + labelIndex('I-PER')],
  );
});

test('log quantization keeps ~7% relative precision and the sign', () => {
  const quant = { a: 0.01, b: 13.8 };
  for (const x of [0.05, 0.5, 3, -7.25, 40]) {
    const back = dequantize(quantize(x, quant), quant);
    assert.ok(Math.abs(back - x) / Math.abs(x) < 0.08, `${x} -> ${back}`);
  }
  assert.equal(quantize(0.0002, quant), 0);
});

test("gazetteer: longest phrase wins, only from capitalized starts; exclusion removes a document's own phrases", () => {
  const g = new Gazetteer();
  g.add(['new', 'york'], 2);
  g.add(['new', 'york', 'times'], 1);
  g.add(['york'], 2);
  const lower = ['the', 'new', 'york', 'times', 'said', 'new', 'york'];
  const cap = Uint8Array.from([1, 1, 1, 1, 0, 0, 1]);
  const marks = new Uint8Array(lower.length);
  g.mark(lower, cap, marks);
  assert.equal(marks[1], 1 << (2 * 1)); // B-ORG
  assert.equal(marks[3], 1 << (2 * 1 + 1)); // I-ORG
  assert.equal(marks[5], 0); // lowercase "new" starts nothing
  assert.equal(marks[6], 1 << (2 * 2)); // B-LOC "York"
  const own = new Gazetteer();
  own.add(['new', 'york', 'times'], 1);
  const m2 = new Uint8Array(lower.length);
  g.mark(lower, cap, m2, own);
  assert.equal(m2[1], 1 << (2 * 2)); // falls back to "new york" LOC
  const rt = gazetteerFromData(gazetteerToData(g));
  assert.equal(rt.size, g.size);
});

test('document context counts other occurrences: lowercase uses and capitalized runs', () => {
  const sentences = [
    ['He', 'met', 'Peter', 'Blackburn', '.'],
    ['Blackburn', 'said', 'the', 'apple', 'was', 'red', '.'],
    ['Apple', 'shares', 'rose', '.'],
  ].map(normalizeSentence);
  const { ctx, own } = DocContext.build(sentences);
  const b = ctx.countsOf('blackburn');
  assert.ok(b);
  assert.equal(b[DOC_RUN_LAST], 1);
  assert.equal(ctx.countsOf('apple')?.[DOC_LOWER], 1);
  assert.equal(ctx.countsOf('rose'), undefined, 'words never capitalized are not counted');
  assert.equal(own[0][3 * DOC_KINDS + DOC_RUN_LAST], 1, 'own evidence of "Blackburn" in the first sentence');
  assert.equal(DOC_KINDS, 6);
});

test('the run-time document context (by lowercase-form ids, per-document scratch) counts as the string-keyed one', () => {
  const model = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  const g = JSON.parse(gunzipSync(readFileSync(dataPath(GAZETTEER_FILE))).toString('utf8'));
  const scorer = new CachedScorer(model, { ext: gazetteerFromData(g.ext), train: gazetteerFromData(g.train) });
  const scratch = new DocScratch();
  const texts = [
    'He met Peter Blackburn in Lisbon. Blackburn said the apple was red. Apple shares rose; APPLE LEADS.',
    // A second, longer document through the same scratch and shared table: nothing may carry over.
    'Lisbon talks. The Lisbon talks ended when Blackburn Rovers left. BLACKBURN FANS CHEER ROVERS. Rovers won, he said.',
  ];
  for (const text of texts) {
    const doc = createDoc({ id: 't', date: '2025-03-14', text });
    runText(doc, {});
    const ids = tokenIds(doc);
    scratch.take(doc.tokens.count, DOC_KINDS);
    const byIds = doc.sentences.map((x) => scorer.sentenceOfIds(ids, x.tokStart, x.tokEnd, scratch));
    const byWords = doc.sentences.map((x) =>
      normalizeSentence(Array.from({ length: x.tokEnd - x.tokStart }, (_, k) => tokenText(doc, x.tokStart + k))),
    );
    const a = DocContext.build(byIds, scratch.own);
    const b = DocContext.build(byWords);
    let counted = 0;
    byWords.forEach((sw, si) => {
      assert.deepEqual(Array.from(a.own[si]), Array.from(b.own[si]), `own evidence, sentence ${si}`);
      for (let i = 0; i < sw.norm.length; i++) {
        const ra = a.ctx.rowOf(byIds[si], i);
        const rb = b.ctx.rowOf(sw, i);
        assert.equal(ra >= 0, rb >= 0, `counted or not: ${sw.norm[i]}`);
        if (rb < 0) continue;
        counted++;
        assert.deepEqual(
          Array.from(a.ctx.table.subarray(ra, ra + DOC_KINDS)),
          Array.from(b.ctx.table.subarray(rb, rb + DOC_KINDS)),
          sw.norm[i],
        );
      }
    });
    assert.ok(counted > 5, 'capitalized words were counted');
  }
});

test('normalization: curly quotes and PTB quotes become ASCII; shapes', () => {
  assert.equal(normalizeWord('’s'), "'s");
  assert.equal(normalizeWord('“'), '"');
  assert.equal(normalizeWord('``'), '"');
  assert.equal(normalizeWord('Obama'), 'Obama');
  assert.equal(wordShape('McDonald', false), 'XxXxxxx');
  assert.equal(wordShape('U.S.', true), 'X.X.');
  assert.equal(wordShape('1996-08-22', true), 'd-d-d');
});

test('viterbi respects forbidden transitions', () => {
  const L = LABELS.length;
  const trans = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++)
    for (let c = 0; c < L; c++) if (!allowedTransition(p, c)) trans[(p + 1) * L + c] = -Infinity;
  const emit = new Float64Array(2 * L);
  emit[labelIndex('I-ORG')] = 5; // best alone at the start, but I- cannot open a sentence
  emit[labelIndex('B-ORG')] = 1;
  emit[L + labelIndex('I-ORG')] = 5;
  const out = new Int32Array(2);
  viterbi(emit, 2, L, trans, out);
  assert.deepEqual(
    Array.from(out, (l) => LABELS[l]),
    ['B-ORG', 'I-ORG'],
  );
});

test('second-pass document labels: other occurrences count, the token itself does not', () => {
  const s1 = normalizeSentence(['Talks', 'with', 'Ravel', 'Steel', 'ended', '.']);
  const s2 = normalizeSentence(['Ravel', 'said', 'no', '.']);
  const bio = LABELS;
  const dl = new DocLabels();
  const c1 = labelCodes(
    bio,
    Int32Array.from(['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'], (l) => labelIndex(l)),
    s1,
    ENTITY_TYPES,
  );
  const c2 = labelCodes(
    bio,
    Int32Array.from(['O', 'O', 'O', 'O'], (l) => labelIndex(l)),
    s2,
    ENTITY_TYPES,
  );
  dl.add(s1, c1);
  dl.add(s2, c2);
  const alone: number[] = [];
  docLabelFeatures(0, s2, c2, false, dl, alone);
  const inRun: number[] = [];
  docLabelFeatures(2, s1, c1, false, dl, inRun);
  // "Ravel" in s2 sees its ORG occurrence in s1 (one type feature + majority); in s1 it sees nothing
  // tagged elsewhere (s2's sentence-initial O is not evidence).
  assert.equal(alone.length, 2);
  assert.equal(inRun.length, 0);
  const lower: number[] = [];
  docLabelFeatures(4, s1, c1, false, dl, lower);
  assert.equal(lower.length, 0, 'lowercase tokens get no document-label features');
});

test('runTagger and tagWords with buildDocContext agree on the same document', () => {
  const text = 'Jonas Ravel won the race in Lyon. Ravel said the course was hard.\n\nOfficials in Lyon praised Ravel.';
  const doc = createDoc({ id: 'agree', date: '2024-01-01', text, meta: {} });
  runText(doc, {});
  const sentences = doc.sentences.map((s) => {
    const w: string[] = [];
    for (let i = s.tokStart; i < s.tokEnd; i++) w.push(tokenText(doc, i));
    return w;
  });
  const ctx = buildDocContext(sentences);
  const viaWords: string[] = [];
  sentences.forEach((w, si) => {
    const tags = tagWords(w, ctx);
    for (const sp of spansOf(w, tags)) viaWords.push(`${si}:${sp}`);
  });
  const viaDoc = runTagger(doc).map((sp) => {
    const si = doc.tokens.sentence[sp.tokStart];
    const w: string[] = [];
    for (let i = sp.tokStart; i < sp.tokEnd; i++) w.push(tokenText(doc, i));
    return `${si}:${w.join(' ')}/${sp.label}`;
  });
  assert.deepEqual(viaDoc, viaWords);
  assert.ok(
    viaDoc.some((x) => x.endsWith('Ravel/PER')),
    viaDoc.join(', '),
  );
});
