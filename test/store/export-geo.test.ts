/** GDELT's geography columns from an event's places (Event.geo, kept in the row's extra JSON). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_COLUMNS, gdeltLine } from '../../src/store/export.js';
import type { Geo } from '../../src/model/schema.js';

const place = (over: Partial<Geo>): Geo => ({
  type: 'city',
  name: 'Testville',
  fullName: 'Testville, Jammu and Kashmir, India',
  country: 'IND',
  adm1: 'IN.12',
  adm1Name: 'Jammu and Kashmir',
  lat: 34.5,
  lon: 75.25,
  entityId: 'e3',
  rule: 'geo.premodifier',
  ...over,
});

function row(geo: unknown) {
  return {
    article_id: 'a1',
    event_id: 'ev1',
    day: '2025-04-22',
    cameo: '180',
    cluster: null,
    sentence_idx: 0,
    ingested_at: '2025-04-23T10:00:00Z',
    geo: geo === null ? null : JSON.stringify(geo),
  };
}

test('action, source and target places fill the three GDELT geography blocks', () => {
  const geo = {
    action: place({}),
    source: place({
      type: 'country',
      name: 'Pakistan',
      fullName: 'Pakistan',
      country: 'PAK',
      adm1: null,
      lat: 30,
      lon: 70,
    }),
    target: place({ type: 'adm1', name: 'Texas', fullName: 'Texas, United States', country: 'USA', adm1: 'US.TX' }),
  };
  const cells = gdeltLine(row(geo), new Set())!.replace(/\n$/, '').split('\t');
  assert.equal(cells.length, GDELT_COLUMNS.length);
  const col = (name: (typeof GDELT_COLUMNS)[number]) => cells[GDELT_COLUMNS.indexOf(name)];
  assert.equal(col('ActionGeo_Type'), '4');
  assert.equal(col('ActionGeo_FullName'), 'Testville, Jammu and Kashmir, India');
  assert.equal(col('ActionGeo_CountryCode'), 'IN');
  assert.equal(col('ActionGeo_ADM1Code'), 'IN12');
  assert.equal(col('ActionGeo_Lat'), '34.5');
  assert.equal(col('ActionGeo_Long'), '75.25');
  assert.equal(col('Actor1Geo_Type'), '1');
  assert.equal(col('Actor1Geo_CountryCode'), 'PK');
  assert.equal(col('Actor1Geo_ADM1Code'), 'PK');
  assert.equal(col('Actor2Geo_Type'), '2');
  assert.equal(col('Actor2Geo_ADM1Code'), 'USTX');
  assert.equal(col('ActionGeo_ADM2Code'), '');
});

test('an event without places leaves the geography columns blank', () => {
  const cells = gdeltLine(row(null), new Set())!.replace(/\n$/, '').split('\t');
  for (const c of GDELT_COLUMNS) if (c.includes('Geo_')) assert.equal(cells[GDELT_COLUMNS.indexOf(c)], '', c);
});
