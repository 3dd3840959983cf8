/**
 * Titles and ties the earlier rules missed: a legislature's committee chair, an adviser "to" an organization, a
 * country's commissioner, a title that opens its sentence, a head of state by surname, peers and full names typed as
 * organizations, and members of a group named in the sentence before or in the lead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createDoc } from '../../src/pipeline.js';
import { runText } from '../../src/text/index.js';
import { tokenText } from '../../src/model/doc.js';
import { retypePeople, retypePersonCandidates } from '../../src/entities/person-cues.js';
import type { NameCandidate } from '../../src/entities/candidates.js';

function personOf(text: string, name: string, date = '2018-05-14') {
  const a = analyze({ id: 't', date, text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
  return e;
}

test('role.legislature-office: "the chair of the Senate ... committee" is a legislator, not a company head', () => {
  const text = 'Later, Ruth Galen, the chair of the Senate armed services committee, said the plan was flawed.';
  const e = personOf(text, 'Ruth Galen');
  assert.equal(e.actor?.code, 'USALEG');
  assert.equal(e.roles[0].rule, 'role.apposition');
});

test('a chairman of a company stays business', () => {
  const e = personOf('Tom Arden, the chairman of Harbour Bank, said profits rose.', 'Tom Arden');
  assert.equal(e.roles[0].sector, 'BUS');
});

test('"X, a policy adviser to the UN" takes the organization\'s code', () => {
  const e = personOf('Food ran short, warned Lars Holm, a policy adviser to the UN.', 'Lars Holm');
  assert.equal(e.actor?.code, 'IGOUNO');
});

test('an ambassador "to the UN" is not the organization\'s own official', () => {
  const e = personOf('Karim Suleiman, an ambassador to the UN, said the vote was unfair.', 'Karim Suleiman');
  assert.notEqual(e.actor?.code, 'IGOUNO');
});

test('role.state-commissioner: "The UK\'s lead commissioner for ..., X" is GBRGOV', () => {
  const text = 'The UK’s lead commissioner for online safety, Mira Dhar, said more work was needed.';
  const e = personOf(text, 'Mira Dhar');
  assert.equal(e.actor?.code, 'GBRGOV');
});

test('role.opening-title: a title that opens the sentence, with an unlisted charity, and one listed', () => {
  const a = personOf('But director of the Harbour Relief Trust, Neil Brant, called the plan cruel.', 'Neil Brant');
  assert.equal(a.roles[0].rule, 'role.opening-title');
  assert.equal(a.roles[0].sector, 'NGO');
  const b = personOf('Director of Public Prosecutions, Alan Corran, who sits on the board, backed it.', 'Alan Corran');
  assert.equal(b.roles[0].sector, 'JUD');
});

test('a list that opens the sentence with a title is not an apposition', () => {
  const e = personOf('Director of the Harbour Relief Trust, Neil Brant and two others signed.', 'Neil Brant');
  assert.equal(e.roles.length, 0);
});

test('actor.titled-surname: "President Bush" is the one president of that surname on the date', () => {
  const text = 'President Bush said the United States would send aid. Mr Bush spoke in Texas.';
  assert.equal(personOf(text, 'Bush', '2005-01-01').actor?.code, 'USAGOV');
  // Out of every holder's term, no code is guessed.
  assert.equal(personOf('President Bush said the United States would send aid.', 'Bush', '2020-06-01').actor, null);
});

test('ner.peer: "Lord X" is a person, and "Lord Chief Justice" a title, not a peer', () => {
  const text =
    'The panel was led by Lord Harrowby. At the time Lord Harrowby, the Lord Chief Justice, said sentences would fall.';
  const e = personOf(text, 'Lord Harrowby', '2005-01-01');
  assert.equal(e.type, 'PERSON');
  assert.equal(e.roles[0]?.sector, 'JUD');
  const a = analyze({ id: 't', date: '2005-01-01', text });
  assert.ok(!a.entities.some((x) => x.type === 'PERSON' && x.name === 'Lord Chief Justice'));
});

test('affiliation.previous-members: "The two men, X and Y," after "Two Isis militants" in the sentence before', () => {
  const text =
    'Two British Isis militants accused of torture have been held by Kurdish forces. The two men, Tarek Ambrose and ' +
    'Sami Lutfi, were part of a cell of four.';
  assert.equal(personOf(text, 'Tarek Ambrose').actor?.code, 'IMGMUSISI');
  assert.equal(personOf(text, 'Sami Lutfi').actor?.code, 'IMGMUSISI');
  const unrelated =
    'Two British Isis militants accused of torture have been held. Police then said that Tarek Ambrose was freed.';
  assert.equal(personOf(unrelated, 'Tarek Ambrose').actor, null);
});

test('affiliation.lead-subject: the lead\'s "The student who left to join Islamic State", named next', () => {
  const text =
    'The Leeds student who travelled from Britain to join Islamic State in 2015 has asked to come home. Amira Roe, 20, says she is sorry.';
  assert.equal(personOf(text, 'Amira Roe', '2019-02-18').actor?.code, 'IMGMUSISI');
  const other =
    'The Leeds student who travelled from Britain to study law has asked to come home. Amira Roe, 20, says she is sorry.';
  assert.equal(personOf(other, 'Amira Roe', '2019-02-18').actor, null);
});

test('role.group-office: "the overall commander of the YPG" is the armed group\'s, not a state soldier', () => {
  const e = personOf('“We will hold the line,” said Rojhat Aram, the overall commander of the YPG.', 'Rojhat Aram');
  assert.equal(e.actor?.code, 'SYRREB');
});

test('after "head of the", only the first listed organization is the office\'s', () => {
  const text = 'Ron Barr, who is head of the United Nations sanctions monitoring team, said the threat was real.';
  assert.equal(personOf(text, 'Ron Barr').actor?.code, 'IGOUNO');
});

test('"the head of the Britain-based X Observatory": an unlisted organization, not the place in its name', () => {
  const text = 'Sami Rahal, the head of the Britain-based Kurdish Monitoring Observatory, said the town had fallen.';
  assert.equal(personOf(text, 'Sami Rahal').actor?.code, 'GBRNGO');
});

test('actor.titled-surname: a holder whose country the article does not name is not guessed', () => {
  // "President Carter's" in 2005: a New Zealand Carter held office then, the American one did not.
  const e = personOf('Dr Lane was an adviser to President Carter in the 1970s.', 'Carter', '2005-01-01');
  assert.equal(e.actor, null);
});

/** A text through the text stage, and a maker of tagger candidates starting at a word of it. */
function taggedCandidates(text: string) {
  const doc = createDoc({ id: 't', date: '2018-01-16', text });
  runText(doc, {});
  const tok = (word: string) => {
    for (let i = 0; i < doc.tokens.count; i++) if (tokenText(doc, i) === word) return i;
    throw new Error(word);
  };
  const cand = (from: string, n: number, type: NameCandidate['type']): NameCandidate => ({
    tokStart: tok(from),
    tokEnd: tok(from) + n,
    type,
    actor: null,
    rule: 'ner.perceptron',
  });
  return { doc, cand };
}

