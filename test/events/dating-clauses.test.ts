/** Event date rules of src/events/date-clauses.ts: a time belongs to its own clause's verb. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Event } from '../../src/model/schema.js';

function events(text: string, date = '2024-03-14'): Event[] {
  return analyze({ id: 't', date, text, meta: {} }).events;
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
