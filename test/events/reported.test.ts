import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import type { Event } from '../../src/model/schema.js';

/** The rules' events (no learned model). */
function events(text: string): Event[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events;
}
const triggers = (text: string): string[] => events(text).map((e) => e.evidence.trigger.text);
const dyads = (text: string): string[] =>
  events(text).map((e) => `${e.root} ${e.source?.country}->${e.target?.country} ${e.evidence.trigger.text}`);

test('predicate:finite: a verb group or a finite verb triggers; participles used as nouns or after prepositions do not', () => {
  assert.deepEqual(triggers('Police arrested 12 protesters in Cairo.'), ['arrested']);
  assert.deepEqual(triggers('Chile has accused Peru of spying.'), ['accused']);
  // "in criticising", "from attacking": a gerund after a preposition reports no act.
  assert.deepEqual(triggers('Chile was open in criticising Peru.'), []);
  // A participle clause after a comma, or after "while", reports what the main clause reports.
  assert.ok(triggers('Chile recalled its envoy, accusing Peru of spying.').includes('accusing'));
});

test('act:purpose: an infinitive of purpose or after a noun is no act; one a verb frames is', () => {
  assert.deepEqual(triggers('Chile sent envoys on Monday to criticise Peru.'), []);
  assert.deepEqual(triggers('Chile announced a plan to attack Peru.'), []);
  assert.ok(triggers('Chile agreed to help Peru.').includes('help'));
  // An infinitive framed by a verb that is itself a purpose is a purpose too.
  assert.ok(!triggers('Chile signed a deal with Bolivia to allow Peru to attack Ecuador.').includes('attack'));
});

test('act:question, act:hypothetical: questions and conditions report no act', () => {
  assert.deepEqual(triggers('Did Russia attack Ukraine?'), []);
  assert.deepEqual(triggers('If Chile attacks Peru, Bolivia will condemn Chile.'), []);
  assert.deepEqual(triggers('Israel would release the prisoners if Hamas agreed.'), []);
  assert.deepEqual(triggers('Chile asked whether Peru had attacked Bolivia.'), []);
  assert.deepEqual(triggers('Israel released the prisoners.'), ['released']);
});

test('act:hypothetical and act:question per candidate: a condition reaches to ";", a question mark only backwards', () => {
  // The condition holds for the act of its own part of the sentence, not for one after the semicolon.
  assert.deepEqual(triggers('If Chile attacks Peru, Bolivia will protest; Ecuador condemned Peru.'), ['condemned']);
  // Both candidates of one sentence before its question mark are asked.
  assert.deepEqual(triggers('Chile condemned Peru and why did Bolivia attack Ecuador?'), []);
});

test('act:negated and act:potential: an act said not to happen, a potential attack, are no events', () => {
  assert.deepEqual(triggers('Israel did not attack Lebanon.'), []);
  assert.deepEqual(triggers('Chile fears a potential Peruvian attack on Bolivia.'), []);
});

test('subject:not-object: the object of an earlier verb is no subject of a later one', () => {
  // "left Chile to join the rebels": Chile did not join anything.
  assert.ok(!dyads('The student who left Chile to join Peru was arrested.').some((d) => d.includes('CHL->')));
  assert.ok(dyads('Chile joined Peru in condemning Bolivia.').some((d) => d.includes('CHL->PER')));
});

test('object:own-clause: no target past a comma, a subordinator or another finite verb', () => {
  assert.ok(!dyads('Chile criticised the plan, which Peru had proposed.').some((d) => d.endsWith('PER criticised')));
  assert.ok(dyads('Chile criticised Peru over the plan.').some((d) => d === '11 CHL->PER criticised'));
  // A threat "unless" someone acts is aimed at that actor.
  const threat = dyads('Chile threatened to impose sanctions unless Peru withdrew.');
  assert.ok(threat.some((d) => d.startsWith('13 CHL->PER')));
});

test('pronoun-prev is off: a pronoun the entities stage did not resolve gives no source', () => {
  const evs = events('Chile met Peru on Monday. It later condemned Bolivia.');
  assert.ok(!evs.some((e) => e.evidence.trigger.text === 'condemned' && e.source?.country === 'CHL'));
});

