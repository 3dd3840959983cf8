/** Speaker rules from the round-2 judging (issue 24), one short sentence each (written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function run(text: string) {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} });
}

test('cue-joint-subject: "X and Y said" gives a phrase covering both, the first linked', () => {
  const a = run('Ann Lee and Tom Baker said the plan would fail.');
  const [q] = a.quotes;
  assert.equal(q.speaker!.mention.text, 'Ann Lee and Tom Baker');
  const lee = a.entities.find((e) => e.name.includes('Lee'))!;
  assert.equal(q.speaker!.entityId, lee.id);
});

test('cue-joint-subject: a list "X, Y and Z told" is covered whole', () => {
  const [q] = run('France, Germany and other countries told the council the plan would fail.').quotes;
  assert.equal(q.speaker!.mention.text, 'France, Germany and other countries');
});

test('cue-joint-subject: an object before "and" is not taken into the subject', () => {
  const [q] = run('The law bans Google and critics say it will fail.').quotes;
  assert.equal(q.speaker!.mention.text, 'critics');
});

test('verb-group-span-later: "hours later" is not glued to the speaker name', () => {
  const [q] = run('The UN hours later said the deal was dead.').quotes;
  assert.equal(q.speaker!.mention.text, 'The UN');
  const [r] = run('The minister two days earlier told reporters the deal was dead.').quotes;
  assert.equal(r.speaker!.mention.text, 'The minister');
});

test('speaker-pronoun-long-quote: "she said" after a long quotation resolves to the subject before it', () => {
  const a = run(
    'Mary Jones sat by the window. “We drove north. The road was long. The car broke down. We waited for hours. ' +
      'Nobody came by,” she said.',
  );
  const q = a.quotes.find((x) => x.content.text.startsWith('We drove'))!;
  const jones = a.entities.find((e) => e.name.includes('Jones'))!;
  assert.equal(q.speaker!.entityId, jones.id);
});

test('cue-passive-agent: "was confirmed by X": the by-agent speaks, the subject is what it reports', () => {
  const [q] = run('The arrest was confirmed by the ministry on Monday.').quotes;
  assert.equal(q.rule, 'cue-passive-agent');
  assert.equal(q.speaker!.mention.text, 'the ministry');
  assert.equal(q.content.text, 'The arrest');
  const qs = run('The arrest was reported by the Daily Mail and later denied by the ministry.').quotes;
  assert.deepEqual(
    qs.map((x) => x.speaker!.mention.text),
    ['the Daily Mail', 'the ministry'],
  );
});
