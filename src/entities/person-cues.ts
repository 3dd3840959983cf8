/**
 * Names the tagger typed as an organization or a place that the words around them show to be people:
 * - `person.honorific`: an honorific opens the name or stands right before it ("Mr Vale" tagged ORG);
 * - `person.kinship`: a kinship noun stands right before it ("his daughter Carys" tagged GPE);
 * - `person.same-name`: another mention of a name that the two cues above stand before ("Carys, a nurse, spoke out");
 * - `person.first-name`: a one-word name with no lexicon entry that is the first name of exactly one person named in
 *   full before it ("Carys Vale won the seat ... Carys told the court" with the second "Carys" tagged ORG).
 * A name the actor lexicon lists as an organization keeps its type ("Dr Barnardo's" is a charity).
 * `coref.first-name-knight`: "Sir"/"Dame" go with the first name ("Sir Tom" is Sir Tom Vale), so such a one-word
 * name joins the one person named in full with that first name (coref.first-name, which other honorifics skip).
 * `ner.peer` and `ner.person-surname` (retypePeople, below) read a peer's title and a surname the article names.
 */
import { tokenLower, TokFlag, type Doc } from '../model/doc.js';
import { FEMALE_KINSHIP_NOUNS, HONORIFICS, KINSHIP_NOUNS } from '../lang/en/index.js';
import type { Gender } from './gender.js';
import { recast, type NameCandidate } from './candidates.js';
import type { ActorMatch } from './actors/index.js';
import { surnameForm } from './actors/surnames.js';

/** The most words a name retyped after a kinship noun may have ("Mary Ann Vale"). */
const MAX_KIN_NAME = 3;
const ORG_ACTOR_KINDS = new Set(['institution', 'igo', 'org']);

export function retypePersonCandidates(doc: Doc, cands: NameCandidate[]): void {
  const names = new Set<string>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    // A demonym after a kinship noun ("her uncle Chilean") describes, it names no one.
    if ((c.actor && ORG_ACTOR_KINDS.has(c.actor.kind)) || c.type === 'NORP') continue;
    const rule = personRule(doc, c);
    if (!rule) continue;
    names.add(nameKey(doc, c));
    if (c.type === 'PERSON') continue;
    cands[k] = recast(c, 'PERSON', rule);
  }
  retypeFirstNames(doc, cands);
  if (names.size === 0) return;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.type === 'PERSON' || c.type === 'NORP' || (c.actor && ORG_ACTOR_KINDS.has(c.actor.kind))) continue;
    if (!names.has(nameKey(doc, c))) continue;
    cands[k] = recast(c, 'PERSON', 'person.same-name');
  }
}

function personRule(doc: Doc, c: NameCandidate): string | null {
  if (HONORIFICS.has(tokenLower(doc, c.tokStart)) && c.tokEnd - c.tokStart > 1) return 'person.honorific';
  if (c.tokStart === 0) return null;
  const before = tokenLower(doc, c.tokStart - 1);
  if (HONORIFICS.has(before)) return 'person.honorific';
  const lowerCase = (doc.tokens.flags[c.tokStart - 1] & TokFlag.Capitalized) === 0;
  if (lowerCase && KINSHIP_NOUNS.has(before) && c.tokEnd - c.tokStart <= MAX_KIN_NAME) return 'person.kinship';
  return null;
}

