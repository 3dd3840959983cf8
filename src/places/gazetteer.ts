/**
 * The gazetteer of populated places (data/places.tsv.gz, built by scripts/build-places.ts from GeoNames data):
 * countries, first-level divisions (ADM1) and places, looked up by a folded name. Loaded once, on first use, into
 * flat arrays (about 170,000 places): lookups cost a Map get.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from '../data-path.js';

export const PLACES_FILE = 'places.tsv.gz';

export interface Country {
  iso2: string;
  iso3: string;
  /** FIPS 10-4 code (GDELT's geography columns use it); '' where none. */
  fips: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Adm1 {
  country: string;
  /** GeoNames ADM1 code within the country ("12" for Jammu and Kashmir in India). */
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** One gazetteer entry: a populated place (a city, town or village), an ADM1 or a country. */
export interface Place {
  kind: 'city' | 'adm1' | 'country';
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  adm1: string;
  lat: number;
  lon: number;
  /** 0 where GeoNames' cities1000 gives none. */
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA ADM1 seat, PPLA2.., PPL); '' for an ADM1 or a country. */
  feature: string;
}

export interface Gazetteer {
  lookup(name: string): readonly Place[];
  countryByIso2(iso2: string): Country | undefined;
  countryByIso3(iso3: string): Country | undefined;
  adm1(country: string, code: string): Adm1 | undefined;
  /** Places in the file (cities, not counting ADM1s and countries). */
  size: number;
}

