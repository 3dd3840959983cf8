/**
 * Rule `gate:place-actor`: a town, city, enclave or province is where an act happens, not who acts or who is acted
 * on ("attacks in Mosul", "talks in Geneva", "Turkey attacked Afrin"); CAMEO's actors are the governments, forces
 * and groups there. A capital stands for its government ("Moscow said", "Riyadh's war") and stays an actor, and so
 * does a place the actor dictionaries code with a role ("the town's police" is not a bare place). A place threatened,
 * coerced or attacked stays a target: CAMEO codes the people of a shelled town by the town's country.
 */
import type { Entity, EventActor } from '../model/schema.js';
import { isCapitalAt } from '../places/gazetteer.js';
import { isPoliticalActor } from './political.js';

function isCapital(entity: Entity): boolean {
  const geo = entity.geo;
  if (!geo || geo.type !== 'city') return false;
  return isCapitalAt(geo.name, geo.lat, geo.lon);
}

/** Roots of threats (13), coercion (17) and force (18-20), whose target may be the place that suffers them. */
const PLACE_TARGET_ROOTS: ReadonlySet<string> = new Set(['13', '17', '18', '19', '20']);

/** Whether an event has a place as its source, or as the target of an act that a place cannot suffer. */
export function hasPlaceActor(
  root: string,
  source: EventActor | null,
  target: EventActor | null,
  entities: ReadonlyMap<string, Entity>,
): boolean {
  return isPlaceActor(source, entities) || (!PLACE_TARGET_ROOTS.has(root) && isPlaceActor(target, entities));
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
