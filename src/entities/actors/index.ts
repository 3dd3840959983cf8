/**
 * Actor lexicon and matcher (CAMEO-style actor codes): countries, demonyms, capitals, cities, institutions, IGOs,
 * armed groups, known leaders, sector nouns ("police" -> COP) and titles ("Prime Minister" -> GOV).
 * Tables: data/actors.json (scripts/build-actor-tables.ts); user dictionaries: src/dictionaries.
 */
import { builtinLexicon, countryNames, surfaceTokens, type ActorKind, type LexEntry } from './lexicon.js';

export { matchActors, matchTitle, type ActorMatch } from './match.js';
export { composeActorCode, splitActorCode, SECTORS, type CodeParts } from './codes.js';
export { countryNames, type ActorKind } from './lexicon.js';

/** Readings of an exact surface form ("India", "the Pentagon" is looked up without "the"), case-insensitive. */
export function lookupActor(surface: string, kinds?: readonly ActorKind[]): LexEntry[] {
  const tokens = surfaceTokens(surface.trim().replace(/^the\s+/i, ''));
  let node = builtinLexicon().root;
  for (const t of tokens) {
    const child = node.next?.get(t);
    if (!child) return [];
    node = child;
  }
  const entries = node.entries ?? [];
  return kinds ? entries.filter((e) => kinds.includes(e.kind)) : entries;
}

/** "India" -> "IND", "the United States" -> "USA", "Britain" -> "GBR"; null when unknown. */
export function codeForCountryName(name: string): string | null {
  return lookupActor(name, ['country'])[0]?.code ?? null;
}

/** "Pakistani" -> "PAK", "Americans" -> "USA"; null when unknown. */
export function countryOfDemonym(demonym: string): string | null {
  return lookupActor(demonym, ['demonym'])[0]?.country ?? null;
}

/** "Prime Minister" -> "GOV", "General" -> "MIL", "spokesperson" -> null (a title, but no sector);
 * undefined when not a title. */
export function sectorOfTitle(title: string): string | null | undefined {
  const e = lookupActor(title, ['title'])[0];
  return e ? e.sector : undefined;
}

/** "police" -> "COP", "troops" -> "MIL"; null when not a sector noun. */
export function sectorOfAgent(term: string): string | null {
  return lookupActor(term, ['agent'])[0]?.sector ?? null;
}

/** ISO-3 code -> country name ("IND" -> "India"), or null. */
export function countryName(code: string): string | null {
  return countryNames().get(code.toUpperCase()) ?? null;
}