/** The name's words, lower case, without an opening honorific ("Mr Vale" and "Vale" share "vale"). */
function nameKey(doc: Doc, c: NameCandidate): string {
  const words: string[] = [];
  for (let i = c.tokStart; i < c.tokEnd; i++) words.push(tokenLower(doc, i));
  if (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words.join(' ');
}

/** Honorifics used with a first name rather than a surname ("Sir Tom", "Dame Ann"). */
export function firstNameHonorific(honorific: string): boolean {
  return honorific === 'sir' || honorific === 'dame';
}

/** `person.kinship-gender`: "his daughter Carys" is a woman, "her son Tom" a man ("cousin" says nothing). */
export function kinshipGender(word: string): Gender {
  if (!KINSHIP_NOUNS.has(word) || word === 'cousin') return 'unknown';
  return FEMALE_KINSHIP_NOUNS.has(word) ? 'female' : 'male';
}

/** person.first-name: candidates in text order; the retyped name then joins the person by coref.first-name. */
function retypeFirstNames(doc: Doc, cands: NameCandidate[]): void {
  const firstNames = new Map<string, string>();
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const first = doc.text.slice(doc.tokens.start[c.tokStart], doc.tokens.end[c.tokStart]);
    if (c.type === 'PERSON') {
      if (c.tokEnd - c.tokStart < 2 || HONORIFICS.has(first.toLowerCase())) continue;
      const full = doc.text.slice(doc.tokens.start[c.tokStart], doc.tokens.end[c.tokEnd - 1]);
      // Two people sharing the first name: it names neither for sure.
      const known = firstNames.get(first);
      firstNames.set(first, known === undefined || known === full ? full : '');
      continue;
    }
    if (c.actor || c.tokEnd - c.tokStart !== 1 || !firstNames.get(first)) continue;
    cands[k] = recast(c, 'PERSON', 'person.first-name');
  }
}

/** Titles of peers and knights that stand before a surname ("Lord Fenn", "Baroness Hale"), lower case. */
const PEER_TITLES = new Set(['lord', 'lady', 'baroness', 'baron', 'sir', 'dame']);
/** Words of a person's full name: two to four tokens. */
const MAX_NAME_TOKENS = 4;

/**
 * Retypes as PERSON the code-less candidates that are a peer's name (any type), or that end in the surname of a
 * person the article names alone (ORG): an organization is not called by a person's surname.
 */
export function retypePeople(doc: Doc, cands: NameCandidate[], actorsByStart: Map<number, ActorMatch>): void {
  const word = (i: number) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  const capitalized = (c: NameCandidate) => {
    for (let k = c.tokStart; k < c.tokEnd; k++) if (!/^\p{Lu}/u.test(surnameForm(word(k)))) return false;
    return true;
  };
  const surnames = new Set<string>();
  for (const c of cands)
    if (c.type === 'PERSON' && c.tokEnd - c.tokStart === 1) surnames.add(surnameForm(word(c.tokStart)));
  joinHonorifics(doc, cands, capitalized);
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const n = c.tokEnd - c.tokStart;
    if (c.type === 'PERSON' || c.actor || n < 2 || n > MAX_NAME_TOKENS || !capitalized(c)) continue;
    // Not "Lord Chief Justice", "Lord Mayor": an office, not a peer's name.
    const office =
      actorsByStart.get(c.tokStart)?.kind === 'title' || actorsByStart.get(c.tokStart + 1)?.kind === 'title';
    const peer = PEER_TITLES.has(tokenLower(doc, c.tokStart)) && !office && n <= 3;
    if (peer) cands[k] = recast(c, 'PERSON', 'ner.peer');
    else if (c.type === 'ORG' && surnames.has(surnameForm(word(c.tokEnd - 1))))
      cands[k] = recast(c, 'PERSON', 'ner.person-surname');
  }
}

/**
 * `person.honorific`, joining: a code-less candidate of capitalized words that opens with an honorific ("Dr Azzam",
 * typed ORG) right before a PERSON candidate ("Tamimi") is one person's name; a lone one is retyped by
 * retypePersonCandidates.
 */
function joinHonorifics(doc: Doc, cands: NameCandidate[], capitalized: (c: NameCandidate) => boolean): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i];
    const next = cands[i + 1];
    const n = c.tokEnd - c.tokStart;
    if (c.type === 'PERSON' || c.actor || n < 2 || n > MAX_NAME_TOKENS || !capitalized(c)) continue;
    if (!HONORIFICS.has(tokenLower(doc, c.tokStart))) continue;
    if (next.tokStart !== c.tokEnd || next.type !== 'PERSON' || next.actor) continue;
    cands[i] = recast(c, 'PERSON', 'person.honorific', c.tokStart, next.tokEnd);
    cands.splice(i + 1, 1);
  }
}
