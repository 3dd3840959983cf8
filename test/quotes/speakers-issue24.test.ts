/** Speaker rules from issue 24, one short sentence each (written for these tests). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function run(text: string) {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} });
}

test('cue-appositive-name: the name set off after "X\'s aide" speaks', () => {
  const [q] = run("The mayor's aide, Ann Lee, said the budget would pass.").quotes;
  assert.equal(q.rule, 'cue-appositive-name');
  assert.equal(q.speaker!.mention.text, 'Ann Lee');
  // A name first, then its title: the name stays the speaker.
  const [r] = run('Ann Lee, the mayor, said the budget would pass.').quotes;
  assert.equal(r.speaker!.mention.text, 'Ann Lee');
});

test('speaker-pronoun: a pronoun speaker is the subject before it outside the quotation', () => {
  const a = run('Pastor John Miller spoke at the church on Sunday. “We trust God,” he said.');
  const q = a.quotes.find((x) => x.content.text.startsWith('We trust'))!;
  assert.equal(q.speaker!.mention.text, 'he');
  const miller = a.entities.find((e) => e.name.includes('Miller'))!;
  assert.equal(q.speaker!.entityId, miller.id);
});

test('addressee-split: "told the BBC John Smith was" does not swallow the next subject', () => {
  const [q] = run('Ann Lee told the BBC John Smith was a liar.').quotes;
  assert.equal(q.addressee!.mention.text, 'the BBC');
  assert.equal(q.content.text, 'John Smith was a liar');
  // One name after "told": it is the addressee.
  const [r] = run('Ann Lee told John Smith that the plan would fail.').quotes;
  assert.equal(r.addressee!.mention.text, 'John Smith');
});

test('speaker-pronoun: a name inside a clause is not the subject the next "he" continues', () => {
  const a = run(
    'Kevin Benton, a medic who served alongside Ollie Hall, praised the unit. “We were close,” he told reporters.',
  );
  const q = a.quotes.find((x) => x.content.text.startsWith('We were'))!;
  const benton = a.entities.find((e) => e.name.includes('Benton'))!;
  assert.equal(q.speaker!.entityId, benton.id);
});

test('noun-cue: a noun of saying with its possessor and a "that" clause is an attribution', () => {
  const [q] = run("Jones's assertion that the war was over was wrong.").quotes;
  assert.equal(q.rule, 'noun-cue');
  assert.equal(q.speaker!.mention.text, 'Jones');
  assert.equal(q.cueLemma, 'assertion');
  assert.equal(q.content.text, 'the war was over');
  // A relative "that" with no possessor ("the claim that he made") is no attribution.
  assert.deepEqual(run('The claim that he made was false.').quotes, []);
});

test('voice-thought: an unreported verb of thinking or wanting is marked thought, a reported one is speech', () => {
  const [q] = run('Smith thinks the plan will fail.').quotes;
  assert.equal(q.voice, 'thought');
  const [r] = run('Smith said he hoped the plan would work.').quotes;
  assert.equal(r.cueLemma, 'say');
  assert.equal(r.voice, undefined);
  const [s] = run('Smith warned the plan would fail.').quotes;
  assert.equal(s.voice, undefined);
});

test('voice-author: in a first-person piece the writer\'s own "I" is marked author', () => {
  const a = run('I hope the talks succeed. I think the minister is wrong. I believe we can win. Smith said it.');
  const mine = a.quotes.filter((q) => q.speaker?.mention.text === 'I');
  assert.equal(mine.length, 3);
  assert.ok(mine.every((q) => q.voice === 'author'));
  // One unmarked "I" in a report is no first-person piece: its thought is only a thought.
  const b = run('The minister spoke. Smith said the plan failed. Jones said it worked. I think it is wrong.');
  assert.ok(b.quotes.every((q) => q.voice !== 'author'));
});
