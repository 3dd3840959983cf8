/**
 * Rule `gate:place-actor`: a town, city, enclave or province is where an act happens, not who acts or who is acted
 * on ("attacks in Mosul", "talks in Geneva", "Turkey attacked Afrin"); CAMEO's actors are the governments, forces
 * and groups there. A capital stands for its government ("Moscow said", "Riyadh's war") and stays an actor, and so
 * does a place the actor dictionaries code with a role ("the town's police" is not a bare place). A place where a
 * threat, coercion or force falls ("a curfew in the town of Cizre", "fired at targets in Jericho") stays a target:
 * CAMEO codes the people there by the place's country. A place such an act is aimed at directly ("Turkey attacked
 * Afrin", "an offensive on the enclave of Afrin") does not: the act is on whoever holds it, whom the text does not
 * name there, and the place's country is the wrong side (`gate:place-actor:aimed`).
 */
import type { Doc } from '../model/doc.js';
import { tokenAtOrAfter, tokenText } from '../model/doc.js';
import type { Entity, EventActor } from '../model/schema.js';
import { DETERMINERS } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';
import { gazetteer } from '../places/gazetteer.js';
import { isPoliticalActor } from './political.js';

/** GeoNames' feature code of a country's capital. */
const CAPITAL_FEATURE = 'PPLC';

function isCapital(entity: Entity): boolean {
  const geo = entity.geo;
  if (!geo || geo.type !== 'city') return false;
  return gazetteer()
    .lookup(geo.name)
    .some((p) => p.feature === CAPITAL_FEATURE && p.lat === geo.lat && p.lon === geo.lon);
}

/** Roots of threats (13), coercion (17) and force (18-20), whose target may be the place that suffers them. */
const PLACE_TARGET_ROOTS: ReadonlySet<string> = new Set(['13', '17', '18', '19', '20']);

/** Prepositions of where an act falls ("in the town of Cizre") or where someone comes from ("a man from Calgary"). */
const LOCATIVE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'near', 'across', 'throughout', 'from']);

/**
 * Whether a place target stands in a phrase of where an act falls: after a locative preposition, past determiners,
 * adjectives, names and the head of an "of" phrase ("in the town of Cizre", "in southern Idlib"), or holds one.
 */
function locativePlace(doc: Doc, target: EventActor): boolean {
  const span = target.span;
  if (!span) return false;
  const labels = posTagger().labels;
  const start = tokenAtOrAfter(doc, span.start);
  const word = (i: number): string => tokenText(doc, i).toLowerCase();
  // A person the text names by the place ("a missionary from Calgary") is where the person comes from.
  for (let i = start; i < doc.tokens.count && doc.tokens.end[i] <= span.end; i++)
    if (LOCATIVE_PREPS.has(word(i))) return true;
  let k = start - 1;
  for (; k >= 0; k--) {
    const w = word(k);
    const tag = labels[posTagAt(doc, k)];
    if (LOCATIVE_PREPS.has(w)) return true;
    const ofHead = w === 'of' || (tag.startsWith('NN') && k + 1 < doc.tokens.count && word(k + 1) === 'of');
    if (!(DETERMINERS.has(w) || tag.startsWith('JJ') || tag === 'NNP' || ofHead)) return false;
  }
  return false;
}

/** Whether an event has a place as its source, or as the target of an act that a place cannot suffer. */
export function hasPlaceActor(
  doc: Doc,
  root: string,
  source: EventActor | null,
  target: EventActor | null,
  entities: ReadonlyMap<string, Entity>,
): boolean {
  if (isPlaceActor(source, entities)) return true;
  if (!isPlaceActor(target, entities)) return false;
  return !PLACE_TARGET_ROOTS.has(root) || !locativePlace(doc, target!);
}

/** Whether an event actor is a populated place or region below a country, other than a capital. */
export function isPlaceActor(actor: EventActor | null, entities: ReadonlyMap<string, Entity>): boolean {
  if (!actor?.entityId) return false;
  const entity = entities.get(actor.entityId);
  if (!entity?.geo || entity.geo.type === 'country') return false;
  // A political role the dictionaries give the place's name ("Gaza's police") makes it an organisation, not a place.
  if (actor.sector !== null && isPoliticalActor(actor)) return false;
  return !isCapital(entity);
}
