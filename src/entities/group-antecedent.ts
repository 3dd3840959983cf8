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

/** A militant group's unit that a later "member of the cell" refers back to. */
const UNIT_NOUNS = new Set(['cell']);
const UNIT_MEMBERS = new Set(['member', 'members']);
/** Tokens from "cell" to the comma before the name ("cell known as “the Owls” to the US, X"). */
const UNIT_REACH = 12;
/** Lower-case words between a group and its unit ("an Isis bomb-making cell"), or "the" and the unit. */
const UNIT_WORDS = 4;

/**
 * `affiliation.cell`: names set off by a comma after "member(s) of the ... cell" ("One other member of the cell, X,")
 * belong to the militant group (an IMG code) the article calls the cell's ("an Isis bomb-making cell"), else to the
 * one militant group it names: a cell is a unit of a group, and the article said which one where it introduced it.
 */
export function cellGroup(
  doc: Doc,
  tokStart: number,
  groupAt: Map<number, ActorMatch>,
  personAt: (tok: number) => boolean,
): ActorMatch | null {
  const open = doc.sentences[doc.tokens.sentence[tokStart]].tokStart;
  for (let k = tokStart - 1; k > open && tokStart - k <= LIST_REACH; k--) {
    const w = lower(doc, k);
    if (w === ',') {
      const unit = unitBefore(doc, k, open, personAt);
      if (unit >= 0) return unitGroup(doc, unit, groupAt);
    } else if (w !== 'and' && !/^\p{Lu}/u.test(doc.text[doc.tokens.start[k]])) return null;
  }
  return null;
}

/** The token of "cell" in "member(s) of the [words] cell" ending at most UNIT_REACH tokens before `comma`, or -1. */
function unitBefore(doc: Doc, comma: number, open: number, personAt: (tok: number) => boolean): number {
  for (let q = comma - 1; q > open + 2 && comma - q <= UNIT_REACH; q--) {
    if (personAt(q)) return -1;
    if (!UNIT_NOUNS.has(lower(doc, q))) continue;
    let p = q - 1;
    while (p > open && q - p <= UNIT_WORDS && /^[\p{Ll}-]+$/u.test(lower(doc, p)) && lower(doc, p) !== 'the') p--;
    if (lower(doc, p) === 'the' && lower(doc, p - 1) === 'of' && UNIT_MEMBERS.has(lower(doc, p - 2))) return q;
    return -1;
  }
  return -1;
}

/** The militant group of the cell at `unit`: the last one named right before "cell", else the article's only one. */
function unitGroup(doc: Doc, unit: number, groupAt: Map<number, ActorMatch>): ActorMatch | null {
  const militant = [...groupAt.values()]
    .filter((g) => g.code.startsWith('IMG'))
    .sort((a, b) => a.tokStart - b.tokStart);
  let named: ActorMatch | null = null;
  for (const g of militant) {
    if (g.tokStart >= unit) break;
    for (let q = g.tokEnd; q < Math.min(doc.tokens.count, g.tokEnd + UNIT_WORDS + 1); q++) {
      const w = lower(doc, q);
      if (UNIT_NOUNS.has(w) && doc.tokens.sentence[q] === doc.tokens.sentence[g.tokEnd]) {
        named = g;
        break;
      }
      if (!/^[\p{Ll}-]+$/u.test(w)) break;
    }
  }
  if (named) return named;
  return new Set(militant.map((g) => g.code)).size === 1 ? militant[0] : null;
}

/** Count words of a plural subject, by the number they say ("three pupils"). */
const COUNT_VALUES = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
]);
const JOIN_WORDS = new Set(['join', 'joined', 'joining']);

/**
 * `affiliation.lead-list`: "Three pupils from Leeds travelled to Syria to join Isis. X, Y and Z, aged 15, took a
 * flight ...": a list of as many names as the lead's count word opens the next sentence, so each is one of them.
 */
export function leadListGroup(doc: Doc, tokStart: number, groupAt: Map<number, ActorMatch>): ActorMatch | null {
  const s = doc.tokens.sentence[tokStart];
  if (s === 0 || s >= LEAD_SENTENCES) return null;
  const { tokStart: open, tokEnd } = doc.sentences[s];
  const capital = (k: number) => /^\p{Lu}/u.test(doc.text[doc.tokens.start[k]]);
  // The names that open the sentence: runs of capitalized words split by commas and "and".
  let names = 0;
  let inList = false;
  let k = open;
  for (; k < tokEnd; k++) {
    const w = lower(doc, k);
    if (capital(k)) {
      if (k === open || !capital(k - 1)) names++;
      if (k === tokStart) inList = true;
    } else if (w !== ',' && w !== 'and') break;
  }
  if (!inList || names < 2) return null;
  const prev = doc.sentences[s - 1];
  let count = 0;
  let group: ActorMatch | null = null;
  for (let q = prev.tokStart; q < prev.tokEnd; q++) {
    const n = COUNT_VALUES.get(lower(doc, q));
    if (n && !count && /^\p{Ll}+s$/u.test(lower(doc, q + 1))) count = n;
    if (JOIN_WORDS.has(lower(doc, q))) group ??= groupAt.get(q + 1) ?? groupAt.get(q + 2) ?? null;
  }
  return count === names ? group : null;
}
