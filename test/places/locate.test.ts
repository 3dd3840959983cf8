/** Places typed and geocoded in analyze(), and each event's action location. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';

test('an Arabic place name the tagger reads as a person is a place when the gazetteer knows it', () => {
  const a = analyze({
    id: 'g1',
    date: '2024-03-02',
    text: 'US-backed forces have encircled Deir ez-Zor, according to the monitor. Aid reached Deir ez-Zor on Friday.',
  });
  const e = a.entities.find((x) => x.name === 'Deir ez-Zor');
  assert.ok(e, JSON.stringify(a.entities.map((x) => [x.name, x.type])));
  assert.equal(e.type, 'GPE');
  assert.equal(e.rule, 'places.gazetteer');
  assert.equal(e.geo?.country, 'SYR');
  assert.ok(e.geo && e.geo.lat > 34 && e.geo.lat < 36 && e.geo.lon > 39 && e.geo.lon < 41);
});

test('an ambiguous town takes the country the article is about', () => {
  const text =
    'Police in England said on Monday that two people had been taken ill in Salisbury. The British government ' +
    'said the United Kingdom would respond, and Britain summoned an ambassador.';
  const a = analyze({ id: 'g2', date: '2018-03-06', text });
  const s = a.entities.find((x) => x.name === 'Salisbury');
  assert.ok(s?.geo, JSON.stringify(a.entities.map((x) => [x.name, x.type, x.country])));
  assert.equal(s.geo.country, 'GBR');
  assert.equal(s.country, 'GBR');
  assert.match(s.geo.fullName, /England/);
});

test('an event takes the place that modifies its trigger, else the place after "in", else the dateline', () => {
  const text =
    'LAGOS, June 4 (Parley Wire) - Nigeria condemned the Kano bombing on Tuesday. ' +
    'Nigerian troops attacked rebels in Maiduguri on Wednesday. ' +
    'Nigeria accused Niger of supporting the rebels.';
  const a = analyze({ id: 'g3', date: '2024-06-04', text });
  const byTrigger = new Map(a.events.map((e) => [e.evidence.trigger.text, e]));
  const loc = (t: string) => byTrigger.get(t)?.geo?.action;
  assert.ok(a.events.length >= 2, JSON.stringify(a.events.map((e) => e.evidence.trigger.text)));
  for (const e of a.events) {
    assert.ok(e.geo, `event ${e.id} has no geo`);
    assert.equal(e.location, e.geo.action?.fullName ?? null);
  }
  const attacked = loc('attacked');
  if (attacked) assert.equal(attacked.name, 'Maiduguri');
  const accused = loc('accused');
  if (accused) {
    assert.equal(accused.rule, 'geo.dateline');
    assert.equal(accused.name, 'Lagos');
    assert.equal(accused.country, 'NGA');
  }
  assert.ok(attacked || accused, 'neither event was coded');
});
