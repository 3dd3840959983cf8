/**
 * Names the tagger typed as organizations or places that are people: "Lord Fenn" (a peer's title and a surname, rule
 * `ner.peer`), and "Omar al-Fayed" when the article also names "Fayed" alone as a person (rule `ner.person-surname`):
 * an organization is not called by a person's surname, so the longer name is that person's; "Dr Azzam" typed ORG
 * before "Tamimi" typed PERSON (rule `ner.honorific`): an honorific opens a person's name, never an organization's.
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';
import type { NameCandidate } from './candidates.js';
import { surnameForm } from './actors/surnames.js';
import { HONORIFICS } from '../lang/en/index.js';

/** Titles of peers and knights that stand before a surname ("Lord Fenn", "Baroness Hale"), lower case. */
const PEER_TITLES = new Set(['lord', 'lady', 'baroness', 'baron', 'sir', 'dame']);
/** Words of a person's full name: two to four tokens. */
const MAX_NAME_TOKENS = 4;

/** Retypes as PERSON the code-less candidates that are a peer's name (any type) or a named person's (ORG). */
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
  for (const c of cands) {
    const n = c.tokEnd - c.tokStart;
    if (c.type === 'PERSON' || c.actor || n < 2 || n > MAX_NAME_TOKENS || !capitalized(c)) continue;
    // Not "Lord Chief Justice", "Lord Mayor": an office, not a peer's name.
    const office =
      actorsByStart.get(c.tokStart)?.kind === 'title' || actorsByStart.get(c.tokStart + 1)?.kind === 'title';
    const peer = PEER_TITLES.has(lower(doc, c.tokStart)) && !office && n <= 3;
    if (peer) {
      c.type = 'PERSON';
      c.rule = 'ner.peer';
    } else if (c.type === 'ORG' && surnames.has(surnameForm(word(c.tokEnd - 1)))) {
      c.type = 'PERSON';
      c.rule = 'ner.person-surname';
    }
  }
}

/**
 * `ner.honorific`: a code-less candidate of capitalized words that opens with an honorific ("Dr Azzam", typed ORG)
 * is a person's name, joined with a PERSON candidate right after it ("Dr Azzam" + "Tamimi": one name).
 */
function joinHonorifics(doc: Doc, cands: NameCandidate[], capitalized: (c: NameCandidate) => boolean): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = c.tokEnd - c.tokStart;
    if (c.type === 'PERSON' || c.actor || n < 2 || n > MAX_NAME_TOKENS || !capitalized(c)) continue;
    if (!HONORIFICS.has(lower(doc, c.tokStart))) continue;
    c.type = 'PERSON';
    c.rule = 'ner.honorific';
    const next = cands[i + 1];
    if (next && next.tokStart === c.tokEnd && next.type === 'PERSON' && !next.actor) {
      c.tokEnd = next.tokEnd;
      cands.splice(i + 1, 1);
    }
  }
}