test('quote-speaker: only the "we" of a quote is its speaker; a quoted passive is no act of the speaker', () => {
  const passive = events('"Isis has been defeated," the Chilean president said.');
  assert.ok(!passive.some((e) => e.evidence.trigger.text === 'defeated' && e.source?.country === 'CHL'));
});

test('passive past adverbs: "is also deeply worried about X" gives its subject no act', () => {
  assert.deepEqual(triggers('Chile is also deeply worried about Peru.'), []);
});

test('violence by a militarized group such as Isis is unconventional (18x), not military force (19x)', () => {
  const evs = events('Isis fighters killed four Americans in Syria.');
  assert.ok(evs.some((e) => e.root === '18' && e.target?.country === 'USA'));
  assert.ok(!evs.some((e) => e.root === '19'));
});

test('noun-args:place-before: a violent noun with its agent after "by" strikes the country of the place before it', () => {
  const evs = events('Chile condemned the Lima bombing by Bolivian rebels.');
  const bombing = evs.find((e) => e.evidence.trigger.text === 'bombing');
  assert.ok(bombing, dyads('Chile condemned the Lima bombing by Bolivian rebels.').join('; '));
  assert.equal(bombing.source?.country, 'BOL');
  assert.equal(bombing.target?.code, 'PER');
  assert.match(bombing.evidence.rule, /^noun:bombing:place-before/);
});

test('passive:participle-by: a participle before "by" is passive; without its auxiliary its target is the actor it follows', () => {
  // Not "Chileans -> Peru": the envoys were the victims, and the clause's subject is no target.
  const evs = dyads('The cell of four Chileans included Ortiz, the executioner killed by a Peruvian drone in 2015.');
  assert.ok(!evs.some((d) => d.includes('CHL->PER')), evs.join('; '));
  assert.ok(dyads('Lebanon was attacked by Israel on Sunday.').includes('19 ISR->LBN attacked'));
});

test('a participle after an apposition closing on its subject is its verb; passive agents are no mutual dyad', () => {
  const plea = dyads('At the summit the Chilean president, Ana Ortiz, pleaded with Peru to halt the offensive.');
  assert.ok(
    plea.some((d) => d.startsWith('02 CHL->PER pleaded')),
    plea.join('; '),
  );
  assert.deepEqual(dyads('The zone was set up under a deal brokered by Chile and Peru.'), []);
});

test('act:purpose: "unwilling to", "unable to" frame an act that does not happen', () => {
  assert.deepEqual(triggers('Chile has long been unwilling to accede to what Peru demands.'), []);
  assert.ok(triggers('Chile has agreed to accede to what Peru demands.').includes('accede'));
});

test('predicate:finite: a participle after a degree word or between coordinated nouns is an adjective', () => {
  assert.deepEqual(triggers('Chilean troops guarded civilians and surrendering Peruvian soldiers.'), ['guarded']);
  assert.deepEqual(triggers('Bolivia remains the most wanted ally of Peru.'), []);
});

test('predicate:finite: "allied with", "determined to" outside a verb group describe a state', () => {
  assert.deepEqual(triggers('Kurdish units sought shelter among soldiers allied with the Syrian government.'), []);
});

test('predicate:finite: a noun before another noun is a compound modifier, no verb', () => {
  assert.deepEqual(triggers('The African Union condemned the new US travel ban on students from Nigeria.'), [
    'condemned',
  ]);
  assert.deepEqual(triggers('Russia attacks Ukrainian cities.'), ['attacks']);
});

test('modality:coordinated: a bare verb after "and" shares the auxiliary of the verb it is coordinated with', () => {
  assert.ok(!triggers('Chile may recall its ambassador and criticise Peru.').includes('criticise'));
  const wanted = events('Chile should withdraw its troops and apologise to Peru.');
  assert.equal(wanted.find((e) => e.evidence.trigger.text === 'apologise')?.modality, 'desired');
  // A finite verb has its own tense: "has withdrawn ... and condemned" stays asserted.
  const done = events('Chile has withdrawn its troops and condemned Peru.');
  assert.equal(done.find((e) => e.evidence.trigger.text === 'condemned')?.modality, 'asserted');
});
