/** The cue sieves (src/quotes/cue/), one short sentence each, written for these tests; each asserts the rule id. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Quote } from '../../src/model/schema.js';

function quotes(text: string): Quote[] {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} }).quotes;
}

/** The one quote of a text. */
function only(text: string): Quote {
  const qs = quotes(text);
  assert.equal(qs.length, 1, `expected one quote in ${JSON.stringify(qs.map((q) => [q.rule, q.content.text]))}`);
  return qs[0];
}

function byCue(qs: Quote[], lemma: string): Quote {
  const q = qs.find((x) => x.cueLemma === lemma);
  assert.ok(q, `no quote with cue "${lemma}" in ${JSON.stringify(qs.map((x) => [x.rule, x.cueLemma]))}`);
  return q;
}

test('according-to-left: a sentence-final "according to" takes the clause before it', () => {
  const q = only('Unemployment will rise next year, according to officials.');
  assert.equal(q.rule, 'according-to-left');
  assert.equal(q.content.text, 'Unemployment will rise next year');
  assert.equal(q.speaker!.mention.text, 'officials');
});

test('according-to-final: the sentence-final "according to" claims the sentence; the cue inside is nested', () => {
  const q = only('The senator said the plan will fail, according to officials.');
  assert.equal(q.rule, 'according-to-left');
  assert.equal(q.content.text, 'The senator said the plan will fail');
});

test('according-to-right: "According to X, ..." takes the clause after it', () => {
  const q = only('According to the memo, the plant will close in May.');
  assert.equal(q.rule, 'according-to-right');
  assert.equal(q.content.text, 'the plant will close in May');
  assert.equal(q.speaker!.mention.text, 'the memo');
});

test('trailing-cue: a sentence-final attribution claims the sentence; the belief inside it is not reported apart', () => {
  const q = only('Voters believe the plan will fail, the senator warned on Wednesday.');
  assert.equal(q.cueLemma, 'warn');
  assert.equal(q.rule, 'cue-left');
  assert.equal(q.content.text, 'Voters believe the plan will fail');
  assert.equal(q.speaker!.mention.text, 'the senator');
});

test('cue: the subject before the verb speaks, the clause after it is the content', () => {
  const q = only('The campaign said the ad was false.');
  assert.equal(q.rule, 'cue');
  assert.equal(q.speaker!.mention.text, 'The campaign');
  assert.equal(q.content.text, 'the ad was false');
  assert.equal(q.type, 'indirect');
});

test("asked-question: the question is the asker's when one is named, and nobody's otherwise", () => {
  const q = byCue(quotes('Asked by reporters whether she would run again, Smith said she had not decided.'), 'ask');
  assert.equal(q.rule, 'asked-question');
  assert.equal(q.content.text, 'whether she would run again');
  assert.equal(q.speaker!.mention.text, 'reporters');
  const unnamed = quotes('Asked whether she would run again, Smith said she had not decided.');
  assert.deepEqual(
    unnamed.map((x) => x.cueLemma),
    ['say'],
  );
});

test('cue-participle: "..., adding that" is said by the clause\'s speaker', () => {
  const q = byCue(quotes('Smith praised the deal, adding that it would create jobs.'), 'add');
  assert.equal(q.rule, 'cue-participle');
  assert.equal(q.speaker!.mention.text, 'Smith');
  assert.equal(q.content.text, 'that it would create jobs');
});

test('cue-coordinated: "... and said" is said by the previous cue\'s speaker', () => {
  const q = byCue(quotes('Smith criticized the plan and said it would cost too much.'), 'say');
  assert.equal(q.rule, 'cue-coordinated');
  assert.equal(q.speaker!.mention.text, 'Smith');
  assert.equal(q.content.text, 'it would cost too much');
});

test('cue-apposition: “...,” Name, the title, said', () => {
  const q = only('“We will appeal the decision,” Scott Pruitt, the attorney general of Oklahoma, said on Monday.');
  assert.equal(q.rule, 'cue-apposition');
  assert.equal(q.speaker!.mention.text, 'Scott Pruitt');
  assert.equal(q.content.text, 'We will appeal the decision');
});

