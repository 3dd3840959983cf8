/**
 * The last step of the events stage: events of an article that is not political news (relevance.ts) and events
 * without the actors CAMEO codes (political.ts) are discarded; each discard is kept with its reason, so the
 * Analysis says why an event the coder found is not there. Candidates the classifier rejected (classifier.ts) come
 * in as discards too. Kept events are numbered again (ev1, ev2 ...).
 */
import type { Doc } from '../model/doc.js';
import type { Discard, Event } from '../model/schema.js';
import type { ActorSpan } from './actors.js';
import { actorGate } from './political.js';
import { articleRelevance } from './relevance.js';
import { CLASSIFIER_RULE } from './classifier.js';
import { hasPlaceActor } from './place-actors.js';
import { heldPlaces, isHeldPlaceTarget } from './held-places.js';
import { isOwnForcesTarget } from './own-forces.js';
import { isGeneric } from './senses.js';

const GATE_RULES = {
  'missing-actor': 'gate:actors',
  'no-political-actor': 'gate:actors',
  'place-actor': 'gate:place-actor',
  'held-place': 'gate:held-place',
  'own-forces': 'gate:own-forces',
  'generic-verb': 'sense:generic',
} as const;

export function gateEvents(
  doc: Doc,
  events: readonly Event[],
  actors: readonly ActorSpan[],
  userActors: boolean,
  rejected: readonly Event[] = [],
  relevance = articleRelevance(doc, actors),
): Event[] {
  doc.relevance = relevance;
  const kept: Event[] = [];
  const discards: Discard[] = rejected.map((e) => ({
    cameo: e.cameo,
    trigger: e.evidence.trigger,
    reason: 'classifier-no-event',
    rule: CLASSIFIER_RULE,
  }));
  const entities = new Map(doc.entities.map((x) => [x.id, x]));
  const held = userActors ? new Set<string>() : heldPlaces(doc);
  for (const e of events) {
    const actorReason = actorGate(e.root, e.source, e.target, userActors);
    const placeReason =
      !userActors && hasPlaceActor(e.root, e.source, e.target, entities) ? 'place-actor' : null;
    const genericReason = isGeneric(e.evidence.rule) ? 'generic-verb' : null;
    const heldReason = isHeldPlaceTarget(e.target, held) ? 'held-place' : null;
    const ownForces = !userActors && isOwnForcesTarget(e.root, e.source, e.target, entities, e.evidence.rule);
    const ownReason = ownForces ? 'own-forces' : null;
    const reason = !relevance.relevant
      ? 'off-topic-article'
      : (actorReason ?? placeReason ?? heldReason ?? ownReason ?? genericReason);
    if (reason) {
      discards.push({
        cameo: e.cameo,
        trigger: e.evidence.trigger,
        // A held place is a place taken as an actor: the Analysis gives the reason it shares with gate:place-actor.
        reason: reason === 'held-place' ? 'place-actor' : reason,
        rule: reason === 'off-topic-article' ? relevance.rule : GATE_RULES[reason],
      });
      continue;
    }
    kept.push(kept.length + 1 === Number(e.id.slice(2)) ? e : { ...e, id: `ev${kept.length + 1}` });
  }
  doc.discards = discards;
  return kept;
}
