/** person-cues.ts: names typed as organizations or places that an honorific or a kinship noun shows to be people. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createDoc, STAGE_FNS } from '../../src/pipeline.js';
import type { Doc } from '../../src/model/doc.js';
import type { NameCandidate } from '../../src/entities/candidates.js';
import type { ActorMatch } from '../../src/entities/actors/index.js';
import { kinshipGender, retypePersonCandidates } from '../../src/entities/person-cues.js';

function textDoc(text: string): Doc {
  const doc = createDoc({ id: 't', date: '2005-03-15', text, meta: {} });
  STAGE_FNS.text(doc, {});
  return doc;
}

/** A candidate over the words `words` (their first occurrence at or after char `from`), typed `type`. */
function cand(doc: Doc, words: string, type: NameCandidate['type'], from = 0): NameCandidate {
  const at = doc.article.text.indexOf(words, from);
  const t = doc.tokens;
  let s = 0;
  while (t.start[s] < at) s++;
  let e = s;
  while (e < t.count && t.end[e] <= at + words.length) e++;
  return { tokStart: s, tokEnd: e, type, actor: null, rule: 'ner.perceptron' };
}

test('person.honorific: a name opened by or right after an honorific is a person', () => {
  const doc = textDoc('Mr Vale left the board. Later Mr Corran spoke.');
  const cands = [cand(doc, 'Mr Vale', 'ORG'), cand(doc, 'Corran', 'GPE')];
  retypePersonCandidates(doc, cands);
  const [a, b] = cands;
  assert.deepEqual([a.type, a.rule], ['PERSON', 'person.honorific']);
  assert.deepEqual([b.type, b.rule], ['PERSON', 'person.honorific']);
});

test('person.kinship and person.same-name: a relative named after a kinship noun, and her other mentions', () => {
  const text = 'He fell out with his daughter Carys over the bill. Carys, a nurse, spoke out. Wales voted.';
  const doc = textDoc(text);
  const cands = [cand(doc, 'Carys', 'GPE'), cand(doc, 'Carys', 'ORG', text.indexOf('bill')), cand(doc, 'Wales', 'GPE')];
  retypePersonCandidates(doc, cands);
  const [kin, again, place] = cands;
  assert.deepEqual([kin.type, kin.rule], ['PERSON', 'person.kinship']);
  assert.deepEqual([again.type, again.rule], ['PERSON', 'person.same-name']);
  assert.equal(place.type, 'GPE');
});

test('a capitalized kinship word, a demonym or an organization the lexicon lists is left alone', () => {
  const doc = textDoc('The choir sang for Mother Superior Anna. Mr Fixit Ltd closed.');
  const c = cand(doc, 'Anna', 'ORG');
  const doc2 = textDoc('Her aunt was Peruvian and her uncle Chilean.');
  const demonym = cand(doc2, 'Chilean', 'NORP');
  retypePersonCandidates(doc2, [demonym]);
  assert.equal(demonym.type, 'NORP');
  const listed = { ...cand(doc, 'Mr Fixit Ltd', 'ORG'), actor: { kind: 'org' } as unknown as ActorMatch };
  retypePersonCandidates(doc, [c, listed]);
  assert.equal(c.type, 'ORG');
  assert.equal(listed.type, 'ORG');
});

test('person.kinship-gender: the kinship noun gives the gender; "cousin" gives none', () => {
  assert.equal(kinshipGender('daughter'), 'female');
  assert.equal(kinshipGender('nephew'), 'male');
  assert.equal(kinshipGender('cousin'), 'unknown');
  assert.equal(kinshipGender('minister'), 'unknown');
});

test('coref.first-name-knight: "Sir" with a first name is the knight named in full before', () => {
  const text = 'Sir Tom Vale opened the new library on Monday. Sir Tom said it was long overdue.';
  const a = analyze({ id: 't', date: '2005-03-15', text });
  const tom = a.entities.find((e) => e.name === 'Tom Vale');
  assert.ok(tom, a.entities.map((e) => e.name).join(', '));
  const m = a.mentions.filter((x) => x.entityId === tom.id).map((x) => x.rule);
  assert.ok(m.includes('coref.first-name-knight'), m.join(', '));
  assert.equal(a.entities.filter((e) => e.type === 'PERSON').length, 1);
});

test('person.first-name: a one-word name that is the first name of one person named before is that person', () => {
  const text = 'Carys Vale won the seat in June. Carys told the court. Dafydd Rees and Dafydd Jones met Dafydd.';
  const doc = textDoc(text);
  const full = cand(doc, 'Carys Vale', 'PERSON');
  const first = cand(doc, 'Carys', 'ORG', text.indexOf('June'));
  const a = cand(doc, 'Dafydd Rees', 'PERSON');
  const b = cand(doc, 'Dafydd Jones', 'PERSON');
  const shared = cand(doc, 'Dafydd', 'ORG', text.indexOf('met'));
  const cands = [full, first, a, b, shared];
  retypePersonCandidates(doc, cands);
  assert.deepEqual([cands[1].type, cands[1].rule], ['PERSON', 'person.first-name']);
  // Two people share "Dafydd": the bare name is left as tagged.
  assert.equal(cands[4].type, 'ORG');
});

test('retyping replaces a candidate in the list and leaves the object it was given unwritten', () => {
  const doc = textDoc('Mr Vale left the board.');
  const given = cand(doc, 'Mr Vale', 'ORG');
  const cands = [given];
  retypePersonCandidates(doc, cands);
  assert.equal(cands[0].type, 'PERSON');
  assert.deepEqual([given.type, given.rule], ['ORG', 'ner.perceptron']);
});