test('cue-inverted: “...,” said Name, a title', () => {
  const q = only('“The deal is dead,” said Tom Baker, a senior negotiator.');
  assert.equal(q.rule, 'cue-inverted');
  assert.equal(q.speaker!.mention.text, 'Tom Baker');
});

test("cue-message: a message noun's sender speaks and its recipient is addressed", () => {
  const q = only('The message Rubio conveyed to Sharif stressed that the ceasefire must hold.');
  assert.equal(q.rule, 'cue-message');
  assert.equal(q.speaker!.mention.text, 'Rubio');
  assert.equal(q.addressee!.mention.text, 'Sharif');
});

test('cue-gerund-of: "footage of X saying" makes X the speaker', () => {
  const q = only('There was footage of Trump saying, “We will build the wall.”');
  assert.equal(q.rule, 'cue-gerund-of');
  assert.equal(q.speaker!.mention.text, 'Trump');
  assert.equal(q.content.text, 'We will build the wall');
});

test('cue-inverted-initial: "Said Name: “...”"', () => {
  const q = only('Said Ellis: “We are ready for the vote.”');
  assert.equal(q.rule, 'cue-inverted-initial');
  assert.equal(q.speaker!.mention.text, 'Ellis');
});

test('cue-nearest-name and cue-nosubject: no subject before the verb group', () => {
  const near = only('Then at a press conference he in turn insisted that the trial go on.');
  assert.equal(near.rule, 'cue-nearest-name');
  assert.equal(near.speaker!.mention.text, 'he');
  const none = only('He in a press conference insisted that the trial go on.');
  assert.equal(none.rule, 'cue-nosubject');
  assert.equal(none.speaker, null);
});

test('-left: a trailing cue takes the quote before it; a parenthetical cue takes both halves', () => {
  const q = only('“We will win this race,” Smith said.');
  assert.equal(q.rule, 'cue-left');
  assert.equal(q.type, 'direct');
  const halves = quotes('“We will win,” Smith said, “and we will win big.”');
  assert.deepEqual(
    halves.map((x) => [x.rule, x.content.text]),
    [
      ['cue-left', 'We will win'],
      ['cue', 'and we will win big'],
    ],
  );
});

test("a colon ending the cue's paragraph takes the quote that opens the next one", () => {
  const q = only('Cruz said in a statement:\n\n“We will not stop fighting for you.”');
  assert.equal(q.rule, 'cue');
  assert.equal(q.content.text, 'We will not stop fighting for you');
  assert.equal(q.speaker!.mention.text, 'Cruz');
});

test('not-speech: a base form after one singular name is no verb; after two names joined by "and" it is', () => {
  assert.deepEqual(quotes('Mr. Leahy say the bill is dead.'), []);
  assert.equal(only('Mr. Grassley and Mr. Leahy say the bill is dead.').cueLemma, 'say');
  assert.equal(only('Police say the suspect fled on foot.').speaker!.mention.text, 'Police');
});

test('not-speech: a passive without a clause after it reports nothing', () => {
  assert.deepEqual(quotes('The bill was pushed by Democrats in the House.'), []);
});

test('verb group: a time phrase or a clitic "is" between subject and cue', () => {
  assert.equal(only('Trump last week said the tariffs would stay.').speaker!.mention.text, 'Trump');
  const q = only('He’s claiming the vote was rigged.');
  assert.equal(q.speaker!.mention.text, 'He');
  assert.equal(q.content.text, 'the vote was rigged');
});

test('addressee: the object of "tell", "to" after "say", "on" after "call"', () => {
  assert.equal(only('The mayor told reporters that the bridge would reopen.').addressee!.mention.text, 'reporters');
  assert.equal(only('She said to voters that the tax would go.').addressee!.mention.text, 'voters');
  const q = only('He called on Congress to act on guns.');
  assert.equal(q.addressee!.mention.text, 'Congress');
  assert.equal(q.content.text, 'to act on guns');
});
