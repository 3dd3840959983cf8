/** Speaker rules from the Random(2430) sample of issue 24, one short sentence each (written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function run(text: string) {
  return analyze({ id: 't', date: '2005-03-15', text, meta: {} });
}

function entityName(a: ReturnType<typeof run>, id: string | null | undefined): string | undefined {
  return a.entities.find((e) => e.id === id)?.name;
}

test('speaker-head-person: a name ending the phrase is the speaker, not an organization among its modifiers', () => {
  const a = run('Northern Gazette Chief Reporter Anna Kovacs said the mill would shut in the spring.');
  const q = a.quotes[0];
  assert.equal(q.speaker!.mention.text, 'Northern Gazette Chief Reporter Anna Kovacs');
  assert.equal(entityName(a, q.speaker!.entityId), 'Anna Kovacs');
});

test('speaker-head-person: a common-noun head is not linked to a name among its modifiers', () => {
  const a = run("Anna Kovacs's lawyer said the mill would shut in the spring.");
  const q = a.quotes[0];
  assert.notEqual(entityName(a, q.speaker!.entityId), 'Anna Kovacs');
});

test('cue-inverted-apposed-name-aside: "said a <description>, <Name>, who ..." gives the named person', () => {
  const a = run('"We will stay until the end," said a retired miner, Gareth Pryce, who left the valley in May.');
  const q = a.quotes[0];
  assert.equal(q.rule, 'cue-inverted-apposed-name-aside');
  assert.equal(q.speaker!.mention.text, 'Gareth Pryce');
  assert.equal(entityName(a, q.speaker!.entityId), 'Gareth Pryce');
});

test('cue-inverted-apposed-name-aside: a phrase with a name of its own keeps the inverted speaker', () => {
  const a = run('"We will stay until the end," said Gareth Pryce, a retired miner, who left the valley in May.');
  const q = a.quotes[0];
  assert.equal(q.rule, 'cue-inverted');
  assert.equal(q.speaker!.mention.text, 'Gareth Pryce');
});

test('cue-subject-dash-aside: the phrase before a relative aside in dashes speaks, not a name inside it', () => {
  const a = run('Tom Barrow - who leads the panel which audits the Treasury Office - said the figures were wrong.');
  const q = a.quotes[0];
  assert.equal(q.rule, 'cue-subject-dash-aside');
  assert.equal(q.speaker!.mention.text, 'Tom Barrow');
  assert.equal(entityName(a, q.speaker!.entityId), 'Tom Barrow');
});

test('cue-subject-dash-aside: a dash that ends no aside leaves the cue to the other rules', () => {
  const a = run('The vote was close - Tom Barrow said the figures were wrong.');
  const q = a.quotes.find((x) => x.cueLemma === 'say')!;
  assert.notEqual(q.rule, 'cue-subject-dash-aside');
  assert.equal(q.speaker!.mention.text, 'Tom Barrow');
});

test('cue-subject-before-relative: a subject with its own commas before a relative clause speaks whole', () => {
  const a = run('Boards for housing, transport and health, which had all cut posts, said they lacked staff.');
  const q = a.quotes[0];
  assert.equal(q.rule, 'cue-subject-before-relative');
  assert.equal(q.speaker!.mention.text, 'Boards for housing, transport and health');
  assert.equal(q.content.text, 'they lacked staff');
});

test('cue-subject-before-relative: a clause holding a cue of its own is not taken as the subject', () => {
  const a = run('Critics warned, which surprised few, that the plan would fail.');
  const q = a.quotes.find((x) => x.content.text === 'that the plan would fail');
  assert.ok(q, 'the reported clause is still a quote');
  assert.equal(q.speaker!.mention.text, 'Critics');
  assert.notEqual(q.rule, 'cue-subject-before-relative');
});

test('speaker-possessive-head: a possessor speaker is linked through the title the entity stage resolved', () => {
  const a = run('Ann Lee told the council it must cut costs. The mayor’s demand came as the budget fell short.');
  const q = a.quotes.find((x) => x.cueLemma === 'demand')!;
  assert.equal(q.speaker!.mention.text, 'The mayor’s');
  const m = a.mentions.find((x) => x.span.text === 'The mayor');
  assert.ok(m?.entityId, 'the entity stage links the title');
  assert.equal(q.speaker!.entityId, m.entityId);
});

test('cue-subject-relative-clause: the phrase before a relative clause speaks, not a name inside the clause', () => {
  const a = run(
    'The sisters of a nurse who was held in Ruritania after she treated rebels in Varn have said she is innocent.',
  );
  const q = a.quotes.find((x) => x.cueLemma === 'say')!;
  assert.equal(q.rule, 'cue-subject-relative-clause');
  assert.equal(q.speaker!.mention.text, 'The sisters of a nurse');
});

test('cue-subject-relative-clause: a phrase inside the relative clause found as subject is replaced too', () => {
  const q = run('The man who met Ann Lee said the plant is unsafe.').quotes[0];
  assert.equal(q.rule, 'cue-subject-relative-clause');
  assert.equal(q.speaker!.mention.text, 'The man');
});

test('cue-subject-relative-clause: a relative clause set off by commas is left to the comma walk', () => {
  const q = run('Ann Lee, who met the man, said the plant is unsafe.').quotes[0];
  assert.equal(q.rule, 'cue');
  assert.equal(q.speaker!.mention.text, 'Ann Lee');
});
