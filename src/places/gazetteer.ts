/**
 * The gazetteer of populated places (data/places.tsv.gz, built by scripts/build-places.ts from GeoNames data):
 * countries, first-level divisions (ADM1) and places, looked up by a folded name. Loaded once, on first use, into
 * flat arrays (about 170,000 places): lookups cost a Map get.
 */
import { readFileSync } from 'node:fs';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { gunzipWhole } from '../gunzip.js';
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

/** Bound on the names whose lookup answers are kept (a name is a few dozen bytes and its list is shared). */
const MAX_ANSWERS = 50_000;
const NO_PLACES: readonly Place[] = [];

let loaded: Gazetteer | undefined;

/** The shipped gazetteer (read on first call). */
export function gazetteer(): Gazetteer {
  loaded ??= parseGazetteer(gunzipWhole(readFileSync(dataPath(PLACES_FILE))));
  return loaded;
}

/** What a country-level place needs of the gazetteer. */
export type CountryIndex = Pick<Gazetteer, 'countryByIso2' | 'countryByIso3'>;

let countriesLoaded: CountryIndex | undefined;

/**
 * The shipped gazetteer's countries: the whole gazetteer where it is loaded, else the file's first records only (the
 * stage split's worker, which places events by their actors' countries, need not load 85,000 places).
 */
export function gazetteerCountries(): CountryIndex {
  if (loaded) return loaded;
  countriesLoaded ??= readCountries(readFileSync(dataPath(PLACES_FILE)));
  return countriesLoaded;
}

/**
 * The countries of a gzipped places file whose C records come first (scripts/build-places.ts writes them so):
 * only a prefix of the compressed bytes is inflated, up to the first record that is not a country.
 */
export function readCountries(gz: Uint8Array): CountryIndex {
  for (let n = 16_384; ; n *= 4) {
    const whole = n >= gz.length;
    const bytes = whole ? gunzipWhole(gz) : gunzipSync(gz.subarray(0, n), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const text = bytes.toString('utf8');
    // Whole lines only: a prefix ends inside a line.
    const lines = text.slice(0, whole ? text.length : text.lastIndexOf('\n') + 1).split('\n');
    const past = lines.findIndex((l) => l !== '' && !l.startsWith('#') && !l.startsWith('C\t'));
    if (past >= 0 || whole) return parseGazetteer(lines.slice(0, past >= 0 ? past : lines.length).join('\n'));
  }
}

const TAB = 9;
const NEWLINE = 10;

/** GeoNames' feature code of a country's capital. */
export const CAPITAL_FEATURE = 'PPLC';

/** A capital's point and the key its line is indexed by in parseGazetteer (the folded name, else the name). */
export interface CapitalEntry {
  lat: number;
  lon: number;
  key: string;
}

let capitalsLoaded: CapitalEntry[] | undefined;

/**
 * Whether the gazetteer's lookup of `name` finds a capital at (lat, lon), as `gazetteer().lookup(name)` would tell.
 * Where the whole gazetteer is not loaded (the stage split's worker), the file's few capital lines answer it: no
 * capital at that point means no; the name being the capital's own key means yes (lookup returns the exact key's
 * places first); only a name that reaches the capital through lookup's other spellings needs the whole gazetteer.
 */
export function isCapitalAt(name: string, lat: number, lon: number): boolean {
  const isThere = (p: Place): boolean => p.feature === CAPITAL_FEATURE && p.lat === lat && p.lon === lon;
  if (loaded) return loaded.lookup(name).some(isThere);
  capitalsLoaded ??= readCapitals(gunzipWhole(readFileSync(dataPath(PLACES_FILE))));
  return capitalByLines(capitalsLoaded, name, lat, lon) ?? gazetteer().lookup(name).some(isThere);
}

/** isCapitalAt's answer from the capital lines alone; undefined where only the whole gazetteer can tell. */
export function capitalByLines(
  capitals: readonly CapitalEntry[],
  name: string,
  lat: number,
  lon: number,
): boolean | undefined {
  const here = capitals.filter((c) => c.lat === lat && c.lon === lon);
  if (here.length === 0) return false;
  const key = foldPlaceName(name);
  return here.some((c) => c.key === key) ? true : undefined;
}

/** The capitals (P records whose feature is PPLC) of a places file, found by their feature's bytes. */
export function readCapitals(bytes: Uint8Array): CapitalEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: CapitalEntry[] = [];
  const needle = Buffer.from(`\t${CAPITAL_FEATURE}`);
  for (let at = buffer.indexOf(needle); at >= 0; at = buffer.indexOf(needle, at + needle.length)) {
    const start = buffer.lastIndexOf(NEWLINE, at) + 1;
    let end = buffer.indexOf(NEWLINE, at);
    if (end < 0) end = buffer.length;
    const f = buffer.toString('utf8', start, end).split('\t');
    if (f[0] !== 'P' || f.length < 9 || f[8] !== CAPITAL_FEATURE) continue;
    // The key parseGazetteer indexes the line by; ASCII letters compare in lower case there.
    const raw = f[1] !== '' ? f[1] : f[2];
    let ascii = true;
    for (let k = 0; k < raw.length && ascii; k++) ascii = raw.charCodeAt(k) < 128;
    out.push({ lat: Number(f[5]), lon: Number(f[6]), key: ascii || f[1] !== '' ? lowerAscii(raw) : raw.toLowerCase() });
  }
  return out;
}

