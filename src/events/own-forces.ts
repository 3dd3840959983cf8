/**
 * Rule `gate:own-forces`: a state's own military is no target of the state's act ("Turkey launched a military
 * offensive", "the US will withdraw its troops", "Washington backs an increase in US forces"): the forces carry the
 * act out or are its topic, and whom it is aimed at is someone else. Such an event is discarded. Only the state
 * itself (the country, its government) as source: rebels or police attacking the army act on another party; and
 * only the forces, not a person with a military rank (a general is a party of his own). A meeting with the own
 * troops (04) is a real encounter, a protest (14) is aimed at the state's forces, and mobilizing them (15) is the
 * act itself. A target whose country `:domestic-target` lent it from the source is not known to be the source's own
 * ("Kurdish forces, backed by US air power").
 */
import type { Entity, EventActor } from '../model/schema.js';

/** Sectors of a state's armed forces. */
const FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL']);

/** Roots where a state and its own forces may be the two parties of the act: consultation, protest, posture. */
const OWN_FORCES_ROOTS: ReadonlySet<string> = new Set(['04', '14', '15']);

/** Sectors of a source that is the state itself (null: the bare country). */
const STATE_SECTORS: ReadonlySet<string | null> = new Set([null, 'GOV']);

/** Whether the event's target is the own military of the state (country or government) that is its source. */
export function isOwnForcesTarget(
  root: string,
  source: EventActor | null,
  target: EventActor | null,
  entities: ReadonlyMap<string, Entity>,
  rule = '',
): boolean {
  if (!source?.country || !target || OWN_FORCES_ROOTS.has(root) || rule.includes(':domestic-target')) return false;
  if (target.entityId && entities.get(target.entityId)?.type === 'PERSON') return false;
  if (target.country !== source.country || !target.sector || !FORCE_SECTORS.has(target.sector)) return false;
  return STATE_SECTORS.has(source.sector);
}
