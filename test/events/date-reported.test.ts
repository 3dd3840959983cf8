/** Event date rule `date.reporting-adjunct` (src/events/date-reported.ts): the time of a saying is its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Event } from '../../src/model/schema.js';

function events(text: string, date = '2019-01-06'): Event[] {
  return analyze({ id: 't', date, text, meta: {} }).events;
}

function trig(evs: Event[], word: string): Event {
  const e = evs.find((x) => x.evidence.trigger.text.toLowerCase().startsWith(word));
  assert.ok(e, `no "${word}" in ${JSON.stringify(evs.map((x) => x.evidence.trigger.text))}`);
  return e;
}

test('an act the saying announces ahead is not dated by the time of the saying', () => {
  const ahead = events('The army of Zembla said on Tuesday it would attack rebels in Avalon.');
  assert.equal(trig(ahead, 'attack').dateSource, 'publication');
});

test('a reported act told in the past keeps the time of the saying', () => {
  const perfect = events('The army of Zembla said on Tuesday it had attacked rebels in Avalon.');
  assert.equal(trig(perfect, 'attacked').date, '2019-01-01');
  const present = events('The army of Zembla said on Tuesday it has attacked rebels in Avalon.');
  assert.equal(trig(present, 'attacked').dateSource, 'publication');
});

test('a time that is not right after the verb of saying still dates the act', () => {
  const own = events('The army of Zembla said it would attack rebels in Avalon on Tuesday.');
  assert.equal(trig(own, 'attack').dateSource, 'text');
});
