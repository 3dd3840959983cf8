import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import type { Event } from '../../src/model/schema.js';

/** The rules' events (no learned model, so that what is tested is the act rules). */
function events(text: string): Event[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events;
}
const summary = (evs: Event[]): string[] =>
  evs.map((e) => `${e.root} ${e.source?.country}->${e.target?.country} ${e.evidence.trigger.text} ${e.modality}`);

test('act:intent: "plans to impose" is one event, the imposing, future, with the planner as source', () => {
  const evs = events('China plans to impose sanctions on Japan.');
  assert.deepEqual(summary(evs), ['16 CHN->JPN impose future']);
  assert.match(evs[0].evidence.rule, /:act:intent/);
});

test('act:intent: "decided to withdraw" gives the withdrawal only', () => {
  const evs = events('Russia decided to withdraw its troops from Syria.');
  assert.equal(evs.length, 1);
  assert.equal(evs[0].evidence.trigger.text, 'withdraw');
  assert.equal(evs[0].modality, 'future');
});

test('act:appeal: "urged X to back Y" and "threatened to invade" are the appeal and the threat alone', () => {
  const urged = events('Chile urged Peru to back the agreement with Bolivia.');
  assert.ok(
    urged.every((e) => e.evidence.trigger.text === 'urged'),
    summary(urged).join('; '),
  );
  assert.ok(urged.some((e) => e.source?.country === 'CHL' && e.target?.country === 'PER'));
  const threat = events('Turkey threatened to invade Syria.');
  assert.deepEqual(summary(threat), ['13 TUR->SYR threatened asserted']);
});

test('act:claim and modality:hedge: a claim is no event of its own, hedged acts are reported', () => {
  const claim = events('Hamas claimed that Israel attacked a hospital in Gaza.');
  assert.ok(!claim.some((e) => e.evidence.trigger.text === 'claimed'));
  const hedge = events('Israel is understood to have struck Iranian positions in Syria.');
  assert.ok(hedge.length > 0);
  assert.ok(hedge.every((e) => e.modality === 'reported' && /modality:hedge/.test(e.evidence.rule)));
  const adverb = events('Chinese warships reportedly blockaded a Philippine port.');
  assert.ok(adverb.every((e) => e.modality === 'reported'));
  // Without a hedge the same act is asserted.
  assert.ok(events('Israel struck Iranian positions in Syria.').some((e) => e.modality === 'asserted'));
});

test('act:list-cap: a long list of coordinated actors is not paired off with each other', () => {
  const short = events('Chile and Peru signed an agreement.');
  assert.ok(short.length >= 2, summary(short).join('; '));
  const long = events('Chile, Peru, Bolivia and Ecuador signed an agreement.');
  assert.equal(long.length, 0, summary(long).join('; '));
  // A list of three names no pairs either ("A, B and C met" says nothing of A and B alone).
  const three = events('Chile, Peru and Bolivia met in Lima on Monday.');
  assert.equal(three.length, 0, summary(three).join('; '));
});

test('act:appositive: a leader named and titled in apposition acts once, by name', () => {
  const evs = events(
    "Olaf Brandt, Germany's chancellor, and Jean Roux, France's president, pressed Vladimir Putin to end the shelling.",
  );
  assert.deepEqual(
    evs.map((e) => `${e.source?.text}->${e.target?.text}`),
    ['Olaf Brandt->Vladimir Putin', 'Jean Roux->Vladimir Putin'],
  );
  assert.match(evs[0].evidence.rule, /:act:appositive/);
});

test('act:appositive: actors of the same code that are not in apposition stay apart', () => {
  const evs = events('Russia, Iran and Turkey condemned the strikes on Syria.');
  assert.ok(!evs.some((e) => e.evidence.rule.includes(':act:appositive')), summary(evs).join('; '));
  const named = events('Chile and Peru signed an agreement with Bolivia.');
  assert.deepEqual(named.map((e) => e.source?.country).sort(), ['CHL', 'PER']);
});

test('act:warning-comment: a warning of what others bring is a pessimistic comment, of the warner\'s own act a threat', () => {
  assert.deepEqual(
    summary(
      events(
        'The Chilean defence minister warned on Tuesday that a Peruvian offensive on the enclave would lead to a humanitarian catastrophe.',
      ),
    ).map(
      (s) => s.split(' ')[0],
    ),
    ['01'],
  );
  assert.deepEqual(summary(events('Chile warned that it would respond to any attack by Peru.')), [
    '13 CHL->PER warned asserted',
  ]);
  assert.deepEqual(summary(events('Chile warned Peru that it would respond to any attack.')), [
    '13 CHL->PER warned asserted',
  ]);
});