test('ner.person-surname and ner.peer retype code-less organization and place candidates', () => {
  const { doc, cand } = taggedCandidates(
    'Nasr al-Hadid spoke in London. Hadid said the talks had stalled, and Lord Pell agreed.',
  );
  const cands = [cand('Nasr', 2, 'ORG'), cand('London', 1, 'GPE'), cand('Hadid', 1, 'PERSON'), cand('Lord', 2, 'LOC')];
  retypePeople(doc, cands, new Map());
  assert.deepEqual(
    cands.map((c) => `${c.type} ${c.rule}`),
    ['PERSON ner.person-surname', 'GPE ner.perceptron', 'PERSON ner.perceptron', 'PERSON ner.peer'],
  );
});

test('person.honorific: an honorific typed ORG joins the PERSON after it; one with no person after is a person', () => {
  const { doc, cand } = taggedCandidates('Dr Omar Vell spoke in Leeds. Later Mrs Ada Rooke agreed.');
  const cands = [cand('Dr', 2, 'ORG'), cand('Vell', 1, 'PERSON'), cand('Leeds', 1, 'GPE'), cand('Mrs', 3, 'ORG')];
  retypePeople(doc, cands, new Map());
  retypePersonCandidates(doc, cands);
  assert.deepEqual(
    cands.map((c) => `${c.type} ${c.rule} ${c.tokEnd - c.tokStart}`),
    ['PERSON person.honorific 3', 'GPE ner.perceptron 1', 'PERSON person.honorific 3'],
  );
});