/** The key names are looked up by: no diacritics or apostrophes, lower case, hyphens and spaces as one space. */
export function foldPlaceName(name: string): string {
  // Most names are plain ASCII: no Unicode normalization for them (it is most of the load time).
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`ʿʾ‘]/g, '')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim()
    .toLowerCase();
}

const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|an|at|az) /;
/** The Arabic article as a word of a folded name, in any of its English spellings ("Deir ez Zor", "Deir al Zour"). */
const ARTICLE_WORDS = /\b(?:al|el|ar|as|ash|ad|an|at|az|ez|es|ed|ul) /g;

/**
 * Other English spellings of a transliterated name, as GeoNames may write it: the Arabic article dropped ("Deir al
 * Zor"), "ou"/"oo" as "u" and "ee" as "i" ("Douma" -> "duma", which "Dūmā" folds to), a word-final "h" after a vowel
 * dropped or added ("Raqqah" / "Raqqa", "Hama" / "Hamah"). Tried only when the exact name misses.
 */
export function transliterationVariants(folded: string): string[] {
  const out = new Set<string>();
  for (const base of [folded, folded.replace(ARTICLE_WORDS, '')])
    for (const v of [base, base.replace(/ou|oo/g, 'u').replace(/ee/g, 'i')]) {
      out.add(v);
      out.add(v.replace(/([aeiou])h$/, '$1'));
      if (/[aeiou]$/.test(v)) out.add(`${v}h`);
    }
  out.delete(folded);
  return [...out];
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer (read on first call). */
export function gazetteer(): Gazetteer {
  loaded ??= parseGazetteer(gunzipSync(readFileSync(dataPath(PLACES_FILE))).toString('utf8'));
  return loaded;
}

/** A gazetteer from the text of a places file (its format: scripts/build-places.ts). */
export function parseGazetteer(text: string): Gazetteer {
  const byName = new Map<string, (Place | number)[]>();
  const byIso2 = new Map<string, Country>();
  const byIso3 = new Map<string, Country>();
  const adm1s = new Map<string, Adm1>();
  let size = 0;
  // A city is kept as its line until a lookup needs it: splitting 85,000 lines into objects was most of the load.
  const put = (key: string, p: Place | number): void => {
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  };
  const add = (key: string, p: Place | number): void => {
    put(key, p);
    // News drops the Arabic article that GeoNames keeps ("Al Mayadin" / "Mayadin").
    const bare = ARABIC_ARTICLE.exec(key);
    if (bare && key.length - bare[0].length >= 4) put(key.slice(bare[0].length), p);
  };
  const lines = text.split('\n');
  const fieldsOf = (i: number) => {
    const f = lines[i].split('\t');
    const num = (k: number): number => {
      const v = Number(f[k]);
      if (f[k] === undefined || f[k] === '' || !Number.isFinite(v))
        throw new Error(`${PLACES_FILE} line ${i + 1}: field ${k + 1} is not a number`);
      return v;
    };
    return { f, num };
  };
  const city = (i: number): Place => {
    const { f, num } = fieldsOf(i);
    if (f.length < 9) throw new Error(`${PLACES_FILE} line ${i + 1}: a P record needs 9 fields`);
    return {
      kind: 'city',
      name: f[2],
      country: f[3],
      adm1: f[4],
      lat: num(5),
      lon: num(6),
      population: num(7),
      feature: f[8],
    };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('P\t')) {
      // P, the folded name ('' when it is the name in lower case: no Unicode folding at load), the name, ...
      const t1 = line.indexOf('\t', 2);
      add(line.slice(2, t1) || line.slice(t1 + 1, line.indexOf('\t', t1 + 1)).toLowerCase(), i);
      size++;
      continue;
    }
    const { f, num } = fieldsOf(i);
    if (f[0] === 'A' && f.length >= 6) {
      const a: Adm1 = { country: f[1], code: f[2], name: f[3], lat: num(4), lon: num(5) };
      adm1s.set(`${a.country}.${a.code}`, a);
      const place: Place = {
        kind: 'adm1',
        name: a.name,
        country: a.country,
        adm1: a.code,
        lat: a.lat,
        lon: a.lon,
        population: 0,
        feature: '',
      };
      add(foldPlaceName(a.name), place);
    } else if (f[0] === 'C' && f.length >= 7) {
      const c: Country = { iso2: f[1], iso3: f[2], fips: f[3], name: f[4], lat: num(5), lon: num(6) };
      byIso2.set(c.iso2, c);
      byIso3.set(c.iso3, c);
      add(foldPlaceName(c.name), countryPlace(c));
    } else {
      throw new Error(`${PLACES_FILE} line ${i + 1}: not a C, A or P record of the right length`);
    }
  }
  const get = (key: string): Place[] | undefined => {
    const list = byName.get(key);
    if (!list) return undefined;
    for (let k = 0; k < list.length; k++) {
      const x = list[k];
      if (typeof x === 'number') list[k] = city(x);
    }
    return list as Place[];
  };
  return {
    lookup: (name) => {
      const key = foldPlaceName(name);
      // "Quebec City", "Kuwait City": the gazetteer has the city under its bare name.
      const exact = get(key) ?? (key.endsWith(' city') ? get(key.slice(0, -5)) : undefined);
      if (exact) return exact;
      // "al-Bab" where GeoNames has "Bab": the article the text keeps.
      const bare = ARABIC_ARTICLE.exec(key);
      const stripped = bare && key.length - bare[0].length >= 4 ? get(key.slice(bare[0].length)) : undefined;
      if (stripped) return stripped;
      if (!/^[a-z ]{4,}$/.test(key)) return [];
      for (const v of transliterationVariants(key)) {
        const hit = get(v);
        if (hit) return hit;
      }
      return [];
    },
    countryByIso2: (iso2) => byIso2.get(iso2),
    countryByIso3: (iso3) => byIso3.get(iso3),
    adm1: (country, code) => adm1s.get(`${country}.${code}`),
    size,
  };
}

/** A country as a place: its point, no ADM1. */
export function countryPlace(c: Country): Place {
  return {
    kind: 'country',
    name: c.name,
    country: c.iso2,
    adm1: '',
    lat: c.lat,
    lon: c.lon,
    population: 0,
    feature: '',
  };
}
