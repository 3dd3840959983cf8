/**
 * CAMEO actor codes: a 3-letter country (ISO-3 or a CAMEO region) or a transnational type (IGO, NGO, IMG, MNC ...),
 * followed by 3-letter role codes (sector first: GOV, MIL, COP ...). "USAGOV", "PAKMIL", "IGOUNO", or a bare "COP".
 */

/** Role (sector) codes of CAMEO 1.1b3 and the Phoenix dictionaries. */
export const SECTORS: ReadonlySet<string> = new Set([
  'GOV',
  'MIL',
  'COP',
  'JUD',
  'OPP',
  'REB',
  'BUS',
  'MED',
  'LEG',
  'ELI',
  'EDU',
  'HLH',
  'NGO',
  'IGO',
  'REL',
  'SPY',
  'CVL',
  'LAB',
  'INS',
  'AGR',
  'CRM',
  'DEV',
  'ENV',
  'HRI',
  'REF',
  'MOD',
  'RAD',
  'UAF',
  'SET',
  'PTY',
  'MNC',
  'IMG',
  'NGM',
  'UIS',
  'PRO',
  'OCC',
  'INT',
  'RES',
  'CHR',
  'MUS',
  'JEW',
  'BUD',
  'HIN',
  'FRM',
  'ATG',
  'PRS',
  'LLY',
]);

/** First three letters that are not a country: transnational actor types. */
const NON_STATE_PREFIXES: ReadonlySet<string> = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT']);

export interface CodeParts {
  country: string | null;
  /** The first role code after the country ("GOV" for "USAGOVLEG"), or the type of a transnational actor. */
  sector: string | null;
}

/** Split a CAMEO code into country and primary sector. */
export function splitActorCode(code: string): CodeParts {
  const c = code.toUpperCase();
  if (c.length < 3) return { country: null, sector: null };
  const head = c.slice(0, 3);
  if (NON_STATE_PREFIXES.has(head)) return { country: null, sector: head };
  if (c.length === 3 && SECTORS.has(head)) return { country: null, sector: head };
  return { country: head, sector: c.length >= 6 ? c.slice(3, 6) : null };
}

/** Country + sector -> code: ("IND", "GOV") -> "INDGOV"; (null, "COP") -> "COP"; ("PAK", null) -> "PAK". */
export function composeActorCode(country: string | null | undefined, sector: string | null | undefined): string {
  return `${country ?? ''}${sector ?? ''}`.toUpperCase();
}
