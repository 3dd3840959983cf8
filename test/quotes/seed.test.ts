/** The seed article's quotations (read from ../shared; its text is never copied here). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED, seedAnalysis } from '../helpers/seed.js';
import type { Analysis, Quote } from '../../src/model/schema.js';

function quoteWith(a: Analysis, fragment: string): Quote {
  const q = a.quotes.find((x) => x.content.text.includes(fragment));
  assert.ok(q, `no quote contains "${fragment}"`);
  return q;
}

/** The speaker's entity name when the entity stage resolved it, else the mention text. */
function speakerName(a: Analysis, p: Quote['speaker']): string {
  assert.ok(p, 'no speaker');
  const e = p.entityId ? a.entities.find((x) => x.id === p.entityId) : undefined;
  return e ? e.name : p.mention.text;
}

test('seed: Levitt’s direct quote and its continuation paragraph', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const first = quoteWith(a, 'The president has expressed');
  const second = quoteWith(a, 'He understands these are two countries');
  assert.equal(first.type, 'direct');
  assert.match(speakerName(a, first.speaker), /Karoline Levitt/);
  assert.match(speakerName(a, second.speaker), /Karoline Levitt/);
  assert.match(second.rule, /continuation/);
  assert.ok(second.content.text.endsWith('both countries'), 'the continuation runs to the end of its paragraph');
});

test('seed: “in constant communication ...” via "She said" is Levitt', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const q = quoteWith(a, 'in constant communication with the leaders');
  assert.equal(q.speaker!.mention.text, 'She');
  assert.equal(q.cueLemma, 'say');
  assert.ok(q.speaker!.entityId, 'speaker resolved to an entity');
  assert.match(speakerName(a, q.speaker), /Karoline Levitt/);
});

test('seed: “encouraged India ...” is Rubio via "the secretary"', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const q = quoteWith(a, 'encouraged India');
  assert.equal(q.type, 'partial');
  assert.equal(q.speaker!.mention.text, 'the secretary');
  assert.ok(q.speaker!.entityId, 'speaker resolved to an entity');
  assert.match(speakerName(a, q.speaker), /Marco Rubio/);
});

test('seed: “end “end any support ...” is Rubio, addressed to Sharif', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const q = quoteWith(a, 'any support for terrorist groups');
  assert.equal(q.speaker!.mention.text, 'he');
  assert.equal(q.addressee!.mention.text, 'Sharif');
  assert.ok(q.speaker!.entityId && q.addressee!.entityId, 'speaker and addressee resolved to entities');
  assert.match(speakerName(a, q.speaker), /Marco Rubio/);
  assert.match(speakerName(a, q.addressee), /Shehbaz Sharif/);
});

test('seed: “That it should not escalate ...” is Tammy Bruce', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const q = quoteWith(a, 'That it should not escalate');
  assert.match(speakerName(a, q.speaker), /Tammy Bruce/);
});

test('seed: “de-escalate as quickly as possible” in the first sentence is the White House', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const first = a.sentences[0];
  const q = a.quotes.find(
    (x) =>
      x.content.start >= first.start &&
      x.content.end <= first.end + 1 &&
      x.content.text.includes('de-escalate as quickly as possible'),
  );
  assert.ok(q, 'no quote in the first sentence');
  assert.match(q.speaker!.mention.text, /White House/);
  assert.ok(!q.content.text.includes('IANS'), 'the dateline is not part of the content');
});

test('seed: indirect "she will let reporters know ..." is Levitt', { skip: SEED.skip }, () => {
  const a = seedAnalysis();
  const q = quoteWith(a, 'she will let reporters know');
  assert.equal(q.type, 'indirect');
  assert.match(speakerName(a, q.speaker), /Levitt/);
});
