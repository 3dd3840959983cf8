/**
 * Rule `gate:held-place`: a town, district or enclave that the article calls held by a party ("the rebel-held
 * district of X", "the enclave of X", "opposition-controlled X") is no stand-in for its country when it is attacked,
 * threatened or coerced: the party that holds it suffers the act, and the gazetteer's country (the state it is
 * fighting, often) is the wrong target. Such an event has no target the text names, so it is discarded. Once one
 * mention says so the place is held throughout the article. A place the state itself holds ("government-held X")
 * stays its country's.
 */
import type { Doc } from '../model/doc.js';
import type { EventActor } from '../model/schema.js';
import { isPoliticalActor } from './political.js';

/** "X-held", "X-controlled", "X-occupied": the word after the hyphen that says a party holds the place. */
const HOLDING_SUFFIXES: ReadonlySet<string> = new Set(['held', 'controlled', 'occupied', 'besieged']);

/** Holders that are the state itself, whose places its country code names rightly. */
const STATE_HOLDERS: ReadonlySet<string> = new Set(['government', 'regime', 'state', 'army', 'military']);

/** Nouns that name a place as a party's pocket of ground. */
const HELD_NOUNS: ReadonlySet<string> = new Set(['enclave', 'enclaves', 'stronghold', 'strongholds']);

/** Words that may stand between the holding word and the place's name ("the rebel-held eastern district of"). */
const PLACE_FILLERS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'a',
  'an',
  'city',
  'town',
  'district',
  'area',
  'areas',
  'region',
  'province',
  'village',
  'suburb',
  'suburbs',
  'neighbourhood',
  'neighborhood',
  'enclave',
  'east',
  'west',
  'north',
  'south',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'parts',
  'part',
]);

/** Whether one word marks a place as held by a party other than the state ("Kurdish-held", "enclave"). */
export function isHoldingWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[\u2010\u2011\u2013]/g, '-');
  if (HELD_NOUNS.has(w)) return true;
  const hyphen = w.lastIndexOf('-');
  if (hyphen <= 0 || !HOLDING_SUFFIXES.has(w.slice(hyphen + 1))) return false;
  return !STATE_HOLDERS.has(w.slice(0, hyphen));
}

/** Whether the words before a place's name (`before`, the text up to it) call it held: a holding word, then fillers. */
export function calledHeld(before: string): boolean {
  const words = before.match(/[\p{L}\p{M}'’\u2010\u2011\u2013-]+|[^\s\p{L}\p{M}]/gu) ?? [];
  for (let k = words.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    if (isHoldingWord(words[k])) return true;
    if (!PLACE_FILLERS.has(words[k].toLowerCase())) return false;
  }
  return false;
}

/**
 * "the Kurdish city of ", "the Druze town of ": a people's adjective (capitalized, ending as a demonym does) before
 * a place noun and "of"; the char offset of the adjective in `before`, or -1.
 */
const PEOPLE_PLACE =
  /\b([A-Z][a-z]+(?:ish|ian|an|i|ese|ic))\s+(?:city|town|district|enclave|region|province|village)\s+of\s+$/;

export function peoplePlaceAt(before: string): number {
  const m = PEOPLE_PLACE.exec(before);
  return m ? m.index : -1;
}

/**
 * The ids of the place entities (below a country) that some mention of the article calls held by a party: with a
 * holding word, or named after a people that is no country ("the Kurdish city of X"; "the Syrian city of X" names the
 * state's).
 */
export function heldPlaces(doc: Doc): Set<string> {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const places = new Set(doc.entities.filter((e) => e.geo !== undefined && e.geo.type !== 'country').map((e) => e.id));
  // Char offsets where a mention of an entity with a country starts ("Syrian", "Turkish").
  const stateWords = new Set(doc.mentions.filter((m) => entities.get(m.entityId)?.country).map((m) => m.span.start));
  const held = new Set<string>();
  for (const m of doc.mentions) {
    if (!places.has(m.entityId) || held.has(m.entityId)) continue;
    const from = Math.max(0, m.span.start - 80);
    const before = doc.text.slice(from, m.span.start);
    const people = peoplePlaceAt(before);
    if (calledHeld(before) || (people >= 0 && !stateWords.has(from + people))) held.add(m.entityId);
  }
  return held;
}

/**
 * Whether an event's target is a place the article calls held by a party (with `held` from heldPlaces); a political
 * role the place's name carries ("the town's police") is an organisation, not the place.
 */
export function isHeldPlaceTarget(target: EventActor | null, held: ReadonlySet<string>): boolean {
  if (target?.entityId == null || !held.has(target.entityId)) return false;
  return target.sector === null || !isPoliticalActor(target);
}
