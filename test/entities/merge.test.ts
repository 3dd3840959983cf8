/** Entity merging: honorifics and surnames (by gender), "al-" surnames, acronyms and party forms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { initialsOf, partyKey } from '../../src/entities/merge.js';

function mentionsOf(text: string) {
  const a = analyze({ id: 't', date: '2031-01-01', text });
  return a.entities.map((e) =>
    a.mentions
      .filter((m) => m.entityId === e.id)
      .map((m) => m.span.text)
      .join('|'),
  );
}

test('an honorific mention joins the full name of the same gender, not of the other', () => {
  const m = mentionsOf('Cherie Quell spoke in Leeds. Mrs Quell said Mr Quell, her husband Dan Quell, agreed.');
  // "Mrs Quell" (its mention: "Quell") joins Cherie; "Mr Quell" joins Dan.
  assert.ok(
    m.some((x) => x.startsWith('Cherie Quell|Quell') && !x.includes('Dan')),
    m.join(' / '),
  );
  assert.ok(m.includes('Mr Quell|Dan Quell'), m.join(' / '));
});

test('a surname with the Arabic article joins the bare surname', () => {
  const m = mentionsOf('Karim al-Harazi spoke on Monday. Harazi said the talks would go on.');
  assert.ok(m.includes('Karim al-Harazi|Harazi'), m.join(' / '));
});

test('an acronym joins its expansion, in brackets or by its initials', () => {
  const m = mentionsOf(
    'The Northern Liberation Front (NLF) said the NLF would talk to the United Farmers Union. The UFU agreed.',
  );
  assert.ok(m.includes('Northern Liberation Front|NLF|NLF'), m.join(' / '));
  assert.ok(m.includes('United Farmers Union|UFU'), m.join(' / '));
});

test('party forms', () => {
  assert.equal(partyKey('the Conservative Party'), 'conservative');
  assert.equal(partyKey('Tories'), 'conservative');
  assert.equal(partyKey('Democrats'), partyKey('Democratic Party'));
  assert.equal(partyKey('Boston'), null);
  assert.equal(initialsOf('Hayat Tahrir al-Sham'), 'HTS');
});

test('party forms asked again, as each article asks them, get the same answers', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(partyKey('the Labour Party'), 'labour');
    assert.equal(partyKey('Boston'), null);
  }
});

test('two acronyms of one article each find their own expansion among the same names', () => {
  const m = mentionsOf('The Eastern Rivers Trust and the Coastal Path Society met. The ERT and the CPS disagreed.');
  assert.ok(m.includes('Eastern Rivers Trust|ERT'), m.join(' / '));
  assert.ok(m.includes('Coastal Path Society|CPS'), m.join(' / '));
});

test('a one-word first name joins the one person named in full with it (coref.first-name), not one of two', () => {
  const m = mentionsOf('I met Darius Mellor in 2015. Darius was a film-maker.');
  assert.ok(m.includes('Darius Mellor|Darius'), m.join(' / '));
  const two = mentionsOf('Paul Dane and Paul Roe met. Paul spoke.');
  assert.ok(two.includes('Paul'), two.join(' / '));
});

test('a nickname after "dubbed" or "known as" joins the person before it (merge.alias)', () => {
  const m = mentionsOf('Another Briton, Ned Calloway – dubbed “Jihadi Ned” – was held. Jihadi Ned denies it.');
  assert.ok(m.includes('Ned Calloway|Jihadi Ned|Jihadi Ned'), m.join(' / '));
  const k = mentionsOf('Tess Hale spoke. Hale, known as "Iron Tess", was firm.');
  assert.ok(k.includes('Tess Hale|Hale|Iron Tess'), k.join(' / '));
});

test('no alias across other words: "a son called X" and "his son, known as X" stay apart', () => {
  const m = mentionsOf('Omar Dell spoke. His son, known as Kit Dell, did not.');
  assert.ok(!m.some((x) => x.includes('Omar Dell') && x.includes('Kit')), m.join(' / '));
});

test('a name split at a joined Arabic article is one name; a listed group tagged as a person is a group', () => {
  const a = analyze({
    id: 't',
    date: '2031-01-01',
    text: 'Fighters of Hayat Tahrir al-Sham struck villages near Deir ez-Zor.',
  });
  const names = a.entities.map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('GPE:Deir ez-Zor'), names.join(' / '));
  assert.ok(names.includes('ORG:Hayat Tahrir al-Sham'), names.join(' / '));
});

test('a short form of a listed group named in the article is the group, not a person', () => {
  const m = mentionsOf('Fighters from Hayat Tahrir al-Sham seized the town. Tahrir al-Sham denied it.');
  assert.ok(m.includes('Hayat Tahrir al-Sham|Tahrir al-Sham'), m.join(' / '));
});

test('a surname two people share goes to the one mentioned most so far, not to the nearer relative', () => {
  const m = mentionsOf(
    'Jack Rell was held in Syria. Rell wrote home. Rell asked for help. His father, John Rell, spoke. Rell denied it.',
  );
  const jack = m.find((x) => x.startsWith('Jack Rell')) ?? '';
  assert.equal(jack.split('|').filter((x) => x === 'Rell').length, 3, m.join(' / '));
  assert.ok(m.includes('John Rell'), m.join(' / '));
});
