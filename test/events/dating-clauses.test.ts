/** Event date rules of src/events/date-clauses.ts: a time belongs to its own clause's verb. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as dateClauses from '../../src/events/date-clauses.js';
import { analyze, runPipeline } from '../../src/pipeline.js';
import type { Doc } from '../../src/model/doc.js';
import type { Event } from '../../src/model/schema.js';

function events(text: string, date = '2024-03-14'): Event[] {
  return analyze({ id: 't', date, text, meta: {} }).events;
}

/** The document of `text` with its tokens tagged, for the clause rules that read tags. */
function tokens(text: string): Doc {
  return runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'events' });
}

/** The index of the first token `word` (lower case). */
function at(doc: Doc, word: string): number {
  for (let k = 0; k < doc.tokens.count; k++)
    if (doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]).toLowerCase() === word) return k;
  throw new Error(`no token "${word}"`);
}

function trig(evs: Event[], word: string): Event {
  const e = evs.find((x) => x.evidence.trigger.text.toLowerCase().startsWith(word));
  assert.ok(e, `no "${word}" in ${JSON.stringify(evs.map((x) => x.evidence.trigger.text))}`);
  return e;
}

test('date.nearer-verb: an infinitive between the act and a later time takes the time', () => {
  const asked = events('The Peruvian envoy asked Chile to meet Bolivia on 20 March.');
  assert.equal(trig(asked, 'asked').dateSource, 'publication');
  // Without the infinitive, the time after the object is the act's own.
  assert.equal(trig(events('The Peruvian envoy criticised Chile on Monday.'), 'criticised').date, '2024-03-11');
});

test("date.nearer-verb: a time opening the next coordinated clause is not the first verb's", () => {
  const evs = events(
    'Peruvian troops attacked Chile in January, and by Monday Bolivian forces had reached the border.',
  );
  assert.equal(trig(evs, 'attacked').date, '2024-01');
  const later = events('Peruvian troops attacked Chile, and on Monday Bolivian forces reached the border.');
  assert.equal(trig(later, 'attacked').dateSource, 'publication');
});

test('date.nearer-verb: a finite verb of another clause between the act and the time takes the time', () => {
  const evs = events('Peru criticised Chile, Bolivia was not told, and its envoy only learnt of it on Monday.');
  assert.equal(trig(evs, 'criticised').dateSource, 'publication');
});

test('date.nearer-verb: a noun keeps the time of its own infinitive relative', () => {
  const evs = events('A summit between Peru and Chile to be held in Lima on Friday was announced.', '2024-03-12');
  const summit = evs.find((e) => e.evidence.trigger.text.toLowerCase() === 'summit');
  assert.ok(!summit || summit.date === '2024-03-15', JSON.stringify(summit?.date));
});

test("date.subject-participle: a participle set off after the subject does not take the main verb's time", () => {
  const evs = events('In February, Peruvian rebels, fighting the Chilean army, said they would talk.');
  assert.equal(trig(evs, 'fighting').dateSource, 'publication');
  // After the main verb, an "-ing" clause follows from the act and shares its time.
  const after = events('In February, Peruvian troops attacked Arica, wounding Chilean soldiers.');
  assert.equal(trig(after, 'attacked').date, '2024-02');
  assert.equal(trig(after, 'wounding').date, '2024-02');
});

test('date.postposed-frame: a closing ", the leaders agreed" is not dated by the agreed deadline', () => {
  const evs = events('Peruvian troops will leave the border by 30 April, Peru agreed with Chile.');
  assert.equal(trig(evs, 'agreed').dateSource, 'publication');
  // Its own preposed time still dates it.
  assert.equal(trig(events('On Monday, Peru agreed with Chile.'), 'agreed').date, '2024-03-11');
  // A preposed time with an apposition before the verb is the verb's own.
  const apposed = events('In March the Peruvian envoy, the head of the border talks, agreed with Chile.');
  assert.equal(trig(apposed, 'agreed').date, '2024-03');
});

test('date.infinitive-scope: an act named inside an infinitive after the time is not dated by it', () => {
  const { infinitiveScope } = dateClauses;
  const doc = tokens('Crowds met on Friday to mourn a soldier killed in the hills.');
  assert.equal(infinitiveScope(doc, at(doc, 'to'), at(doc, 'killed')), true);
  // A verb coordinated after the infinitive is the main clause's again.
  const coord = tokens('On Friday troops moved in to secure the town and arrested ten men.');
  assert.equal(infinitiveScope(coord, at(coord, 'troops'), at(coord, 'arrested')), false);
});

test('date.closed-relative: an act inside ", whose/which …," does not take a time after the closing comma', () => {
  const evs = events('Peru, whose troops attacked Chile, on Monday asked Bolivia for help.');
  assert.equal(trig(evs, 'attacked').dateSource, 'publication');
  assert.equal(trig(evs, 'asked').date, '2024-03-11');
});

test('date.noun-owner: an event noun owns a time only with modifiers between them', () => {
  const evs = events('Peruvian leaders met on Friday to condemn the attack on Bolivia by Chile.');
  assert.equal(trig(evs, 'attack').dateSource, 'publication');
  assert.equal(trig(evs, 'met').date, '2024-03-08');
});

test('date.infinitive-scope: after "seemed to", "managed to" the infinitive is the act itself', () => {
  const { infinitiveScope } = dateClauses;
  const doc = tokens('His speech on Friday seemed to make the threat clear.');
  assert.equal(infinitiveScope(doc, at(doc, 'seemed'), at(doc, 'threat')), false);
});

test('date.for-noun: "a meeting for Monday" is the meeting\'s day, not the convening\'s', () => {
  const evs = events('Peru has convened a meeting of the Bolivian council for Monday.');
  assert.equal(trig(evs, 'convened').dateSource, 'publication');
  const { forNounTime } = dateClauses;
  const doc = tokens('Peru set a vote for Friday.');
  assert.equal(forNounTime(doc, at(doc, 'set'), at(doc, 'friday')), true);
  // The noun trigger itself keeps its day.
  assert.equal(forNounTime(doc, at(doc, 'vote'), at(doc, 'friday')), false);
});
