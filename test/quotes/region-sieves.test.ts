/**
 * The region sieves (src/quotes/region/), the headline colon and the quoted-title filter: quotes no cue verb took,
 * one short text each, written for these tests; each asserts the rule id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Quote } from '../../src/model/schema.js';

function quotes(text: string): Quote[] {
  return analyze({ id: 't', date: '2024-03-01', text, meta: {} }).quotes;
}

function only(text: string): Quote {
  const qs = quotes(text);
  assert.equal(qs.length, 1, `expected one quote in ${JSON.stringify(qs.map((q) => [q.rule, q.content.text]))}`);
  return qs[0];
}

test('colon: "Name: “...”"', () => {
  const q = only('It was a long day in court.\nThe defense lawyer: “We will appeal the ruling today.”');
  assert.equal(q.rule, 'colon');
  assert.equal(q.speaker!.mention.text, 'The defense lawyer');
  assert.equal(q.content.text, 'We will appeal the ruling today');
});

test('scare-quote: one or two quoted words are no quotation', () => {
  assert.deepEqual(quotes('The so-called “reform” passed.'), []);
  assert.deepEqual(
    quotes('Ortiz said prices would fall. “Never again”').map((q) => q.content.text),
    ['prices would fall'],
  );
});

test('quote-leading-verb: a subject and an unlisted past verb before the opening mark', () => {
  const q = only('Mr. Christie gloated: “They never saw it coming.”');
  assert.equal(q.rule, 'quote-leading-verb');
  assert.equal(q.speaker!.mention.text, 'Mr. Christie');
  assert.equal(q.cue!.text, 'gloated');
});

test('dash-attribution: a name after a dash closing the line', () => {
  const q = only('“Every vote counts in this town.” ― Pamela Padilla');
  assert.equal(q.rule, 'dash-attribution');
  assert.equal(q.speaker!.mention.text, 'Pamela Padilla');
  assert.equal(q.cue, null);
});

test('partial-subject: a lower-case quoted fragment continues the subject before it', () => {
  const q = only('The secretary “encouraged all parties to show restraint” during the call.');
  assert.equal(q.rule, 'partial-subject');
  assert.equal(q.type, 'partial');
  assert.equal(q.speaker!.mention.text, 'The secretary');
});

test('partial-subject: a capitalized quoted sentence after a noun phrase is a title, not said', () => {
  assert.deepEqual(quotes('The group sent a memo titled “The Facts About the Budget Cuts” to every member.'), []);
});

test('quote-trailing-verb: an unlisted verb and its subject after the closing mark', () => {
  const q = only('“We will not back down,” Murphy beamed.');
  assert.equal(q.rule, 'quote-trailing-verb');
  assert.equal(q.speaker!.mention.text, 'Murphy');
  assert.equal(q.cue!.text, 'beamed');
});

test('continuation-same-cue: “A,” he said. “B.” shares the cue', () => {
  const qs = quotes('“Prices will fall,” Ortiz said. “Wages will rise this year.”');
  assert.equal(qs.length, 2);
  assert.equal(qs[1].rule, 'continuation-same-cue');
  assert.deepEqual(qs[1].cue, qs[0].cue);
  assert.equal(qs[1].speaker!.mention.text, 'Ortiz');
});

test('continuation: a next paragraph wholly a quote continues the speaker, without the cue', () => {
  const qs = quotes('“Prices will fall by summer,” Ortiz said.\n\n“Wages will rise this year.”');
  assert.equal(qs.length, 2);
  assert.equal(qs[1].rule, 'continuation');
  assert.equal(qs[1].cue, null);
  assert.equal(qs[1].speaker!.mention.text, 'Ortiz');
});

test('continuation: a next paragraph that is not wholly a quote does not continue', () => {
  const qs = quotes(
    '“Prices will fall by summer,” Ortiz said.\n\n“Wages will rise this year,” is what the unions think, and they are organising.',
  );
  assert.deepEqual(
    qs.map((q) => q.rule),
    ['cue-left', 'unattributed'],
  );
});

test('unattributed: a quote of four or more words with no speaker', () => {
  const q = only('“We will never surrender to these people.”');
  assert.equal(q.rule, 'unattributed');
  assert.equal(q.speaker, null);
});

test('headline-colon: a one-sentence headline "Source: what was said"; a section label is no source', () => {
  const q = only('Graham: Trump’s rhetoric is destroying the party\n\nThe senator spoke on Monday.');
  assert.equal(q.rule, 'headline-colon');
  assert.equal(q.speaker!.mention.text, 'Graham');
  assert.equal(q.content.text, 'Trump’s rhetoric is destroying the party');
  assert.deepEqual(quotes('Analysis: The party is in deep trouble now\n\nThe senator spoke on Monday.'), []);
});

test('quoted title: a capitalized quoted title is no quotation', () => {
  assert.deepEqual(quotes('He wrote “The Art of the Deal” years ago.'), []);
});
