/** Quote shapes on short articles written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Analysis, Quote } from '../../src/model/schema.js';

function quotes(text: string): Analysis['quotes'] {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} }).quotes;
}

function find(qs: Quote[], fragment: string): Quote {
  const q = qs.find((x) => x.content.text.includes(fragment));
  assert.ok(q, `no quote containing "${fragment}" in ${JSON.stringify(qs.map((x) => x.content.text))}`);
  return q;
}

test('direct quote with a trailing cue: “...,” X said', () => {
  const q = find(
    quotes('“We will not raise taxes this year,” Finance Minister Ana Ruiz said on Monday.'),
    'We will not raise taxes',
  );
  assert.equal(q.type, 'direct');
  assert.equal(q.content.text, 'We will not raise taxes this year');
  assert.match(q.speaker!.mention.text, /Ana Ruiz$/);
  assert.equal(q.cueLemma, 'say');
});

test('inverted speaker: “...,” said X, a title', () => {
  const q = find(quotes('“The deal is dead,” said Tom Baker, a senior negotiator for the union.'), 'The deal is dead');
  assert.equal(q.speaker!.mention.text, 'Tom Baker');
});

test('cue before the quote with a colon', () => {
  const q = find(quotes('The mayor told reporters: “The bridge will reopen next week.”'), 'The bridge will reopen');
  assert.equal(q.type, 'direct');
  assert.equal(q.speaker!.mention.text, 'The mayor');
  assert.equal(q.addressee!.mention.text, 'reporters');
});

test('multi-sentence quote keeps all its sentences', () => {
  const q = find(quotes('“We tried. We failed. We will try again,” the coach said.'), 'We tried');
  assert.equal(q.content.text, 'We tried. We failed. We will try again');
  assert.equal(q.speaker!.mention.text, 'the coach');
});

test('split quote “A,” he said, “B.” shares one cue and speaker', () => {
  const qs = quotes('“We will win,” Smith said, “and we will win big.”');
  const a = find(qs, 'We will win');
  const b = find(qs, 'and we will win big');
  assert.deepEqual(a.cue, b.cue);
  assert.equal(a.speaker!.mention.text, 'Smith');
  assert.equal(b.speaker!.mention.text, 'Smith');
});

test('multi-paragraph quote: the re-opened paragraph inherits the speaker', () => {
  const text =
    '“Prices will fall by summer,” central bank governor Lena Ortiz said.\n\n“Wages are rising faster than we expected. That changes the outlook.”';
  const q = find(quotes(text), 'Wages are rising');
  assert.match(q.speaker!.mention.text, /Lena Ortiz/);
});

test('a paragraph left open and re-opened by the next one: both parts to the speaker', () => {
  const text =
    'Lena Ortiz said: “Prices will fall by summer and stay low.\n\n“Wages are rising faster than we expected,” she added.';
  const qs = quotes(text);
  assert.match(find(qs, 'Prices will fall').speaker!.mention.text, /Lena Ortiz/);
  assert.equal(find(qs, 'Wages are rising').speaker!.mention.text, 'she');
});

test('indirect speech with that-clause, with addressee', () => {
  const q = find(quotes('The senator told CNN that the bill would pass before the recess.'), 'the bill would pass');
  assert.equal(q.type, 'indirect');
  assert.equal(q.cueLemma, 'tell');
  assert.equal(q.speaker!.mention.text, 'The senator');
  assert.equal(q.addressee!.mention.text, 'CNN');
});

test('indirect speech without "that" and a pronoun clause', () => {
  const q = find(
    quotes('Asked about the talks, Ortiz said she will tell the press once a date is set.'),
    'she will tell the press',
  );
  assert.equal(q.type, 'indirect');
  assert.equal(q.speaker!.mention.text, 'Ortiz');
});

test('according to, before and after the content', () => {
  const qs = quotes(
    'The plant will close in May, according to two company officials. According to the union, 300 jobs are at risk.',
  );
  assert.match(find(qs, 'The plant will close').speaker!.mention.text, /company officials/);
  assert.match(find(qs, '300 jobs').speaker!.mention.text, /the union/);
});

test('partial quote inside reported speech: the clause subject speaks', () => {
  const q = find(
    quotes('Later the envoy “urged both sides to return to the table without conditions”.'),
    'urged both sides',
  );
  assert.equal(q.type, 'partial');
  assert.equal(q.speaker!.mention.text, 'the envoy');
});

test('mixed quote: reported clause ending in a quoted fragment', () => {
  const q = find(
    quotes('The minister said the army would “respond with full force” if attacked.'),
    'respond with full force',
  );
  assert.equal(q.type, 'mixed');
  assert.equal(q.speaker!.mention.text, 'The minister');
});

test('apposition between speaker and cue', () => {
  const q = find(
    quotes('Maria Lopez, the city spokesperson, has said the water is safe to drink.'),
    'the water is safe',
  );
  assert.equal(q.speaker!.mention.text, 'Maria Lopez');
});

test('coordinated cues share the subject', () => {
  const qs = quotes('The ambassador praised the agreement but also said the border must stay closed.');
  assert.equal(find(qs, 'the border must stay closed').speaker!.mention.text, 'The ambassador');
});

test('quote with no closing mark at the end of the article', () => {
  const q = find(quotes('The general said: “We will hold the line whatever it costs us'), 'We will hold the line');
  assert.equal(q.speaker!.mention.text, 'The general');
});

test('quote in a headline: Name: ‘...’', () => {
  const q = find(
    quotes("Obama: 'We will not abandon our allies'\n\nThe president spoke in Berlin."),
    'We will not abandon',
  );
  assert.equal(q.speaker!.mention.text, 'Obama');
  assert.equal(q.type, 'direct');
});

test('scare quotes and nouns that look like cues make no quotes', () => {
  assert.deepEqual(
    quotes(
      'The so-called “deal” collapsed. The United States and the Islamic State were at war in a Democratic state.',
    ),
    [],
  );
});

test('every span matches the text it points to', () => {
  const text =
    '“Calm down,” the judge said.\n\nHe told the lawyers that the trial would resume, according to a court clerk.';
  for (const q of quotes(text)) {
    assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
  }
});

test('plural subjects of a bare "say": two joined names, a quantified group, a collective noun', () => {
  const joined = find(
    quotes('Mayor Ana Ruiz and Governor Tom Baker say the harbor tunnel needs more money.'),
    'the harbor tunnel needs',
  );
  assert.match(joined.speaker!.mention.text, /Tom Baker/);
  assert.equal(
    find(quotes('Many Democrats say the budget deal leaves schools short.'), 'the budget deal').speaker!.mention.text,
    'Many Democrats',
  );
  assert.equal(
    find(quotes('Police say they found the missing boat near the pier.'), 'they found the missing boat').speaker!
      .mention.text,
    'Police',
  );
  // A base-form cue after a singular name is still a noun: "report" here, the cue is "says".
  const noun = find(quotes('The Lisbon report says the port lost money.'), 'the port lost money');
  assert.equal(noun.cueLemma, 'say');
  assert.equal(noun.speaker!.mention.text, 'The Lisbon report');
});

test('a speaker phrase ending in an object pronoun: "Those close to him say"', () => {
  const q = find(
    quotes('Those close to him say that the minister will resign before the vote.'),
    'the minister will resign',
  );
  assert.equal(q.speaker!.mention.text, 'Those close to him');
});

test('progressive cues report like finite ones: "is saying that", "’s claiming that"', () => {
  const q = find(quotes('The ministry is saying that the new port opens in June.'), 'the new port opens');
  assert.equal(q.speaker!.mention.text, 'The ministry');
  assert.equal(q.cueLemma, 'say');
  const t = find(quotes('Tom Baker was telling a farmers group that the dam is safe.'), 'the dam is safe');
  assert.equal(t.speaker!.mention.text, 'Tom Baker');
  assert.equal(
    find(quotes('She’s claiming that the count was rigged.'), 'the count was rigged').speaker!.mention.text,
    'She',
  );
  // Without "be" the gerund stays a noun.
  assert.equal(quotes('His saying grew famous in the port.').length, 0);
});

test('content after a prepositional phrase and a subject pronoun: "said after the talks he would ..."', () => {
  const q = find(quotes('Baker said after the talks he would not sign the accord.'), 'he would not sign');
  assert.equal(q.content.text, 'he would not sign the accord');
  assert.equal(q.speaker!.mention.text, 'Baker');
});

test('"called on X to ...": the one called on is the addressee, the request the content', () => {
  const q = find(
    quotes('Ana Ruiz called on the port authority to delay the fee increase.'),
    'to delay the fee increase',
  );
  assert.equal(q.speaker!.mention.text, 'Ana Ruiz');
  assert.equal(q.addressee!.mention.text, 'the port authority');
});

test('a headline "Source: what was said" is attributed to its source; section labels are not sources', () => {
  const q = find(
    quotes('Ruiz: Harbor tunnel will cost twice the estimate\n\nThe mayor spoke to the council on Monday.'),
    'Harbor tunnel will cost',
  );
  assert.equal(q.speaker!.mention.text, 'Ruiz');
  assert.equal(q.content.text, 'Harbor tunnel will cost twice the estimate');
  assert.equal(
    quotes('Analysis: Harbor tunnel will cost twice the estimate\n\nThe mayor spoke to the council on Monday.').filter(
      (x) => x.content.text.includes('Harbor'),
    ).length,
    0,
  );
  // Not a headline: the colon sits in a paragraph of several sentences.
  assert.equal(
    quotes('Ruiz: the tunnel is late. The council met on Monday.').filter((x) => x.content.text.includes('tunnel'))
      .length,
    0,
  );
});

test('a time phrase between subject and cue: "X on Monday asked", "X last week said"', () => {
  const q = find(
    quotes('Two harbor unions on Monday asked the port authority to reopen the talks.'),
    'to reopen the talks',
  );
  assert.equal(q.speaker!.mention.text, 'Two harbor unions');
  assert.equal(
    find(quotes('Baker last week said the accord was dead.'), 'the accord was dead').speaker!.mention.text,
    'Baker',
  );
});

test('"this" after a cue starts the content unless a time noun follows; a plural head before "to"/"of" speaks', () => {
  assert.equal(
    find(quotes('Critics say this is only a pause in the talks.'), 'this is only a pause').speaker!.mention.text,
    'Critics',
  );
  assert.equal(
    find(quotes('Critics said last week the accord was dead.'), 'the accord was dead').content.text,
    'the accord was dead',
  );
  assert.equal(
    find(quotes('Aides to Ruiz say the mayor will run again.'), 'the mayor will run').speaker!.mention.text,
    'Aides to Ruiz',
  );
});

test('an apposition after a trailing attribution is not part of what was said', () => {
  const qs = quotes(
    'Fishing boats would get a separate lane into the harbor, Ruiz said, a plan that could ease the queues.',
  );
  assert.equal(find(qs, 'Fishing boats').content.text, 'Fishing boats would get a separate lane into the harbor');
  assert.equal(find(qs, 'Fishing boats').speaker!.mention.text, 'Ruiz');
  assert.equal(qs.filter((q) => q.content.text.includes('ease the queues')).length, 0);
  // An aside closed before "that" is still skipped.
  assert.equal(
    find(quotes('Baker said, twice, that the accord was dead.'), 'the accord').content.text,
    'that the accord was dead',
  );
});

test('a speaker whose name ends in "-ly" is no adverb; a quoted show title after "said ... on" is no content', () => {
  assert.equal(
    find(quotes('The harbor needs a second crane, Kelly said.'), 'second crane').speaker!.mention.text,
    'Kelly',
  );
  const q = find(
    quotes('The harbor needs a second crane, he said Wednesday on Channel 4’s “Morning Tide.”'),
    'second crane',
  );
  assert.equal(q.content.text, 'The harbor needs a second crane');
  assert.equal(q.speaker!.mention.text, 'he');
});

test('a headline "Name Calls for ..." is a cue; "Conference Calls were ..." is a noun', () => {
  const q = find(quotes('Ruiz Calls for Harbor Inquiry\n\nThe mayor spoke on Monday.'), 'Harbor Inquiry');
  assert.equal(q.speaker!.mention.text, 'Ruiz');
  assert.equal(q.cueLemma, 'call');
  assert.equal(quotes('The Conference Calls were recorded by the clerk.').length, 0);
});
