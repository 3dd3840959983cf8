/**
 * The order of the attribution sieves inside the two families (attribute.ts runs the families in order).
 * The first sieve that settles a cue or a quote region wins; later ones do not see it.
 */
import { apposition } from './cue/apposition.js';
import { asideSubject } from './cue/aside-subject.js';
import { appositiveName } from './cue/appositive-name.js';
import { askedQuestion } from './cue/asked-question.js';
import type { CueCase, SpeakerSieve } from './cue/case.js';
import { coordinated } from './cue/coordinated.js';
import { gerundOf } from './cue/gerund-of.js';
import { inverted } from './cue/inverted.js';
import { participle } from './cue/participle.js';
import { subject } from './cue/subject.js';
import type { Attribution } from './context.js';
import type { RegionSieve } from './region/case.js';
import { colon } from './region/colon.js';
import { continuation } from './region/continuation.js';
import { dashAttribution } from './region/dash.js';
import { leadingVerb } from './region/leading-verb.js';
import { partialSubject } from './region/partial-subject.js';
import { scareQuote } from './region/scare-quote.js';
import { trailingVerb } from './region/trailing-verb.js';
import { unattributed } from './region/unattributed.js';

/** Who speaks a cue verb: by what sits right before its verb group. */
export const SPEAKER_SIEVES: readonly SpeakerSieve[] = [
  askedQuestion, // "When asked whether ..." (settles the cue)
  participle, // "..., adding that"
  coordinated, // "... and said"
  apposition, // "“...,” Name, the title, said" (settles the cue)
  inverted, // "“...,” said Name" (settles the cue) / "Name, the title, said"
  subject, // "The mayor said", "The message he conveyed" (cue-message)
];

/** Run after the speaker sieves when none settled the cue. */
export const SPEAKER_REFINERS: readonly ((x: Attribution, c: CueCase) => void)[] = [
  gerundOf, // "footage of Trump saying"
  appositiveName, // "The mayor's aide, Ann Lee, said"
  asideSubject, // "Ann Lee - who chairs the board - said"
];

/** Quote regions no cue took as its content, in document order. */
export const REGION_SIEVES: readonly RegionSieve[] = [
  colon, // "Name: “...”"
  scareQuote, // “so-called”: no quotation
  leadingVerb, // "Mr. Christie gloated: “...”"
  dashAttribution, // "“...” ― Pamela Padilla"
  partialSubject, // "the secretary “encouraged ...”"; settles every quote inside a sentence
  trailingVerb, // "“...,” Murphy tweeted."
  continuation, // the last speaker's next quote
  unattributed, // a quote of 4+ words with no speaker
];
