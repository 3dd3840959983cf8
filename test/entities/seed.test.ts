import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, entityAt, entityNamed, seedAnalysis, seedText } from '../helpers/seed.js';

test('seed: the six people, one entity each, with roles and countries', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const expect: [string, string, string][] = [
    ['Donald Trump', 'President', 'USA'],
    ['Marco Rubio', 'Secretary of State', 'USA'],
    ['Karoline Levitt', 'spokesperson', 'USA'],
    ['S. Jaishankar', 'External Affairs Minister', 'IND'],
    ['Shehbaz Sharif', 'Prime Minister', 'PAK'],
    ['Tammy Bruce', 'spokesperson', 'USA'],
  ];
  for (const [name, title, country] of expect) {
    const people = a.entities.filter((e) => e.type === 'PERSON' && e.name === name);
    assert.equal(people.length, 1, `${name}: exactly one entity`);
    const e = people[0];
    assert.ok(
      e.roles.some((r) => r.title.toLowerCase().includes(title.toLowerCase())),
      `${name}: role ${title} in ${JSON.stringify(e.roles.map((r) => r.title))}`,
    );
    assert.equal(e.country, country, `${name}: country`);
    assert.ok(e.actor && e.actor.code.startsWith(country), `${name}: actor code ${e.actor?.code}`);
  }
});

test('seed: Rubio has two roles, secretary of state and national security adviser', { skip: SEED.skip }, () => {
  const rubio = entityNamed(seedAnalysis(), 'Marco Rubio')!;
  assert.ok(rubio.roles.some((r) => /secretary of state/i.test(r.title)));
  assert.ok(rubio.roles.some((r) => /national security adviser/i.test(r.title)));
});

test('seed: name variants, titles and pronouns resolve to the right person', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  assert.equal(entityAt(a, seedText(), 'Rubio', 1)?.name, 'Marco Rubio', '"Secretary of State Rubio"');
  assert.equal(entityAt(a, seedText(), 'Rubio', 2)?.name, 'Marco Rubio', '"Secretary Rubio"');
  assert.equal(entityAt(a, seedText(), 'Levitt', 1)?.name, 'Karoline Levitt', 'bare "Levitt"');
  assert.equal(entityAt(a, seedText(), 'She said')?.name, 'Karoline Levitt', '"She said"');
  assert.equal(entityAt(a, seedText(), 'the secretary has')?.name, 'Marco Rubio', '"the secretary has been"');
  assert.equal(entityAt(a, seedText(), 'the secretary “encouraged')?.name, 'Marco Rubio', '"the secretary encouraged"');
  assert.equal(entityAt(a, seedText(), 'he conveyed')?.name, 'Marco Rubio', '"the message he conveyed"');
  assert.equal(entityAt(a, seedText(), 'The president has')?.name, 'Donald Trump', '"The president has expressed"');
  assert.equal(entityAt(a, seedText(), 'Sharif', 1)?.name, 'Shehbaz Sharif', 'bare "Sharif"');
});

test('seed: organizations, countries and places', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const has = (type: string, re: RegExp) => a.entities.some((e) => e.type === type && re.test(e.name));
  assert.ok(has('ORG', /^White House$/), 'White House');
  assert.ok(has('ORG', /state department/i), 'State Department');
  assert.ok(has('ORG', /^IANS$/), 'IANS');
  for (const c of ['USA', 'IND', 'PAK'])
    assert.ok(
      a.entities.some((e) => e.type === 'GPE' && e.country === c),
      `country ${c}`,
    );
  assert.equal(entityNamed(a, 'Washington')?.type, 'GPE');
  assert.equal(entityNamed(a, 'South Asia')?.type, 'LOC');
  const us = entityAt(a, seedText(), 'US President');
  assert.equal(us?.actor?.code, 'USA');
  assert.equal(entityAt(a, seedText(), 'America,')?.id, us.id, '"US" and "America" are one entity');
});

test('seed: Pahalgam, a town, is a GPE', { skip: SEED.skip }, () => {
  assert.equal(entityNamed(seedAnalysis(), 'Pahalgam')?.type, 'GPE');
});