/** `s` with ASCII letters in lower case and every other char as it is. */
function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** FNV-1a of bytes[start, end) with ASCII letters in lower case. */
function keyHash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    h = Math.imul(h ^ (b >= 65 && b <= 90 ? b + 32 : b), 0x01000193);
  }
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/** Second letters of the two-letter Arabic articles (al el ar as ad an at az), by first letter. */
const ARTICLE_PAIRS: Record<number, string> = { 97: 'lrsdntz', 101: 'l' };

/** Length of a leading Arabic article and its space in a key read in lower case ("al ", "ash "), 0 where none. */
function arabicArticle(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 4) return 0;
  const a = bytes[start] | 0x20;
  const b = bytes[start + 1] | 0x20;
  if (bytes[start + 2] === 32 && ARTICLE_PAIRS[a]?.includes(String.fromCharCode(b))) return 3;
  if (bytes[start + 3] === 32 && a === 97 && b === 115 && (bytes[start + 2] | 0x20) === 104) return 4;
  return 0;
}

/** The length in UTF-16 units of the UTF-8 bytes[start, end), as a string's length counts. */
function utf16Length(bytes: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/**
 * A gazetteer from a places file (its format: scripts/build-places.ts), as UTF-8 bytes or text. A city stays bytes
 * in the file until a lookup needs it: its key (the folded name, or the name in lower case) is indexed where it lies
 * in the bytes, in one open-addressing table of typed arrays; a Map of 90,000 keys with a list each was most of the
 * load's time and memory. Countries and ADM1s (4,000 lines) are read at load.
 */
export function parseGazetteer(file: string | Uint8Array): Gazetteer {
  const raw = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  // A plain Uint8Array view: its indexOf is V8's own, where a Buffer's goes through Node's argument checks and a
  // call into C++ for each of the ~500,000 newlines and tabs searched.
  const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
  const buffer = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  const text = (s: number, e: number): string => buffer.toString('utf8', s, e);
  // Line starts (a line ends where the next starts, less its newline).
  let lineCount = 1;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lineCount++;
  const lineStart = new Int32Array(lineCount + 1);
  for (let i = bytes.indexOf(NEWLINE), k = 1; i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lineStart[k++] = i + 1;
  lineStart[lineCount] = bytes.length + 1;
  const lineText = (i: number): string => text(lineStart[i], lineStart[i + 1] - 1);

  // Index entries: a key's bytes (ASCII letters read in lower case) and the line it names; two per line at most.
  const entryHash = new Int32Array(lineCount * 2);
  const entryStart = new Int32Array(lineCount * 2);
  const entryLen = new Int32Array(lineCount * 2);
  const entryLine = new Int32Array(lineCount * 2);
  let entries = 0;
  const addRange = (start: number, end: number, line: number): void => {
    const put = (s: number): void => {
      entryHash[entries] = keyHash(bytes, s, end);
      entryStart[entries] = s;
      entryLen[entries] = end - s;
      entryLine[entries++] = line;
    };
    put(start);
    // News drops the Arabic article that GeoNames keeps ("Al Mayadin" / "Mayadin").
    const article = arabicArticle(bytes, start, end);
    if (article > 0 && utf16Length(bytes, start + article, end) >= 4) put(start + article);
  };
  // Keys that are not bytes of the file (a country's or ADM1's folded name, a non-ASCII name in lower case).
  const byName = new Map<string, number[]>();
  const addKey = (key: string, line: number): void => {
    const put = (k: string): void => {
      const list = byName.get(k);
      if (list) list.push(line);
      else byName.set(k, [line]);
    };
    put(key);
    const bare = ARABIC_ARTICLE.exec(key);
    if (bare && key.length - bare[0].length >= 4) put(key.slice(bare[0].length));
  };
  const byIso2 = new Map<string, Country>();
  const byIso3 = new Map<string, Country>();
  const adm1s = new Map<string, Adm1>();
  const read = new Map<number, Place>();
  let size = 0;
  const fieldsOf = (i: number) => {
    const f = lineText(i).split('\t');
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
  for (let i = 0; i < lineCount; i++) {
    const s = lineStart[i];
    const e = lineStart[i + 1] - 1;
    if (s === e || bytes[s] === 35 /* # */) continue;
    if (bytes[s] === 80 /* P */ && bytes[s + 1] === TAB) {
      // P, the folded name ('' when it is the name in lower case: no Unicode folding at load), the name, ...
      const t1 = bytes.indexOf(TAB, s + 2);
      if (t1 < 0 || t1 >= e) throw new Error(`${PLACES_FILE} line ${i + 1}: a P record needs 9 fields`);
      if (t1 > s + 2) addRange(s + 2, t1, i);
      else {
        let t2 = bytes.indexOf(TAB, t1 + 1);
        if (t2 < 0 || t2 > e) t2 = e;
        let ascii = true;
        for (let k = t1 + 1; k < t2 && ascii; k++) ascii = bytes[k] < 128;
        if (ascii) addRange(t1 + 1, t2, i);
        else addKey(text(t1 + 1, t2).toLowerCase(), i);
      }
      size++;
      continue;
    }
    const { f, num } = fieldsOf(i);
    if (f[0] === 'A' && f.length >= 6) {
      const a: Adm1 = { country: f[1], code: f[2], name: f[3], lat: num(4), lon: num(5) };
      adm1s.set(`${a.country}.${a.code}`, a);
      read.set(i, {
        kind: 'adm1',
        name: a.name,
        country: a.country,
        adm1: a.code,
        lat: a.lat,
        lon: a.lon,
        population: 0,
        feature: '',
      });
      addKey(foldPlaceName(a.name), i);
    } else if (f[0] === 'C' && f.length >= 7) {
      const c: Country = { iso2: f[1], iso3: f[2], fips: f[3], name: f[4], lat: num(5), lon: num(6) };
      byIso2.set(c.iso2, c);
      byIso3.set(c.iso3, c);
      read.set(i, countryPlace(c));
      addKey(foldPlaceName(c.name), i);
    } else {
      throw new Error(`${PLACES_FILE} line ${i + 1}: not a C, A or P record of the right length`);
    }
  }
  // Open addressing over the entries: slot -> entry + 1 (0: free); a key's entries are all the matches on its probe.
  let cap = 1024;
  while (cap < entries * 2) cap <<= 1;
  const mask = cap - 1;
  const slots = new Int32Array(cap);
  for (let n = 0; n < entries; n++) {
    let p = entryHash[n] & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = n + 1;
  }
  const keyBytes = new Uint8Array(256);
  const encoder = new TextEncoder();
  /** Lines whose key is `key`, in file order (the order the places are listed in). */
  const linesOf = (key: string): number[] => {
    const lines = byName.get(key)?.slice() ?? [];
    const kb = key.length * 3 <= keyBytes.length ? keyBytes : new Uint8Array(key.length * 3);
    const len = encoder.encodeInto(key, kb).written;
    const h = keyHash(kb, 0, len);
    for (let p = h & mask; slots[p] !== 0; p = (p + 1) & mask) {
      const n = slots[p] - 1;
      if (entryHash[n] !== h || entryLen[n] !== len) continue;
      const s = entryStart[n];
      let same = true;
      for (let k = 0; k < len && same; k++) {
        const b = bytes[s + k];
        same = (b >= 65 && b <= 90 ? b + 32 : b) === kb[k];
      }
      if (same) lines.push(entryLine[n]);
    }
    if (lines.length > 1) lines.sort((a, b) => a - b);
    return lines;
  };
  const placeAt = (line: number): Place => {
    let p = read.get(line);
    if (!p) read.set(line, (p = city(line)));
    return p;
  };
  // One list per key looked up, the same list each time.
  const looked = new Map<string, Place[] | undefined>();
  const get = (key: string): Place[] | undefined => {
    if (looked.has(key)) return looked.get(key);
    const lines = linesOf(key);
    const list = lines.length ? lines.map(placeAt) : undefined;
    looked.set(key, list);
    return list;
  };
  // One answer per name as written: a name is met again and again (each mention, each rule that asks), and its
  // folding and spelling variants are regular-expression work.
  const answers = new Map<string, readonly Place[]>();
  const lookup = (name: string): readonly Place[] => {
    let found = answers.get(name);
    if (found === undefined) {
      if (answers.size >= MAX_ANSWERS) answers.clear();
      found = lookupName(name);
      answers.set(name, found);
    }
    return found;
  };
  const lookupName = (name: string): readonly Place[] => {
    const key = foldPlaceName(name);
    // "Quebec City", "Kuwait City": the gazetteer has the city under its bare name.
    const exact = get(key) ?? (key.endsWith(' city') ? get(key.slice(0, -5)) : undefined);
    if (exact) return exact;
    // "al-Bab" where GeoNames has "Bab": the article the text keeps.
    const bare = ARABIC_ARTICLE.exec(key);
    const stripped = bare && key.length - bare[0].length >= 4 ? get(key.slice(bare[0].length)) : undefined;
    if (stripped) return stripped;
    if (!/^[a-z ]{4,}$/.test(key)) return NO_PLACES;
    for (const v of transliterationVariants(key)) {
      const hit = get(v);
      if (hit) return hit;
    }
    return NO_PLACES;
  };
  return {
    lookup,
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
