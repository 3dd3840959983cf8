/**
 * People known by the organization they work for: a possessive organization before a title ("Unicef's regional
 * director"), a title for an organization or sector noun ("Ofsted chief", "Charity boss"), a researcher or journalist
 * and their organization ("a research associate ... at Chatham House", "reported in the New York Times").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function personOf(text: string, name: string, date = '2018-05-14') {
  const a = analyze({ id: 't', date, text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e;
}

test('role.possessive: "Unicef\'s regional director for Africa, X" takes the IGO\'s own code', () => {
  const e = personOf('Unicef’s regional director for Africa, Tom Reyes, said the aid would arrive.', 'Tom Reyes');
  assert.equal(e.actor?.code, 'IGOUNOKID');
  assert.equal(e.actor?.source, 'title');
  assert.equal(e.roles[0].rule, 'role.possessive');
  assert.equal(e.roles[0].organization, 'UNICEF');
});

test("an apposition \"X, ICRC's regional director for Asia,\" takes the NGO's code, not the region's country", () => {
  const e = personOf('Lena Park, ICRC’s regional director for Asia, said the talks would go on.', 'Lena Park');
  assert.equal(e.actor?.code, 'NGOHLHIRC');
});

test('role.possessive: "The camp\'s doctor, X" is HLH', () => {
  const e = personOf('The camp’s doctor, Omid, treated the boys before noon.', 'Omid');
  assert.equal(e.actor?.code, 'HLH');
  assert.equal(e.roles[0].rule, 'role.possessive');
});

test('"Ofsted chief, X": a title for an institution takes its code', () => {
  const e = personOf('Schools were praised by Ofsted chief, Anne Cole, for their work.', 'Anne Cole', '2005-01-01');
  assert.equal(e.actor?.code, 'GBRGOV');
});

test('"X, director general of MI5," takes the institution after the title', () => {
  assert.equal(personOf('Kim Dale, director general of MI5, warned of attacks.', 'Kim Dale').actor?.code, 'GBRSPY');
});

test('"Charity boss X": a sector noun gives a title without a sector its own', () => {
  assert.equal(personOf('Charity boss Ruth Mills said older voters would decide.', 'Ruth Mills').actor?.code, 'NGO');
});

test('"Canadian security expert X": topic words between the nationality and the occupation', () => {
  const e = personOf('Canadian security expert Paul Ngata said the plan had failed.', 'Paul Ngata');
  assert.equal(e.actor?.code, 'CANEDU');
});

test('"the US special presidential envoy" is a US government title', () => {
  const e = personOf('Mark Dunn, the US special presidential envoy for the coalition, said it was over.', 'Mark Dunn');
  assert.equal(e.actor?.code, 'USAGOV');
});

test('role.byline: "X reported in the New York Times" is a US journalist', () => {
  const e = personOf('Back in 2009, Jo Marsh reported in the New York Times on a stalled deal.', 'Jo Marsh');
  assert.equal(e.actor?.code, 'USAMED');
  assert.equal(e.roles[0].rule, 'role.byline');
});

test('role.copula: "X is a research associate with ... at Chatham House" is a British researcher', () => {
  const e = personOf('Dana Kerr is a research associate with the Defence Programme at Chatham House.', 'Dana Kerr');
  assert.equal(e.actor?.code, 'GBREDU');
  assert.equal(e.roles[0].organization, 'Chatham House');
});

test('role.organization: "said X at the Atlantic Council thinktank" takes the think tank\'s country', () => {
  const e = personOf('“It will not last,” said Lee Tran at the Atlantic Council thinktank.', 'Lee Tran');
  assert.equal(e.actor?.code, 'USANGO');
  assert.equal(e.roles[0].rule, 'role.organization');
});

test('a "New York Times reporter" before a name is USAMED', () => {
  assert.equal(personOf('New York Times reporter Jim Roe said so.', 'Jim Roe').actor?.code, 'USAMED');
});

test('an organization after a name does not replace a dictionary code', () => {
  const e = personOf('Tony Blair at the Brookings Institution said the war was right.', 'Tony Blair', '2005-01-01');
  assert.equal(e.actor?.code, 'GBRGOV');
  assert.equal(e.actor?.source, 'dictionary');
});

test('"X at the UN" is no UN official: a country\'s diplomat is also there', () => {
  const e = personOf('Sam Lee at the UN said the vote was close.', 'Sam Lee');
  assert.notEqual(e.actor?.code.slice(0, 3), 'IGO');
});

test('"a spokeswoman for the UN refugee agency, X": the organization after the title\'s preposition', () => {
  const e = personOf('A spokeswoman for the UN refugee agency, Ann Lee, said the camp was full.', 'Ann Lee');
  assert.equal(e.actor?.code, 'IGOUNOREFHCR');
});

test('"X, Middle East director at Human Rights Watch": a region\'s name the lexicon lacks before the title', () => {
  const e = personOf('“It is dire,” said Bea Kim, Middle East director at Human Rights Watch.', 'Bea Kim');
  assert.equal(e.actor?.code, 'NGOHRI');
  assert.equal(e.roles[0].organization, 'Human Rights Watch');
});

test('"X, the BBC\'s Middle East editor": the outlet\'s country', () => {
  assert.equal(personOf('Gus Ott, the BBC’s Middle East editor, said it was over.', 'Gus Ott').actor?.code, 'GBRMED');
});

test('"X, an analyst with the International Crisis Group": "with" ties a title to its organization', () => {
  const e = personOf('Lia Berg, an analyst with the International Crisis Group, said so.', 'Lia Berg');
  assert.equal(e.actor?.code, 'NGOICG');
});

test('"the Turkish foreign ministry spokesman X", "Israeli army spokesman X": the sector noun\'s sector', () => {
  const text = 'The Turkish foreign ministry spokesman Hami Aksoy said so. Israeli army spokesman Jon Conricus agreed.';
  assert.equal(personOf(text, 'Hami Aksoy').actor?.code, 'TURGOV');
  assert.equal(personOf(text, 'Jon Conricus').actor?.code, 'ISRMIL');
});

test('a list of names is no apposition', () => {
  const e = personOf('Ann Lee, Kate Moss and Jim Dale went home.', 'Ann Lee');
  assert.deepEqual(e.roles, []);
});

test('"Shadow leader of the Commons X" is the British opposition', () => {
  const e = personOf('Shadow leader of the Commons Oscar Dale said so.', 'Oscar Dale', '2005-01-01');
  assert.equal(e.actor?.code, 'GBROPP');
});

test('a country\'s delegate to an IGO is the country\'s: "Syria\'s UN ambassador, X", "Russia\'s UN ambassador X"', () => {
  const text = 'Syria’s UN ambassador, Sami Dahr, said so. Russia’s UN ambassador Ivan Petrov said so.';
  assert.equal(personOf(text, 'Sami Dahr').actor?.code, 'SYRGOV');
  assert.equal(personOf(text, 'Ivan Petrov').actor?.code, 'RUSGOV');
  assert.equal(personOf('Leo Marsh, the UN special envoy for Syria, said so.', 'Leo Marsh').actor?.code, 'IGOUNO');
});

test('"its head, X" and "Trump\'s Syria envoy" give no country that is not the person\'s', () => {
  assert.equal(personOf('Ankara has hosted its head, Salih Kaya, twice.', 'Salih Kaya').actor, null);
  assert.equal(personOf('Jim Dorsey, Trump’s Syria envoy, claimed so.', 'Jim Dorsey').actor?.country ?? null, null);
});

test('"the Pakistani president met Prime Minister X": a title and a verb are no topic words', () => {
  const e = personOf('On Friday the Pakistani president met Prime Minister Tom Bale for lunch.', 'Tom Bale');
  assert.notEqual(e.actor?.country, 'PAK');
});

test('"The Shadow Secretary of State for the Regions, X" is a British office', () => {
  const text = 'The Shadow Secretary of State for the Regions, Tessa Mayo, said so.';
  assert.equal(personOf(text, 'Tessa Mayo', '2005-01-01').actor?.code, 'GBROPP');
});

test('role.copula: "X is the BBC\'s chief international correspondent" is GBRMED', () => {
  const e = personOf('Nora Quill is the BBC’s chief international correspondent.', 'Nora Quill');
  assert.equal(e.actor?.code, 'GBRMED');
});

test('"media chief" is no journalist', () => {
  const e = personOf('Ex-No 10 media chief Ali Camp spoke.', 'Ali Camp', '2005-01-01');
  assert.notEqual(e.actor?.sector, 'MED');
});

test('trade unions: "general secretary of Unison", "X, from the Public and Commercial Services union" are GBRLAB', () => {
  assert.equal(personOf('Dora Pike, general secretary of Unison, said so.', 'Dora Pike').actor?.code, 'GBRLAB');
  assert.equal(
    personOf('Lee Tamm, from the Public and Commercial Services union warned of a walkout.', 'Lee Tamm').actor?.code,
    'GBRLAB',
  );
  assert.equal(personOf('Ruth Ames, of the TUC, said so.', 'Ruth Ames').actor?.code, 'GBRLAB');
});

test('a general secretary or commissioner with no organization says nothing', () => {
  assert.equal(personOf('The commissioner, Ivo Kent, said so.', 'Ivo Kent').actor, null);
});

test('"chairman of the organisation" is an NGO\'s head, not a company chairman; "of the company" stays BUS', () => {
  const about = 'Britain is cold. London and Britain. ';
  assert.equal(
    personOf(`${about}Sir Alan Greer, chairman of the organisation, says so.`, 'Alan Greer').actor?.code,
    'GBRNGO',
  );
  assert.equal(personOf('Tom Vale, chairman of the company, said so.', 'Tom Vale').actor?.code, 'BUS');
});

test('actors.acronym: an unlisted organization defined with its acronym gives "ACRONYM spokesman X" its code', () => {
  const text =
    'The rally is run by the Harbour Relief Association of Britain (HRAB), which backs the plan. ' +
    'HRAB spokesman Olan Petrie said the plan was fair.';
  const e = personOf(text, 'Olan Petrie');
  assert.equal(e.actor?.code, 'GBRNGO');
  assert.equal(e.roles[0].organization, 'Harbour Relief Association of Britain');
});

test('actors.acronym: no code when the letters in brackets are not the initials of the name before them', () => {
  const text =
    'The rally is run by the Harbour Relief Association of Britain (HRX), which backs the plan. ' +
    'HRX spokesman Olan Petrie said the plan was fair.';
  assert.equal(personOf(text, 'Olan Petrie').actor, null);
});

test('a scope "of the ORG\'s committee" is the organization\'s, and a company title there takes its NGO sector', () => {
  const text =
    'The rally is run by the Harbour Relief Association of Britain (HRAB), which backs the plan. ' +
    'The chairman of the HRAB’s finance committee, Mira Vance, said the plan was fair.';
  const e = personOf(text, 'Mira Vance');
  assert.equal(e.actor?.code, 'GBRNGO');
  assert.equal(e.roles[0].organization, 'Harbour Relief Association of Britain');
});
