/**
 * The argument rules that keep a trigger's source and target inside its own clause (with Parley's constructions
 * on; arguments.ts applies them):
 * - `subject:not-object`: an actor right after a verb (past its determiners) is that verb's object, not the
 *   subject of a later verb ("the student who left Leeds to join ..." gives the UK no act).
 * - `object:own-clause`: the target stands before the next clause: no subordinator, comma or finite verb between
 *   the trigger (or the end of its pattern) and the target; a demand or a threat "unless" or "if" someone acts is
 *   aimed at that actor, so those two words do not end its reach. A gerund after a preposition ends it too: the
 *   actor in "accused the emirate of supporting Iran" is the object of the supporting, not of the accusation.
 * - `pronoun-prev` is off and `target-in-sentence` takes a country of the trigger's own clause before it: pronouns
 *   reach events only through the coreference that the entities stage resolved.
 */
import type { Doc } from '../model/doc.js';
import { BE_FORMS, DETERMINERS } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';
import type { ActorSpan } from './actors.js';
import { opensNounComplement } from './noun-complement.js';

const VERB_TAGS = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'VBG', 'VBN']);
const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP']);
const NOT_OBJECT_VERBS = new Set([...BE_FORMS, 'has', 'have', 'had', 'do', 'does', 'did']);
/** Words that open another clause ("that" opens the content of a demand or a threat, whose actor CAMEO codes). */
const OBJECT_STOPS = new Set([
  ';',
  ':',
  ',',
  'who',
  'which',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'if',
  'unless',
  'whether',
  'where',
]);

/**
 * Prepositions of topic: "discussed his concerns about Syria" is no act on Syria. A place after "in" stays a target,
 * as CAMEO codes the country where an act falls ("lifted a curfew in Montenegro").
 */
const TOPIC_PREPS = new Set(['about', 'regarding', 'concerning']);

/** Prepositions whose gerund states what the object did or is to do: "accused X of", "thanked X for", "kept X from". */
const GERUND_COMPLEMENT = new Set(['of', 'for', 'from']);

function tagOf(doc: Doc, i: number): string {
  return posTagger().labels[posTagAt(doc, i)];
}

/** `subject:not-object`: whether actor `a` is the object of a verb before it, so no subject of a later verb. */
export function notSubject(doc: Doc, words: readonly string[], first: number, a: ActorSpan): boolean {
  let p = a.tokStart - first - 1;
  // ... past its determiners and adjectives: "undermine pro-western Iranian opinion" makes Iran no subject.
  while (p >= 0 && (DETERMINERS.has(words[p]) || tagOf(doc, first + p) === 'JJ')) p--;
  if (p < 0 || NOT_OBJECT_VERBS.has(words[p])) return false;
  const tag = tagOf(doc, first + p);
  // A finite or participle tag right after "to", a preposition or a determiner is the tagger's slip for a noun
  // ("according to reports the UK ...").
  const before = p > 0 ? tagOf(doc, first + p - 1) : '';
  return VERB_TAGS.has(tag) && !(tag !== 'VB' && (before === 'TO' || before === 'IN' || before === 'DT'));
}

/**
 * `object:own-clause`: the sentence index where the trigger's object reach ends: the first clause stop, finite
 * verb or gerund after "of", "for" or "from" from `from` (the first word after the trigger and its pattern) on, or
 * the infinitive of a decision noun after the trigger at `trigger`.
 */
export function objectReach(
  doc: Doc,
  words: readonly string[],
  first: number,
  from: number,
  cameo: string,
  trigger = from - 1,
): number {
  const conditionTarget = cameo.startsWith('10') || cameo.startsWith('13');
  for (let k = from; k < words.length; k++) {
    if (conditionTarget && (words[k] === 'unless' || words[k] === 'if')) continue;
    const tag = tagOf(doc, first + k);
    if (OBJECT_STOPS.has(words[k]) || FINITE_TAGS.has(tag)) return k;
    // "accusing it of supporting Iran": the actor after a gerund of a preposition is that act's, not the trigger's.
    if (tag === 'VBG' && k > from && GERUND_COMPLEMENT.has(words[k - 1])) return k;
    // `object:noun-complement`: "welcomed the decision to withdraw X": X is what the decision is about.
    if (opensNounComplement(words, (i) => tagOf(doc, first + i), trigger + 1, k, cameo)) return k;
  }
  return words.length;
}

/**
 * `object:not-topic`: the preposition of topic ("about Iran") that actor `a` stands after, past its determiners and
 * adjectives, when it comes after the trigger at `v`; null otherwise. Such an actor is what the act is about, not
 * whom it is aimed at, unless the trigger's pattern spells the preposition out.
 */
export function topicPreposition(
  doc: Doc,
  words: readonly string[],
  first: number,
  a: ActorSpan,
  v: number,
): string | null {
  let p = a.tokStart - first - 1;
  while (p > v && (DETERMINERS.has(words[p]) || tagOf(doc, first + p) === 'JJ')) p--;
  return p > v && TOPIC_PREPS.has(words[p]) ? words[p] : null;
}

/**
 * `noun-args:own-phrase`: whether the words between an event noun at `v` and the preposition at `p` that governs an
 * actor keep that actor in the noun's phrase: no comma, semicolon or verb between ("an attack in Syria, rejecting an
 * accusation by Russia" gives the attack no agent).
 */
export function inNounPhrase(doc: Doc, words: readonly string[], first: number, v: number, p: number): boolean {
  for (let k = v + 1; k < p; k++) {
    if (words[k] === ',' || words[k] === ';' || VERB_TAGS.has(tagOf(doc, first + k))) return false;
  }
  return true;
}
