/** The gazetteer file and the choice among places of one name. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../src/data-path.js';
import {
  CAPITAL_FEATURE,
  capitalByLines,
  countryPlace,
  foldPlaceName,
  gazetteer,
  parseGazetteer,
  PLACES_FILE,
  readCapitals,
  readCountries,
} from '../../src/places/gazetteer.js';
import { countryGeo, geoOf } from '../../src/places/index.js';
import { EMPTY_CONTEXT, fullName, resolvePlace } from '../../src/places/resolve.js';

const SMALL = [
  '# test gazetteer',
  'C\tGB\tGBR\tUK\tUnited Kingdom\t54.00\t-2.00',
  'C\tZW\tZWE\tZI\tZimbabwe\t-20.00\t30.00',
  'C\tUS\tUSA\tUS\tUnited States\t38.00\t-97.00',
  'A\tGB\tENG\tEngland\t52.50\t-1.50',
  'A\tUS\tMD\tMaryland\t39.00\t-76.70',
  'P\t\tGreyford\tGB\tENG\t51.069\t-1.796\t40000\tPPLA3',
  'P\t\tGreyford\tUS\tMD\t38.361\t-75.599\t90000\tPPLA2',
  'P\tqaryat ayn\tQaryat ‘Ayn\tZW\t01\t-17.8\t31.0\t0\t',
].join('\n');

test('folding drops diacritics, apostrophes and hyphens', () => {
  assert.equal(foldPlaceName('Deir ez-Zor'), foldPlaceName('Deir ez Zor'));
  assert.equal(foldPlaceName('Qaryat ‘Āyn'), 'qaryat ayn');
  assert.equal(foldPlaceName('  Québec '), 'quebec');
});

test('a place file is read into places, ADM1s and countries', () => {
  const g = parseGazetteer(SMALL);
  assert.equal(g.size, 3);
  assert.equal(g.lookup('greyford').length, 2);
  assert.equal(g.lookup('Qaryat Ayn')[0].country, 'ZW');
  assert.equal(g.countryByIso3('GBR')?.fips, 'UK');
  assert.equal(g.adm1('US', 'MD')?.name, 'Maryland');
  assert.equal(g.lookup('England')[0].kind, 'adm1');
});

test('a name asked again gets the answer it got the first time, found or not', () => {
  const g = parseGazetteer(SMALL);
  const first = g.lookup('Greyford');
  assert.equal(first.length, 2);
  assert.equal(g.lookup('Greyford'), first);
  assert.deepEqual(g.lookup('GREYFORD'), first);
  const none = g.lookup('Nowhere Bay');
  assert.equal(none.length, 0);
  assert.equal(g.lookup('Nowhere Bay'), none);
});

test('a malformed line is an error naming its line and field', () => {
  assert.throws(() => parseGazetteer('C\tGB\tGBR\tUK\tUnited Kingdom\tnorth\t-2'), /line 1: field 6 is not a number/);
  assert.throws(() => parseGazetteer('# x\nX\t1'), /line 2: not a C, A or P record/);
  // A place line is read when a lookup needs it, and its error names the line too.
  const g = parseGazetteer('# x\nP\t\tLoneton\tGB\tENG\t51.0\twest\t100\tPPL');
  assert.throws(() => g.lookup('Loneton'), /line 2: field 7 is not a number/);
});

test('context chooses among places of one name; importance decides without it', () => {
  const g = parseGazetteer(SMALL);
  assert.equal(resolvePlace(g, 'Greyford', EMPTY_CONTEXT)?.place.country, 'US');
  const gb = resolvePlace(g, 'Greyford', { countries: new Map([['GB', 2]]), dateline: null, adm1s: new Set() });
  assert.equal(gb?.place.country, 'GB');
  assert.equal(gb?.byContext, true);
  const byDateline = resolvePlace(g, 'Greyford', { countries: new Map(), dateline: 'GB', adm1s: new Set() });
  assert.equal(byDateline?.place.country, 'GB');
  assert.equal(fullName(g, gb!.place), 'Greyford, England, United Kingdom');
  assert.equal(resolvePlace(g, 'Nowhere', EMPTY_CONTEXT), undefined);
});

test('the shipped gazetteer has places with country, ADM1 and FIPS codes', () => {
  const g = gazetteer();
  assert.ok(g.size > 50_000, `${g.size} places`);
  const delhi = g.lookup('New Delhi').find((p) => p.country === 'IN');
  assert.ok(delhi && Math.abs(delhi.lat - 28.6) < 0.5 && Math.abs(delhi.lon - 77.2) < 0.5);
  assert.equal(g.countryByIso3('IND')?.fips, 'IN');
  assert.equal(g.countryByIso3('GBR')?.fips, 'UK');
  assert.ok(g.adm1('IN', delhi.adm1));
});

test('a name is found in lower case, without its Arabic article, and its places come in file order', () => {
  const g = parseGazetteer(
    [
      'C\tSY\tSYR\tSY\tSyria\t35.00\t38.00',
      'A\tSY\t01\tAl Mayadin\t35.0\t40.4',
      'P\t\tAl Mayadin\tSY\t01\t35.02\t40.45\t44000\tPPL',
      'P\t\tMayadin\tSY\t02\t35.10\t40.50\t0\tPPL',
      'P\t\tAsh Shaykh\tSY\t01\t35.2\t40.6\t0\tPPL',
      'P\t\tAl Ab\tSY\t01\t35.3\t40.7\t0\tPPL',
      'P\t\tØrsta\tNO\t15\t62.2\t6.1\t6000\tPPL',
    ].join('\n'),
  );
  assert.deepEqual(
    g.lookup('mayadin').map((p) => `${p.kind} ${p.adm1}`),
    ['adm1 01', 'city 01', 'city 02'],
  );
  assert.equal(g.lookup('AL MAYADIN').length, 2);
  assert.equal(g.lookup('Shaykh')[0]?.name, 'Ash Shaykh');
  // Two letters left after the article are too few to stand alone.
  assert.equal(g.lookup('Ab').length, 0);
  assert.equal(g.lookup('ørsta')[0]?.country, 'NO');
  assert.equal(g.lookup('Mayadin'), g.lookup('mayadin'), 'one list per name');
});

test('the countries are read from the first records of a gzipped places file, where they end', () => {
  const countries = Array.from(
    { length: 3000 },
    (_, i) => `C\tQ${i}\tQ${String(i).padStart(4, '0')}\tQQ\tLand ${i}\t1.00\t2.00`,
  );
  const file = [
    '# countries first',
    ...countries,
    'A\tQ1\t01\tNorthland\t1.0\t2.0',
    'P\t\tTownby\tQ1\t01\t1\t2\t0\tPPL',
  ];
  const c = readCountries(gzipSync(file.join('\n')));
  assert.equal(c.countryByIso3('Q2999')?.name, 'Land 2999');
  assert.equal(c.countryByIso2('Q0')?.iso3, 'Q0000');
  // A file of countries alone is read whole.
  assert.equal(readCountries(gzipSync(countries.slice(0, 5).join('\n'))).countryByIso3('Q0004')?.name, 'Land 4');
});

test("a country's geo is the geo of its gazetteer place, for every shipped country", () => {
  const g = gazetteer();
  const gz = readFileSync(dataPath(PLACES_FILE));
  const shipped = readCountries(gz);
  const iso3s = gunzipSync(gz)
    .toString('utf8')
    .split('\n')
    .flatMap((l) => (l.startsWith('C\t') ? [l.split('\t')[2]] : []));
  assert.ok(iso3s.length > 200, `${iso3s.length} countries`);
  for (const iso3 of iso3s) {
    const c = g.countryByIso3(iso3)!;
    assert.deepEqual(countryGeo(shipped, iso3, 'e1', 'r'), geoOf(g, countryPlace(c), 'e1', 'r'));
  }
  assert.equal(countryGeo(shipped, 'XXX', null, 'r'), null);
});

test("the capital lines alone answer as the whole gazetteer's lookup does, or leave it to it", () => {
  const gz = readFileSync(dataPath(PLACES_FILE));
  const capitals = readCapitals(gunzipSync(gz));
  assert.ok(capitals.length > 150);
  const whole = gazetteer();
  const byLookup = (name: string, lat: number, lon: number): boolean =>
    whole.lookup(name).some((p) => p.feature === CAPITAL_FEATURE && p.lat === lat && p.lon === lon);
  const names = ['Damascus', 'Moscow', 'Washington', 'Kabul', 'Mosul', 'Aleppo', 'Geneva', 'Georgetown', 'Kuwait City'];
  let answered = 0;
  for (const name of names)
    for (const p of whole.lookup(name)) {
      const lines = capitalByLines(capitals, p.name, p.lat, p.lon);
      if (lines !== undefined) answered++;
      assert.equal(lines ?? byLookup(p.name, p.lat, p.lon), byLookup(p.name, p.lat, p.lon), `${p.name} ${p.country}`);
    }
  assert.ok(answered > 0);
  for (const c of capitals) assert.notEqual(capitalByLines(capitals, c.key, c.lat, c.lon), false);
});

test('capital lines are P records whose feature is PPLC', () => {
  const capitals = readCapitals(Buffer.from(`${SMALL}\nP\t\tGreyton\tGB\tENG\t51.5\t-0.1\t9000000\tPPLC\n`));
  assert.deepEqual(capitals, [{ lat: 51.5, lon: -0.1, key: 'greyton' }]);
  assert.equal(capitalByLines(capitals, 'Greyton', 51.5, -0.1), true);
  assert.equal(capitalByLines(capitals, 'Greyford', 51.069, -1.796), false);
  assert.equal(capitalByLines(capitals, 'Grey Town', 51.5, -0.1), undefined);
});
