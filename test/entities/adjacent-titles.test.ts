/**
 * Titles right next to a name that name their organization or country (round 3 of issue 24): a sector noun whose
 * head is a title, an inverted speaker after "said", a unit "of the ... at" an organization, a party's legislature
 * group, ranks without a full stop, a coroner, and a fighter "serving with" a group.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function personOf(text: string, name: string, date = '2018-05-14') {
  const a = analyze({ id: 't', date, text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
  return e;
}

test('role.sector-noun-title: "Turkish government spokesman X" is the government\'s, of the demonym\'s country', () => {
  const e = personOf('The talks had stalled, Turkish government spokesman Omer Dalkan said on Monday.', 'Omer Dalkan');
  assert.equal(e.actor?.code, 'TURGOV');
  assert.equal(e.roles[0].rule, 'role.premodifier');
});

test('", said the UN under-secretary general for ..., X": an inverted speaker\'s title before the comma', () => {
  const e = personOf(
    'The convoy was late, said the UN under-secretary general for political affairs, Jan Wessel, on Tuesday.',
    'Jan Wessel',
  );
  assert.equal(e.actor?.code, 'IGOUNO');
  assert.equal(e.roles[0].rule, 'role.apposition-before');
});

test('role.unit-host: "X, the director of the ... programme at Human Rights Watch," takes the NGO', () => {
  const e = personOf(
    'Tom Ruiz, the director of the refugee and anti-trafficking programme at Human Rights Watch, spoke first.',
    'Tom Ruiz',
  );
  assert.equal(e.actor?.code, 'NGOHRI');
  assert.equal(e.roles[0].organization, 'Human Rights Watch');
});

test('role.unit-host: a capitalized word in the unit stops it (a place of its own, not the host\'s unit)', () => {
  const e = personOf('Tom Ruiz, the director of the Lisbon office at Human Rights Watch, spoke.', 'Tom Ruiz');
  assert.ok(!e.roles.some((r) => r.organization === 'Human Rights Watch'), JSON.stringify(e.roles));
});

test('a legislature between a party and its office: "SNP Holyrood leader X" leads the party\'s group', () => {
  const e = personOf('SNP Holyrood leader Moira Kent said the bill was flawed.', 'Moira Kent', '2005-01-01');
  assert.equal(e.actor?.code, 'GBROPP');
  assert.equal(e.roles[0].organization, 'Scottish National Party');
});

test('"Lt Gen X" without a full stop is a military rank', () => {
  const e = personOf('Lt Gen Tomas Bran ordered the retreat from the hills.', 'Tomas Bran');
  assert.equal(e.roles[0]?.title, 'General');
  assert.equal(e.roles[0]?.sector, 'MIL');
});

test('"The coroner X" is a judicial officer', () => {
  const e = personOf('The coroner Alan Pryce recorded a narrative verdict.', 'Alan Pryce');
  assert.equal(e.roles[0]?.sector, 'JUD');
});

test('affiliation: "X, 31, was killed on duty while serving with the ... (YPG)" ties the fighter to the group', () => {
  const e = personOf(
    'Sam Orley, 31, was killed on duty while serving with the People\'s Protection Units (YPG) last spring.',
    'Sam Orley',
  );
  assert.equal(e.actor?.code, 'SYRREB');
  assert.equal(e.actor?.source, 'affiliation');
});

test('role.sector-noun-title: a party\'s "local government spokesman" is its portfolio, not the government', () => {
  const text = 'Conservative local government spokesman Ivo Drake said the rise was unfair.';
  const e = personOf(text, 'Ivo Drake', '2005-01-01');
  assert.equal(e.actor?.code, 'GBROPP');
  const bare = personOf('Local government spokesman Ivo Drake said the rise was unfair.', 'Ivo Drake', '2005-01-01');
  assert.notEqual(bare.actor?.sector, 'GOV');
});

test('a general\'s rank does not override the dictionary\'s head of state ("Gen. Pervez Musharraf" in 2005)', () => {
  const e = personOf('Gen. Pervez Musharraf arrived in London for talks.', 'Pervez Musharraf', '2005-01-01');
  assert.equal(e.actor?.code, 'PAKGOV');
});
