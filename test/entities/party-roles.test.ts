/** Party words give a person's country and sector (src/entities/actors/parties.ts, roles.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { partyGoverns, PARTIES } from '../../src/entities/actors/parties.js';

function codeOf(text: string, name: string, date = '2018-06-01') {
  const a = analyze({ id: 't', date, text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return { code: e.actor?.code ?? null, rules: e.roles.map((r) => r.rule) };
}

test('a party adjective before a title gives its country: "Labour MP", "Tory minister", "Democratic senator"', () => {
  assert.equal(codeOf('Labour MP Nora Pellow asked a question.', 'Nora Pellow').code, 'GBRLEG');
  assert.equal(codeOf('The Tory minister Hal Venn said no.', 'Hal Venn').code, 'GBRGOV');
  assert.equal(codeOf('Democratic senator Rita Olsen voted against.', 'Rita Olsen').code, 'USALEG');
});

test('a party office without a sector is government or opposition on the article date', () => {
  // Labour led no government in 2018 but did in 2005.
  assert.equal(codeOf('Labour leader Ivo Marsh spoke.', 'Ivo Marsh', '2018-06-01').code, 'GBROPP');
  assert.equal(codeOf('Labour leader Ivo Marsh spoke.', 'Ivo Marsh', '2005-06-01').code, 'GBRGOV');
});

test('"a Labour member of the select committee" is a legislator (role.party-member)', () => {
  const r = codeOf('Tom Quayle, a Labour member of the health select committee, said it was safe.', 'Tom Quayle');
  assert.equal(r.code, 'GBRLEG');
  assert.deepEqual(r.rules, ['role.party-member']);
});

test('an apposition with a party: "X, a Conservative MP,"', () => {
  assert.equal(codeOf('Ada Crane, a Conservative MP, said she would vote.', 'Ada Crane').code, 'GBRLEG');
});

test('"shadow" makes a title the opposition\'s', () => {
  assert.equal(codeOf('The shadow home secretary, Dee Marlow, spoke.', 'Dee Marlow').code, 'GBROPP');
});

test('a party word in lower case is no party ("conservative minister" is an opinion)', () => {
  assert.equal(codeOf('The conservative minister Hal Venn said no.', 'Hal Venn').code, null);
});

test('governing periods', () => {
  const labour = PARTIES.find((p) => p.name === 'Labour Party')!;
  assert.equal(partyGoverns(labour, '2005-01-01'), true);
  assert.equal(partyGoverns(labour, '2015-01-01'), false);
});

test('a party word right before a name (role.party), and portfolio words between a party and its title', () => {
  const baker = codeOf('But Lib Dem Norman Bale accused ministers of it.', 'Norman Bale', '2005-02-01');
  assert.deepEqual(baker, { code: 'GBROPP', rules: ['role.party'] });
  assert.equal(
    codeOf('Conservative deregulation spokesman John Redd said so.', 'John Redd', '2005-02-01').code,
    'GBROPP',
  );
  // US news names members of Congress by party alone.
  assert.equal(codeOf('Republican Lindsey Grahm said so.', 'Lindsey Grahm', '2019-02-01').code, 'USALEG');
});

test('"the former Liberal Democrat leader": "former" before the party word makes the office past', () => {
  assert.equal(
    codeOf('Nick Clay, the former Liberal Democrat leader, praised the minister.', 'Nick Clay', '2018-05-14').code,
    'GBRELI',
  );
});

test('"Lib Dem president X" is the party\'s officer in opposition, not a head of state; the governing party keeps GOV', () => {
  assert.equal(codeOf('Lib Dem president Rhona Dale branded it arrogant.', 'Rhona Dale', '2005-02-01').code, 'GBROPP');
  assert.equal(codeOf('Republican President Carl Mott spoke.', 'Carl Mott', '2018-06-01').code, 'USAGOV');
});

test('a party word before an honorific and the name: "Lib Dem Sir X"', () => {
  const e = codeOf('Lib Dem Sir Angus Bray, who chairs the committee, said so.', 'Angus Bray', '2005-02-01');
  assert.equal(e.code, 'GBROPP');
  assert.deepEqual(e.rules, ['role.party']);
});

test('role.nominal-subject: "X is to ... But the Tory leader will argue" is the first person\'s; not a country\'s title', () => {
  const text =
    'David Morrow is to tour the north asking voters to back the Conservatives. But the Tory leader will speak in Hull.';
  assert.equal(codeOf(text, 'David Morrow', '2005-02-01').code, 'GBROPP');
  // Opening the sentence, the title is first linked by coref.title-previous-subject: the role is still the person's.
  const opening = 'David Morrow is to tour the north. The Tory leader will speak in Hull.';
  assert.equal(codeOf(opening, 'David Morrow', '2005-02-01').code, 'GBROPP');
  const other = 'Tom Vale spoke to reporters on Monday. The French president later said it was wrong.';
  assert.equal(codeOf(other, 'Tom Vale', '2005-02-01').code, null);
});
