import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import { calledHeld, isHoldingWord, peoplePlaceAt } from '../../src/events/held-places.js';
import type { Doc } from '../../src/model/doc.js';

/** The rules' events and discards (no learned model). */
function coded(text: string): Doc {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc;
}

const pairs = (doc: Doc): string[] => doc.events.map((e) => `${e.root} ${e.source?.code}->${e.target?.code}`);

test('gate:held-place: the words that say a party holds a place', () => {
  assert.ok(isHoldingWord('rebel-held'));
  assert.ok(isHoldingWord('Militia\u2011controlled'));
  assert.ok(isHoldingWord('enclave'));
  // The state holding its own ground is no other party.
  assert.ok(!isHoldingWord('government-held'));
  assert.ok(!isHoldingWord('Iran-backed'));
  assert.ok(calledHeld('shelled the rebel-held northern district of '));
  assert.ok(calledHeld('an assault on the enclave of '));
  assert.ok(!calledHeld('the rebel-held villages and then moved on to '));
  assert.ok(!calledHeld('shelled the town of '));
});

test('gate:held-place: a place held by a party is no stand-in for its country as target of force', () => {
  const doc = coded('Peruvian troops shelled the rebel-held town of Arica on Monday.');
  assert.deepEqual(pairs(doc), []);
  assert.ok(doc.discards.some((d) => d.reason === 'place-actor' && d.rule === 'gate:held-place'));
});

test('gate:held-place: once the article calls a place held, later bare mentions are held too', () => {
  const doc = coded(
    'Armed separatists have run the enclave of Arica for a year. Peruvian troops shelled Arica on Monday.',
  );
  assert.ok(!doc.events.some((e) => e.target?.text === 'Arica'));
  assert.ok(doc.discards.some((d) => d.rule === 'gate:held-place'));
});

test('gate:held-place: a place the state holds, or one nobody is said to hold, stays a target', () => {
  assert.ok(pairs(coded('Peruvian troops shelled the town of Arica on Monday.')).length > 0);
  const doc = coded('Peruvian troops shelled the government-held town of Arica on Monday.');
  assert.ok(pairs(doc).length > 0);
  assert.ok(!doc.discards.some((d) => d.rule === 'gate:held-place'));
});

test('gate:held-place: a place named after a people that is no country ("the Kurdish city of") is held', () => {
  assert.ok(peoplePlaceAt('shelled the Kurdish city of ') >= 0);
  assert.ok(peoplePlaceAt('shelled the Old City of ') < 0);
  assert.ok(pairs(coded('Peruvian troops besieged the Chilean city of Arica.')).length > 0);
  const doc = coded('Peruvian troops besieged the Aymaran city of Arica.');
  assert.ok(!doc.events.some((e) => e.target?.text === 'Arica'));
  assert.ok(doc.discards.some((d) => d.rule === 'gate:held-place'));
});
