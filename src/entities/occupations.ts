/**
 * Occupations outside the state ("journalist", "lawyer"): the agent nouns that are a person's role before or after
 * their name.
 */
import type { ActorMatch } from './actors/index.js';

/**
 * Sectors of a person's occupation outside the state, as the agent lexicon gives them ("journalist" MED, "doctor"
 * HLH, "professor" EDU, "lawyer" JUD, "activist" OPP), or of an organization's staff (NGO): such a noun before a name
 * or in its apposition is its role.
 */
export const PROFESSION_SECTORS: ReadonlySet<string> = new Set([
  'MED',
  'EDU',
  'HLH',
  'REL',
  'JUD',
  'LAB',
  'BUS',
  'OPP',
  'NGO',
]);

/**
 * Agent nouns that name one person's occupation (the lexicon gives their sector); the lexicon's other nouns of these
 * sectors name institutions ("court", "media", "opposition") or states ("detainee", "exile"), not a role.
 */
const OCCUPATIONS = new Set([
  'journalist',
  'reporter',
  'correspondent',
  'columnist',
  'commentator',
  'blogger',
  'writer',
  'academic',
  'professor',
  'lecturer',
  'scholar',
  'historian',
  'economist',
  'doctor',
  'physician',
  'surgeon',
  'nurse',
  'lawyer',
  'barrister',
  'attorney',
  'priest',
  'preacher',
  'businessman',
  'businesswoman',
  'entrepreneur',
  'tycoon',
  'activist',
  'campaigner',
  'dissident',
  'teacher',
]);

/** A title that names an occupation ("lawyer", "attorney") rather than an office. */
export function isOccupationTitle(title: string): boolean {
  return OCCUPATIONS.has(title.toLowerCase());
}

/** A one-word agent noun of an occupation ("journalist"; not "journalists", "the opposition" nor "a detainee"). */
export function isProfession(m: ActorMatch): boolean {
  return (
    m.kind === 'agent' &&
    m.sector !== null &&
    PROFESSION_SECTORS.has(m.sector) &&
    m.tokEnd - m.tokStart === 1 &&
    OCCUPATIONS.has(m.name)
  );
}
