/**
 * Rule `gate:actors`: an event is kept only when it has a source and a target and one of them is a political actor
 * (CAMEO's actors: governments, the military, rebels and insurgents, police, the judiciary, legislatures, parties,
 * the opposition, intelligence services, intergovernmental organisations, or a country as such). Companies, teams,
 * athletes and entertainers are not CAMEO actors. For protest (14) and force posture or mobilization (15) a lone
 * source is the norm ("Students marched in the capital"). Actors from a user's dictionaries are the actors the user
 * codes, all of them political.
 */
import type { EventActor } from '../model/schema.js';

const POLITICAL_SECTORS = new Set([
  'GOV',
  'MIL',
  'REB',
  'COP',
  'JUD',
  'LEG',
  'OPP',
  'PTY',
  'SPY',
  'INS',
  'UAF',
  'IGO',
  'ELI',
  'SEP',
  'RAD',
]);
/** Roots whose events stand with a source alone. */
const LONE_SOURCE_ROOTS = new Set(['14', '15']);

export type ActorGateReason = 'missing-actor' | 'no-political-actor';

export function isPoliticalActor(a: Pick<EventActor, 'code' | 'country' | 'sector'>): boolean {
  if (a.sector !== null && POLITICAL_SECTORS.has(a.sector)) return true;
  if (a.code.startsWith('IGO')) return true;
  // A country as such: its bare ISO-3 code.
  return a.country !== null && a.sector === null && a.code === a.country;
}

/** Why an event fails the actor gate, or null when it passes. `userActors`: every actor is one the user codes. */
export function actorGate(
  root: string,
  source: EventActor | null,
  target: EventActor | null,
  userActors: boolean,
): ActorGateReason | null {
  if (!source) return 'missing-actor';
  if (!target) {
    if (!LONE_SOURCE_ROOTS.has(root)) return 'missing-actor';
    return userActors || isPoliticalActor(source) || source.sector !== null ? null : 'no-political-actor';
  }
  if (userActors) return null;
  return isPoliticalActor(source) || isPoliticalActor(target) ? null : 'no-political-actor';
}
