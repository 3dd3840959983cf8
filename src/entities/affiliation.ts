/**
 * Members of armed groups named without a title: "the Islamic State member X", "X, an IS fighter", "X, a member of
 * the YPG", "X, who left London to join Isis", "she travelled to Syria to join IS". The group is an actor match
 * (the shipped table or a user dictionary) whose code is a militant group's (IMG...) or a non-state armed sector
 * (REB, INS, UAF); the person takes the group's code (entity actor source `affiliation`). A suspect charged with
 * membership ("he is charged with being a member of Isis") is coded as a member, as event coders do.
 */
import type { Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';
import { BE_FORMS, isPatronModifier } from '../lang/en/index.js';
import { cellGroup, leadDescriptionNoun, leadListGroup, previousSentenceGroup } from './group-antecedent.js';

export interface Affiliation {
  group: ActorMatch;
  rule: string;
}

const ARMED_SECTORS = new Set(['REB', 'INS', 'UAF', 'IMG']);

/** Nouns of membership after a group's name: "an IS member", "Isis fighters", "a YPG volunteer". */
const MEMBER_NOUNS = new Set([
  'member',
  'members',
  'fighter',
  'fighters',
  'militant',
  'militants',
  'jihadi',
  'jihadist',
  'jihadists',
  'recruit',
  'recruits',
  'recruiter',
  'jailer',
  'medic',
  'volunteer',
  'volunteers',
  'commander',
  'bride',
  'brides',
  'executioner',
  'operative',
  'supporter',
  'suspect',
  'suspects',
  'sympathiser',
  'sympathizer',
]);

/** Verbs and prepositions that tie a subject to a group after them: "joined IS", "fought for the YPG". */
const JOIN_VERBS = new Set(['join', 'joined', 'joining', 'joins', 'rejoin', 'rejoined']);
/** Verbs that join a group with "up with/for" or "with/in": "she had signed up with the YPJ", "enlisted in Isis". */
const SIGN_UP_VERBS = new Set(['signed', 'sign', 'signing', 'enlisted', 'enlist', 'enlisting']);
const SIGN_UP_PREPOSITIONS = new Set(['with', 'for', 'in']);
const FOUGHT_VERBS = new Set([
  'fought',
  'fight',
  'fighting',
  'volunteered',
  'volunteering',
  'served',
  'serving',
  'trained',
  'help',
  'helped',
  'helping',
]);
const FOUGHT_PREPOSITIONS = new Set(['for', 'with', 'alongside']);
/** How far after "fought"/"served" its preposition may stand ("served for a month as a combat medic alongside"). */
const FOUGHT_REACH = 10;

/**
 * Words that may stand between a subject and its "joined" without making another clause: auxiliaries, verbs of
 * leaving and travel ("who left Britain in 2015 to join"), prepositions, articles; capitalized words (places) and
 * numbers pass too. A reporting verb ("said"), a negation ("never", "denies") or a comma stops the rule.
 */
const BRIDGE_WORDS = new Set([
  'who',
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'later',
  'then',
  'also',
  'allegedly',
  'reportedly',
  'subsequently',
  'eventually',
  'left',
  'leaving',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'went',
  'gone',
  'going',
  'fled',
  'moved',
  'flew',
  'headed',
  'crossed',
  'decided',
  'to',
  'in',
  'into',
  'from',
  'for',
  'the',
  'a',
  'an',
  'her',
  'his',
  'their',
  'home',
  'aged',
  'age',
  'at',
  'of',
  'and',
  'after',
  'year',
  'years',
  'old',
  'month',
  'months',
  'ago',
  'since',
  'been',
  'being',
  'charged',
  'accused',
  // "X was killed on duty while fighting with the YPG": the death of a fighter, in the clause of his service.
  'died',
  'killed',
  'while',
  'on',
  'active',
  'service',
  'duty',
  'convicted',
  'with',
  'as',
  // "X was in the town helping to rebuild a clinic with the YPG": where the subject was.
  'city',
  'town',
  'village',
  'country',
  'region',
  'area',
]);
const BRIDGE_LIMIT = 14;

/** Verbs that take a role with "as" like a copula: "acted as an Isis recruiter", "served as a YPG medic". */
const AS_VERBS = new Set(['acted', 'acting', 'served', 'serving', 'worked', 'working']);

/** Prepositions that tie a member noun to its group: "a commander of", "volunteers with", "fighters in". */
const MEMBER_PREPOSITIONS = new Set(['of', 'with', 'for', 'in']);
/** How far after "was"/"is" its member noun may stand ("one of the longest-serving British volunteers with"). */
const COPULA_REACH = 8;
/** Words that end a copula's predicate before its member noun: another clause or a list. */
const COPULA_STOPS = new Set([
  'and',
  'or',
  'but',
  'who',
  'that',
  'which',
  'not',
  'never',
  'when',
  'after',
  'said',
  'to',
  'by',
  'with',
  'at',
  'from',
  'on',
  'against',
]);

/** Words that may stand between an apposition's comma and the group: "X, a 25-year-old British YPG volunteer". */
const APPOSITION_WORDS = new Set([
  'a',
  'an',
  'the',
  'one',
  'another',
  'former',
  'senior',
  'suspected',
  'alleged',
  'self-styled',
  'year-old',
  '-',
  'old',
  'year',
]);

/** Marks that open a list of a group's members: "suspected of being Isis recruits – British citizen X". */
const LIST_MARKS = new Set(['–', '—', ':']);
/** Words of a title or nationality between the list's mark and the name ("British citizen"). */
const LIST_PREMODIFIERS = 3;
/** How far after an apposition's comma its "who" may stand ("a British ex-soldier who"). */
const RELATIVE_APPOSITION_REACH = 6;
/** How far after an apposition's comma its "to join" may stand ("one of the last three Britons to join"). */
const JOIN_APPOSITION_REACH = 8;

export function isArmedGroup(m: ActorMatch): boolean {
  if (m.kind !== 'org' && m.kind !== 'institution') return false;
  if (m.code.startsWith('IMG')) return true;
  return m.sector !== null && ARMED_SECTORS.has(m.sector);
}

/**
 * The armed group a person mention at tokens [tokStart, tokEnd) is tied to, or null. `groupAt` maps a start token to
 * an armed group's match; `personAt` says whether a token starts another person's mention (which ends the rule).
 */
export function affiliationOf(
  doc: Doc,
  tokStart: number,
  tokEnd: number,
  groupAt: Map<number, ActorMatch>,
  groupByEnd: Map<number, ActorMatch>,
  personAt: (tok: number) => boolean,
  isName: boolean,
  comradeAt: (tok: number) => Affiliation | null = () => null,
): Affiliation | null {
  const sent = doc.sentences[doc.tokens.sentence[tokStart]];
  const w = (i: number) =>
    i >= sent.tokStart && i < sent.tokEnd ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase() : '';
  const capitalOrNumber = (i: number) => /^[\p{Lu}\d]/u.test(doc.text[doc.tokens.start[i]]);

  // 1. "the (British) Islamic State member X": a group and a member noun right before the name.
  if (isName && MEMBER_NOUNS.has(w(tokStart - 1))) {
    const g = groupByEnd.get(tokStart - 1);
    if (g) return { group: g, rule: 'affiliation.premodifier' };
  }

  // ", 24, from Bournemouth," or ", 28," after a name: an apposition of age or origin, then the name's clause.
  const afterAgeOrOrigin = (from: number): number => {
    let at = from;
    // Each segment: ", 28," then ", from Kobani,": only numbers, "from" and capitalized words (no other person).
    while (w(at) === ',') {
      let q = at + 1;
      const limit = Math.min(sent.tokEnd, q + 4);
      while (q < limit && w(q) !== ',' && !personAt(q) && (w(q) === 'from' || capitalOrNumber(q))) q++;
      if (q === at + 1 || w(q) !== ',') break;
      at = q;
    }
    return at === from ? from : at + 1;
  };

  // 2. Apposition: "X, an IS fighter," / "X, a member of Islamic State," / "X, 28, an SDF fighter".
  if (isName && w(tokEnd) === ',') {
    const afterAge = afterAgeOrOrigin(tokEnd);
    let k = afterAge > tokEnd ? afterAge : tokEnd + 1;
    const limit = Math.min(sent.tokEnd, k + 8);
    while (k < limit && (APPOSITION_WORDS.has(w(k)) || /^\d/.test(w(k)) || isDemonymLike(doc, k))) k++;
    const g = groupAt.get(k);
    if (g && MEMBER_NOUNS.has(w(g.tokEnd))) return { group: g, rule: 'affiliation.apposition' };
    if (MEMBER_NOUNS.has(w(k)) && MEMBER_PREPOSITIONS.has(w(k + 1))) {
      const g2 = groupAt.get(groupStart(doc, k + 2, sent.tokEnd, groupAt));
      if (g2) return { group: g2, rule: 'affiliation.apposition' };
    }
  }

  // 2b. "two men suspected of being Isis recruits – British citizen X": a list set off by a dash or a colon
  // after a group's members.
  if (isName) {
    let p = tokStart - 1;
    while (p > sent.tokStart && p >= tokStart - LIST_PREMODIFIERS && !LIST_MARKS.has(w(p)) && /^[\p{L}-]+$/u.test(w(p)))
      p--;
    if (LIST_MARKS.has(w(p)) && MEMBER_NOUNS.has(w(p - 1))) {
      const g = groupByEnd.get(p - 1);
      if (g) return { group: g, rule: 'affiliation.list' };
    }
  }

  // 2c. "Two Isis militants were held. The two men, X and Y, ...": the members the sentence before named.
  if (isName) {
    const g = previousSentenceGroup(doc, tokStart, groupByEnd);
    if (g) return { group: g, rule: 'affiliation.previous-members' };
  }

  // 2c'. "One other member of the cell, X,": the militant group the article named the cell's.
  if (isName) {
    const g = cellGroup(doc, tokStart, groupAt, personAt);
    if (g) return { group: g, rule: 'affiliation.cell' };
  }

  // 2d'. "Three pupils travelled to Syria to join Isis. X, Y and Z, aged 15, took ...": the lead's count of members.
  if (isName) {
    const g = leadListGroup(doc, tokStart, groupAt);
    if (g) return { group: g, rule: 'affiliation.lead-list' };
  }

  // 2d. "The schoolgirl who left to join Isis has said ... . X, 19, says": the lead's unnamed subject, named next.
  if (isName) {
    const noun = leadDescriptionNoun(doc, tokStart, personAt);
    const f = noun >= 0 ? affiliationOf(doc, noun, noun + 1, groupAt, groupByEnd, personAt, false) : null;
    if (f) return { group: f.group, rule: 'affiliation.lead-subject' };
  }

  // ", a British ex-soldier who": the token of "who" closing a short apposition that starts at `from`, or -1;
  // ", one of the three cousins to join": the token before its "to join", whose clause is the name's too.
  const appositionRelative = (from: number): number => {
    if (!APPOSITION_WORDS.has(w(from))) return -1;
    for (let q = from + 1; q < Math.min(sent.tokEnd, from + JOIN_APPOSITION_REACH); q++) {
      if (w(q) === 'who') return q < from + RELATIVE_APPOSITION_REACH ? q : -1;
      if (w(q) === 'to' && JOIN_VERBS.has(w(q + 1))) return q - 1;
      if (!/^[\p{L}-]+$/u.test(w(q)) || personAt(q) || groupAt.has(q)) return -1;
    }
    return -1;
  };

  // After "was"/"is": "(one of) (the/a) [lower-case words] member-noun of/with/for/in GROUP" or "a GROUP member".
  const copulaGroup = (from: number): ActorMatch | null => {
    const limit = Math.min(sent.tokEnd, from + COPULA_REACH);
    for (let q = from; q < limit; q++) {
      const g = groupAt.get(q);
      if (g) return MEMBER_NOUNS.has(w(g.tokEnd)) ? g : null;
      const word = w(q);
      if (MEMBER_NOUNS.has(word) && MEMBER_PREPOSITIONS.has(w(q + 1)))
        return groupAt.get(groupStart(doc, q + 2, sent.tokEnd, groupAt)) ?? null;
      // A participle or a preposition makes another predicate: "was married to an Isis fighter".
      if (!/^[\p{Ll}\d-]+$/u.test(word) || COPULA_STOPS.has(word) || /[a-z]ed$/.test(word)) return null;
    }
    return null;
  };

  // "served for a month as a medic alongside the YPG": the group after the verb's preposition, in its clause.
  let comrade: Affiliation | null = null;
  const prepositionAfter = (from: number): number => {
    for (let q = from; q < Math.min(sent.tokEnd, from + FOUGHT_REACH); q++) {
      const word = w(q);
      if (word === ',' || word === ';' || word === 'and' || personAt(q)) return -1;
      const at = groupStart(doc, q + 1, sent.tokEnd, groupAt);
      if (FOUGHT_PREPOSITIONS.has(word) && groupAt.has(at)) return at;
      // "who volunteered alongside Hall in Syria": a comrade's group, when the text ties the comrade to one.
      if (word === 'alongside' && personAt(q + 1)) {
        comrade = comradeAt(q + 1);
        return -1;
      }
    }
    return -1;
  };

  // 3. "X (, who) ... joined IS", "she travelled to Syria to join Isis", "he volunteered for the YPG".
  let k = isName ? afterAgeOrOrigin(tokEnd) : tokEnd;
  if (w(k) === ',' && w(k + 1) === 'who') k += 2;
  else if (isName && w(k) === ',') {
    // "X, a British ex-soldier who volunteered alongside ...": the apposition's relative clause is the name's.
    const who = appositionRelative(k + 1);
    if (who > 0) k = who + 1;
  }
  const stop = Math.min(sent.tokEnd, k + BRIDGE_LIMIT);
  for (; k < stop; k++) {
    const word = w(k);
    if (personAt(k)) return null;
    // "X was one of the few older volunteers with the YPG", "X is a Free Syrian Army commander".
    if (BE_FORMS.has(word)) {
      const g = copulaGroup(k + 1);
      if (g) return { group: g, rule: 'affiliation.copula' };
    }
    // "X has acted as an Isis recruiter", "while serving as an Isis jailer": a role held for the group.
    if (AS_VERBS.has(word) && w(k + 1) === 'as') {
      const g = copulaGroup(k + 2);
      return g ? { group: g, rule: 'affiliation.copula' } : null;
    }
    let at = -1;
    if (JOIN_VERBS.has(word)) at = k + 1;
    else if (SIGN_UP_VERBS.has(word)) {
      at = w(k + 1) === 'up' ? k + 2 : k + 1;
      if (!SIGN_UP_PREPOSITIONS.has(w(at))) return null;
      at++;
    } else if (FOUGHT_VERBS.has(word)) {
      at = prepositionAfter(k + 1);
      if (at < 0) return comrade ? { group: (comrade as Affiliation).group, rule: 'affiliation.comrade' } : null;
    } else if (MEMBER_NOUNS.has(word) && w(k + 1) === 'of') at = k + 2;
    if (at >= 0) {
      if (w(at) === 'up' && w(at + 1) === 'with') at += 2;
      const g = groupAt.get(groupStart(doc, at, sent.tokEnd, groupAt));
      return g ? { group: g, rule: 'affiliation.joined' } : null;
    }
    if (groupAt.has(k)) return null;
    if (!BRIDGE_WORDS.has(word) && !capitalOrNumber(k)) return null;
  }
  return null;
}

/**
 * Where a group's name starts after a member noun's preposition: past "the", a patron modifier ("the Turkey-backed
 * Free Syrian Army"), a capitalized adjective and a possessive country ("Syria's Kurdish People's Protection Units").
 */
function groupStart(doc: Doc, from: number, sentEnd: number, groupAt: Map<number, ActorMatch>): number {
  let k = from;
  const word = (i: number) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  while (k < Math.min(sentEnd, from + 5) && !groupAt.has(k)) {
    const t = word(k);
    if (t.toLowerCase() === 'the' || isPatronModifier(t) || isDemonymLike(doc, k)) k++;
    else if (/^\p{Lu}/u.test(t) && /^['\u2019]s$/.test(word(k + 1))) k += 2;
    else break;
  }
  return k;
}

/** A capitalized adjective such as "British" in "a British IS recruit" (a word, not the group itself). */
function isDemonymLike(doc: Doc, k: number): boolean {
  const t = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
  return /^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)$/u.test(t);
}
