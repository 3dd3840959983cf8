/** Round-2 quote shapes and false-quote classes, on short articles written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Analysis, Quote } from '../../src/model/schema.js';

function analysis(text: string): Analysis {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} });
}

function quotes(text: string): Quote[] {
  return analysis(text).quotes;
}

function find(qs: Quote[], fragment: string): Quote {
  const q = qs.find((x) => x.content.text.includes(fragment));
  assert.ok(q, `no quote containing "${fragment}" in ${JSON.stringify(qs.map((x) => x.content.text))}`);
  return q;
}

test("NYT doubled marks: a terminal before '' ends the sentence, the quote is its own content", () => {
  const text =
    "The plan adds new layers of rules for accountants. ''There is a lot of new complexity,'' said Mr. Burman.";
  const a = analysis(text);
  assert.equal(a.sentences.length, 2);
  const q = find(a.quotes, 'There is a lot of new complexity');
  assert.equal(q.type, 'direct');
  assert.equal(q.content.text, 'There is a lot of new complexity');
  assert.equal(q.speaker!.mention.text, 'Mr. Burman');
});

test('quote, then a name with appositions, then the cue', () => {
  const q = find(
    quotes(
      'The court met.\n\n“This ruling oversteps the law,” Maria Lopez, the attorney general of Nevada, one of the states in the case, said at a forum this month.',
    ),
    'This ruling',
  );
  assert.equal(q.type, 'direct');
  assert.equal(q.content.text, 'This ruling oversteps the law');
  assert.equal(q.speaker!.mention.text, 'Maria Lopez');
});

test('inverted speaker after a closed quote keeps its tail out of the speaker test', () => {
  const q = find(
    quotes('Talks went on.\n\n“The other side has no plan at all,” said one senior source on the committee.'),
    'The other side',
  );
  assert.equal(q.type, 'direct');
  assert.match(q.speaker!.mention.text, /source/);
});

test('a time word after an inverted cue is not the speaker', () => {
  const q = find(
    quotes('Votes were counted.\n\n“We expect the veto to be overridden,” Senator Jim Hale, R-Ohio, said Tuesday.'),
    'We expect the veto',
  );
  assert.notEqual(q.speaker?.mention.text, 'Tuesday');
  assert.match(q.speaker!.mention.text, /Jim Hale/);
});

test('dash-attributed quotes ending their line', () => {
  const qs = quotes(
    'Readers wrote in.\n“The debate showed us nothing new.” ― Carla Mendes\n“I am tired of the shouting.”― Omar Haddad.\n',
  );
  assert.equal(find(qs, 'showed us nothing').speaker!.mention.text, 'Carla Mendes');
  assert.equal(find(qs, 'tired of the shouting').speaker!.mention.text, 'Omar Haddad');
});

test('quoted titles are not quotations', () => {
  const qs = quotes('The senator appeared on “Meet the Press” on Sunday and said the bill would pass.');
  assert.ok(!qs.some((q) => q.content.text === 'Meet the Press'), JSON.stringify(qs.map((q) => q.content.text)));
});

test('"the campaign said": a cue word before a finite cue is a noun', () => {
  const q = find(quotes('“We will win this state,” the campaign said.'), 'We will win');
  assert.equal(q.cueLemma, 'say');
  assert.equal(q.speaker!.mention.text, 'the campaign');
});

test('"according to" at the end of a sentence gives one quote', () => {
  const qs = quotes('The commission asked both sides to resume talks on March 20, according to a spokesperson.');
  assert.equal(qs.filter((q) => q.cueLemma === 'according to').length, 1);
});

test('a passive with a by-agent and no clause reports nothing', () => {
  const qs = quotes('Plans to move the detainees have been pushed intensively by officials in the capital.');
  assert.equal(qs.length, 0, JSON.stringify(qs.map((q) => q.content.text)));
});

test('"Asked if ..." with no asker named is not a quotation; the answer is', () => {
  const qs = quotes('Asked if the minister would resign, Laura Chen said she would announce her plans on Friday.');
  assert.ok(
    !qs.some((q) => q.content.text.startsWith('if the minister')),
    JSON.stringify(qs.map((q) => q.content.text)),
  );
  assert.match(find(qs, 'she would announce').speaker!.mention.text, /Laura Chen/);
});

test('"Said X:" opens a quote with its speaker after the cue', () => {
  const q = find(
    quotes('The vote was close.\n\nSaid Ellison: “I do not think they care about the budget.”'),
    'I do not think',
  );
  assert.equal(q.speaker!.mention.text, 'Ellison');
});

test('a subject and an unlisted past verb before a colon: "X gloated: “...”"', () => {
  const q = find(
    quotes('The race tightened.\n\nAnd Mr. Hale gloated: “I told you she would not be ready.”'),
    'I told you',
  );
  assert.equal(q.speaker!.mention.text, 'Mr. Hale');
  assert.equal(q.cue!.text, 'gloated');
});

test('"As X put it, “...”"', () => {
  const q = find(
    quotes(
      'The bill stalled.\n\nAs Nora Field, a law professor, put it, “Senators should take the deal while they can.”',
    ),
    'Senators should',
  );
  assert.equal(q.speaker!.mention.text, 'Nora Field');
});

test('a base-form cue after an auxiliary agrees with any subject: “...,” he will say', () => {
  const q = find(
    quotes('The speech is ready.\n\n“Nobody knows the job until they do it,” he will say.'),
    'Nobody knows',
  );
  assert.equal(q.speaker!.mention.text, 'he');
  assert.equal(q.cueLemma, 'say');
});

test('"footage of X saying, “...”": the phrase after "of" speaks', () => {
  const q = find(
    quotes('The ad ran twice.\n\nThe ad uses footage of Maria Lopez asking, “Why are we not ahead by fifty points?”'),
    'Why are we not',
  );
  assert.equal(q.speaker!.mention.text, 'Maria Lopez');
  assert.equal(q.cueLemma, 'ask');
});

test('a base-form cue after a singular name or acronym is a noun: "the US state department"', () => {
  const qs = quotes('The US state department did not comment on the case.');
  assert.ok(!qs.some((q) => q.cue?.text === 'state'), JSON.stringify(qs.map((q) => q.cue?.text)));
});

test('a lower-case quote inside a clause is a partial quote, a quoted sentence after a colon is direct', () => {
  const qs = quotes(
    'Twenty people were hurt by a blast that Mayor Bill Fox described as “an intentional act of violence.”\n\nShe said: “We will not give up.”',
  );
  assert.equal(find(qs, 'an intentional act').type, 'partial');
  assert.equal(find(qs, 'We will not give up').type, 'direct');
});
