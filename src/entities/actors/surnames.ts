/**
 * Office-holders of the shipped dictionaries by surname, for a person the text names only by an honorific and a
 * surname ("Mr Brown" in an article with no "Gordon Brown"): the code of the article's main country that a dated
 * entry with that surname holds on the article's date, when every such entry holds the same one.
 */
import { builtinActorTableText } from './lexicon.js';
import { parseRanges, type DatedRange } from './dated.js';
import { splitActorCode } from './codes.js';

/** "al-Assad" -> "assad": the Arabic article is no part of the surname a later mention uses ("Assad"). */
export function surnameForm(token: string): string {
  return token.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‐](?=\p{L}{3})/u, '');
}

/** A person row of the table: surface, flags starting with "n", code, name, dated codes. */
const PERSON_ROW = /\["((?:[^"\\]|\\.)*)","n[A-Z][a-z]","[A-Z]*","(?:[^"\\]|\\.)*","([^"]*)"\]/g;

/** Sectors of an office "Mr X" may hold: the state's and the opposition's. */
const OFFICE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'OPP']);

/** Each surname's rows as their dated-codes text: a row's ranges are parsed when its surname is first asked for. */
let bySurname: Map<string, string[]> | null = null;
const rangesBySurname = new Map<string, DatedRange[][]>();

function surnameIndex(): Map<string, string[]> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  const text = builtinActorTableText();
  for (const m of text.matchAll(PERSON_ROW)) {
    const surface = m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1];
    const words = surface.toLowerCase().split(/\s+/);
    const key = surnameForm(words[words.length - 1]);
    const list = bySurname.get(key);
    if (list) list.push(m[2]);
    else bySurname.set(key, [m[2]]);
  }
  return bySurname;
}

/** The dated ranges of every row with this surname (as surnameForm gives it). */
function rangesOf(surname: string): DatedRange[][] {
  let ranges = rangesBySurname.get(surname);
  if (ranges) return ranges;
  const rows = surnameIndex().get(surname);
  if (!rows) return [];
  ranges = rows.map((row) => parseRanges(row));
  rangesBySurname.set(surname, ranges);
  return ranges;
}

/**
 * The one office code of `country` that the dictionaries' entries with this surname hold on `day` (YYYYMMDD) by a
 * dated range (an undated default or an elite's reading is no evidence of who "Mr X" is); null when none holds one, or
 * two hold different ones.
 */
export function surnameHolderCode(surname: string, day: number, country: string): string | null {
  if (!day) return null;
  let found: string | null = null;
  for (const ranges of rangesOf(surnameForm(surname.toLowerCase()))) {
    for (const r of ranges) {
      if ((!r.from && !r.to) || (r.from && day < r.from) || (r.to && day > r.to)) continue;
      const parts = splitActorCode(r.code);
      if (parts.country !== country || !parts.sector || !OFFICE_SECTORS.has(parts.sector)) continue;
      if (found && found !== r.code) return null;
      found = r.code;
    }
  }
  return found;
}

/**
 * `actor.titled-surname`: "President Bush" with no full name: the codes with this sector that the dictionaries' entries
 * with this surname hold on `day` by a dated range, in any country (each code once).
 */
export function titledSurnameHolderCodes(surname: string, day: number, sector: string): string[] {
  const found = new Set<string>();
  if (!day) return [];
  for (const ranges of rangesOf(surnameForm(surname.toLowerCase()))) {
    for (const r of ranges) {
      if ((!r.from && !r.to) || (r.from && day < r.from) || (r.to && day > r.to)) continue;
      const parts = splitActorCode(r.code);
      if (parts.country && parts.sector === sector) found.add(r.code);
    }
  }
  return [...found];
}
