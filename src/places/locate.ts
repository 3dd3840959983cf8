/**
 * Where each event happened and where its actors are (after the events stage).
 * Action location, first rule that applies:
 * - `geo.premodifier`: a place right before the trigger noun ("the April 22 Pahalgam terrorist attack");
 * - `geo.locative`: a place after a locative preposition in the trigger's clause ("troops entered homes in Idlib");
 * - `geo.dateline`: the wire dateline's place ("KABUL, May 9 (Reuters) -").
 * A place that modifies another noun ("the Pahalgam attack") is that noun's, not a neighbouring verb's location.
 * Actor places (`geo.actor-place`, `geo.actor-country`): a coded place entity as actor is its own place; another
 * actor is at its country.
 */
import type { Doc } from '../model/doc.js';
import type { Entity, Event, EventActor, Geo, Mention } from '../model/schema.js';
import { BE_FORMS } from '../lang/en/index.js';
import { gazetteerCountries, type CountryIndex } from './gazetteer.js';
import { countryGeo, datelineEntity } from './index.js';

/** Clause boundaries: punctuation that ends a clause, quotation marks, brackets and dashes. */
const CLAUSE_BREAK = /[;:“”"()—–]|,\s/g;
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|inside|across|around|into|towards?|through|throughout)\s+(?:the\s+)?(?:(?:city|town|village|province|region|district|state)\s+of\s+)?(?:northern|southern|eastern|western|central|north|south|east|west)?\s*$/i;
/** Words between a place and the noun it modifies: adjectives and nouns of an event ("terrorist", "car bomb"). */
const MODIFIER_GAP = /^(?:\s+[a-z][a-z-]*){0,3}\s+$/;

/** Is the text between a place and a trigger only modifiers, so that the place names where it happened? */
function modifierGap(gap: string): boolean {
  if (!MODIFIER_GAP.test(gap)) return false;
  return gap.split(/\s+/).every((w) => w === '' || !(FUNCTION_WORDS.has(w) || BE_FORMS.has(w)));
}
const FUNCTION_WORDS = new Set([
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'after',
  'before',
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'said',
  'says',
  'will',
  'would',
  'could',
  'had',
  'that',
  'which',
  'who',
  'when',
  'where',
  'since',
  'until',
  'over',
  'under',
  'into',
  'near',
  'late',
  'early',
  'last',
  'this',
  'the',
  'a',
  'not',
  'also',
  'then',
  'now',
  'still',
  'never',
  'may',
  'might',
  'can',
  'must',
  'should',
  'shall',
  'do',
  'does',
  'did',
]);

function clauseOf(text: string, sentence: { start: number; end: number }, at: number): [number, number] {
  let start = sentence.start;
  let end = sentence.end;
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const pos = sentence.start + (m.index ?? 0);
    if (pos < at) start = pos + m[0].length;
    else if (pos >= at) {
      end = pos;
      break;
    }
  }
  return [start, end];
}

/** Does the mention modify a noun right after it (a lower-case word that is not a function word)? */
function modifiesNoun(text: string, m: Mention): number | null {
  const after = /^\s+([a-z][a-z-]*)/.exec(text.slice(m.span.end, m.span.end + 40));
  if (!after || FUNCTION_WORDS.has(after[1])) return null;
  return m.span.end + after[0].length;
}

interface PlaceMention {
  mention: Mention;
  entity: Entity;
  geo: Geo;
}

function actionGeo(doc: Doc, e: Event, places: PlaceMention[], dateline: Geo | null): Geo | null {
  const trigger = e.evidence.trigger;
  const sentence = doc.sentences[e.sentence];
  if (!sentence) return dateline;
  const [cs, ce] = clauseOf(doc.text, sentence, trigger.start);
  // A target found as the place before a violent event noun ("the Pahalgam attack by X": events' rule
  // `noun-args:place-before`) is where the act happened as well as its target.
  const placeTarget = e.evidence.rule.includes(':place-before');
  const actorSpans = [e.source?.span, placeTarget ? null : e.target?.span].filter((s) => s !== null && s !== undefined);
  let locative: { p: PlaceMention; distance: number } | null = null;
  for (const p of places) {
    const { span } = p.mention;
    if (span.start < cs || span.end > ce) continue;
    // The actor itself ("Kabul said"), not a place inside its phrase ("rebels in Maiduguri").
    if (
      actorSpans.some(
        (a) =>
          a.start === span.start ||
          (a.start < span.start && span.end <= a.end && !LOCATIVE_BEFORE.test(doc.text.slice(a.start, span.start))),
      )
    )
      continue;
    if (span.end <= trigger.start && modifierGap(doc.text.slice(span.end, trigger.start)))
      return { ...p.geo, rule: 'geo.premodifier' };
    const head = modifiesNoun(doc.text, p.mention);
    if (head !== null && head !== trigger.end) continue;
    if (!LOCATIVE_BEFORE.test(doc.text.slice(Math.max(cs, span.start - 60), span.start))) continue;
    const distance = Math.abs(span.start - trigger.start);
    if (!locative || distance < locative.distance) locative = { p, distance };
  }
  if (locative) return { ...locative.p.geo, rule: 'geo.locative' };
  return dateline;
}

function actorGeo(g: CountryIndex, a: EventActor | null, entities: Map<string, Entity>): Geo | null {
  if (!a) return null;
  const entity = a.entityId ? entities.get(a.entityId) : undefined;
  if (entity?.geo && entity.geo.type !== 'country') return { ...entity.geo, rule: 'geo.actor-place' };
  return countryGeo(g, a.country, entity?.geo ? entity.id : null, 'geo.actor-country');
}

/** Set each event's `geo` (action, source and target places) and `location` (the action place's full name). */
export function locateEvents(doc: Doc): void {
  if (doc.events.length === 0) return;
  const g = gazetteerCountries();
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const places: PlaceMention[] = [];
  for (const m of doc.mentions) {
    const entity = entities.get(m.entityId);
    if (entity?.geo && m.kind === 'name') places.push({ mention: m, entity, geo: entity.geo });
  }
  const d = datelineEntity(doc);
  const dateline = d?.geo ? { ...d.geo, rule: 'geo.dateline' } : null;
  for (const e of doc.events) {
    const action = actionGeo(doc, e, places, dateline);
    e.geo = { action, source: actorGeo(g, e.source, entities), target: actorGeo(g, e.target, entities) };
    e.location = action?.fullName ?? null;
  }
}
