/**
 * `affiliation.previous-members`: names listed after a sentence-opening "The two men," ("The two men, X and Y,
 * formed ...") are the group's members that the sentence before opened with ("Two Isis militants were captured.").
 * News introduces people by what they are, then names them in the next sentence.
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';

/** Plural nouns of people that refer back to members named by their group ("the two men", "the pair"). */
const PEOPLE_NOUNS = new Set(['men', 'women', 'brothers', 'sisters', 'britons', 'pair', 'suspects', 'people']);
/** Plural member nouns after a group's name in the sentence before ("Isis militants"). */
const PLURAL_MEMBERS = new Set(['members', 'fighters', 'militants', 'jihadis', 'jihadists', 'recruits', 'volunteers']);
/** Words between "The" and the people noun: a number ("The two men"), "both" is not one ("Both men" has no "The"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six']);
/** Tokens of the list before the name ("X, Y and"), and of the sentence before's subject ("Two British Isis"). */
const LIST_REACH = 12;
const SUBJECT_REACH = 6;

/** The armed group whose members the sentence opening "The two men," before the name at `tokStart` refers to. */
export function previousSentenceGroup(
  doc: Doc,
  tokStart: number,
  groupByEnd: Map<number, ActorMatch>,
): ActorMatch | null {
  const s = doc.tokens.sentence[tokStart];
  if (s === 0) return null;
  const open = doc.sentences[s].tokStart;
  // Back over the list: other names, commas and "and", to the comma after the people noun.
  let k = tokStart - 1;
  while (k > open && tokStart - k <= LIST_REACH) {
    const w = lower(doc, k);
    if (w === ',' && PEOPLE_NOUNS.has(lower(doc, k - 1))) break;
    if (w !== ',' && w !== 'and' && !/^\p{Lu}/u.test(doc.text[doc.tokens.start[k]])) return null;
    k--;
  }
  if (k <= open || lower(doc, k) !== ',' || !PEOPLE_NOUNS.has(lower(doc, k - 1))) return null;
  // "The two men," opens the sentence.
  const det = COUNT_WORDS.has(lower(doc, k - 2)) ? k - 3 : k - 2;
  if (det !== open || lower(doc, det) !== 'the') return null;
  // The sentence before opens with "(Two) [words] GROUP members".
  const prev = doc.sentences[s - 1];
  for (let e = prev.tokStart + 1; e <= Math.min(prev.tokEnd - 1, prev.tokStart + SUBJECT_REACH); e++) {
    const g = groupByEnd.get(e);
    if (g && PLURAL_MEMBERS.has(lower(doc, e))) return g;
  }
  return null;
}

/** Sentences of an article's lead in which an unnamed subject may be introduced (a headline may come first). */
const LEAD_SENTENCES = 3;
/** Tokens from the lead's "The" to the "who" of its subject ("The Leeds student who"). */
const DESCRIPTION_REACH = 8;

/**
 * `affiliation.lead-subject`: "The Leeds student who went to join Isis has said ... . Jane Roe, 19, says
 * ...": a name that opens the sentence after a lead whose subject is an unnamed "The ... NOUN who" is that subject.
 * The token of the noun before "who" (whose relative clause the caller reads for a group), or -1.
 */
export function leadDescriptionNoun(doc: Doc, tokStart: number, personAt: (tok: number) => boolean): number {
  const s = doc.tokens.sentence[tokStart];
  if (s === 0 || s >= LEAD_SENTENCES) return -1;
  const open = doc.sentences[s].tokStart;
  for (let k = open; k < tokStart; k++) if (!/^["“‘']$/.test(lower(doc, k))) return -1;
  const prev = doc.sentences[s - 1].tokStart;
  if (lower(doc, prev) !== 'the') return -1;
  for (let k = prev + 2; k < Math.min(doc.sentences[s - 1].tokEnd, prev + DESCRIPTION_REACH); k++) {
    if (personAt(k - 1)) return -1;
    if (lower(doc, k) === 'who')
      return /^\p{Ll}+$/u.test(doc.text.slice(doc.tokens.start[k - 1], doc.tokens.end[k - 1])) ? k - 1 : -1;
  }
  return -1;
}
