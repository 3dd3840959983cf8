/**
 * Definite titles that no named person holds yet ("The home secretary confirmed", "But the Tory leader will argue",
 * "..., the defence secretary has said"): three rules that give such a title to a person named around it. They run
 * in this order, each seeing the links the one before made.
 */
import { TokFlag, tokenLower, type Doc } from '../model/doc.js';
import type { Role } from '../model/schema.js';
import { OFFICE_RANKS, REPORTING_VERBS } from '../lang/en/index.js';
import type { ActorMatch } from './actors/index.js';
import { nominalRole, nominalSubjectRole } from './roles.js';
import { sameRank, titleHeads, type PersonCluster } from './coref.js';
import { genderOfTitleWord } from './gender.js';
import { addRole, type Cluster, type PersonMention } from './clusters.js';

/** Links definite titles no one holds to the person named before (or, in an article's lead, after) them. */
export function linkUnheldTitles(
  doc: Doc,
  actors: readonly ActorMatch[],
  consumed: Uint8Array,
  personStarts: ReadonlySet<number>,
  clusters: Cluster[],
  personMentions: PersonMention[],
  firstPersonInSentence: Set<number>,
  clusterOf: Map<PersonCluster, Cluster>,
): void {
  linkTitleToPreviousSubject(doc, actors, consumed, personStarts, clusters, personMentions, firstPersonInSentence);
  linkNominalSubjectTitle(doc, actors, consumed, clusters, personMentions);
  leadTitleHolder(doc, actors, consumed, clusters, personMentions, clusterOf);
}

/** "The Queen", "the Pope": a sovereign is called by the title alone, not after someone else was named. */
const SOVEREIGN_TITLES: ReadonlySet<string> = new Set(['queen', 'king', 'pope', 'emperor', 'empress']);

/** How many capitalized words (a party or body: "the Tory leader") may stand between "The" and an unheld title. */
const MAX_TITLE_MODIFIERS = 2;

/**
 * coref.title-previous-subject: a sentence that opens with a definite title no one in the article holds ("The
 * home secretary confirmed …") goes on about the person the sentence before was about, when that sentence's
 * subject is a person with no other title: news names a person, then calls them by their office.
 */
function linkTitleToPreviousSubject(
  doc: Doc,
  actors: readonly ActorMatch[],
  consumed: Uint8Array,
  personStarts: ReadonlySet<number>,
  clusters: Cluster[],
  personMentions: PersonMention[],
  firstPersonInSentence: Set<number>,
): void {
  const lowerTok = (i: number) => tokenLower(doc, i);
  const linkedAt = new Set<number>();
  for (const cl of clusters) for (const m of cl.mentions) if (m.kind === 'nominal') linkedAt.add(m.tok);
  for (const a of actors) {
    if (a.kind !== 'title' || consumed[a.tokStart]) continue;
    const sent = doc.tokens.sentence[a.tokStart];
    const open = doc.sentences[sent].tokStart;
    if (sent === 0 || lowerTok(open) !== 'the' || linkedAt.has(open)) continue;
    const between = a.tokStart - open - 1;
    if (between < 0 || between > MAX_TITLE_MODIFIERS) continue;
    let plain = true;
    for (let k = open + 1; k < a.tokStart; k++) if (!(doc.tokens.flags[k] & TokFlag.Capitalized)) plain = false;
    for (let k = open + 1; k < a.tokEnd; k++)
      if (OFFICE_RANKS.has(lowerTok(k)) || lowerTok(k) === 'former') plain = false;
    if (!plain || personStarts.has(a.tokEnd)) continue;
    const heads = new Set(titleHeads(a.name).concat(lowerTok(a.tokEnd - 1)));
    const start = doc.tokens.start[open];
    const heldBefore = (r: Role) =>
      r.span.start < start && titleHeads(r.title).some((h) => heads.has(h)) && sameRank(doc, a.name, r);
    if (clusters.some((cl) => cl.person && cl.roles.some(heldBefore))) continue;
    const titleWord = lowerTok(a.tokEnd - 1);
    if (SOVEREIGN_TITLES.has(titleWord)) continue;
    const prevStart = doc.sentences[sent - 1].tokStart;
    const subject = personMentions.find((p) => p.subject && p.tok >= prevStart && p.tok < open);
    if (!subject) continue;
    // "The chancellor … by Alan Milburn": a title before that name in its sentence is whom the sentence is about.
    if (actors.some((t) => t.kind === 'title' && t.tokStart >= prevStart && t.tokStart < subject.tok)) continue;
    const g = genderOfTitleWord(titleWord);
    if (g !== 'unknown' && subject.cluster.gender !== 'unknown' && subject.cluster.gender !== g) continue;
    const cl = clusters.find((c) => c.person === subject.cluster);
    if (!cl || cl.roles.length > 0) continue;
    cl.mentions.push({
      start,
      end: a.end,
      kind: 'nominal',
      rule: 'coref.title-previous-subject',
      tok: open,
    });
    subject.cluster.mentionTokens.push(open);
    firstPersonInSentence.add(sent);
    // The title opens the sentence, so it is the subject; a name later in the sentence is not.
    for (const p of personMentions) if (p.tok > open && doc.tokens.sentence[p.tok] === sent) p.subject = false;
    personMentions.push({ cluster: subject.cluster, tok: open, subject: true });
  }
}

/**
 * `role.nominal-subject` (mention rule coref.title-subject): "Ann Morrow is to set out her plans ... But the Tory
 * leader will argue": a party's definite title as a sentence's subject, when the last named subject of the sentences
 * before is the article's first person, who has no role nor code yet, is that person's.
 */
function linkNominalSubjectTitle(
  doc: Doc,
  actors: readonly ActorMatch[],
  consumed: Uint8Array,
  clusters: Cluster[],
  personMentions: PersonMention[],
): void {
  const firstPerson = clusters.find((c) => c.person);
  for (const a of actors) {
    if (!firstPerson || firstPerson.roles.length > 0 || firstPerson.actor) break;
    if (a.kind !== 'title' || consumed[a.tokStart]) continue;
    const found = nominalSubjectRole(doc, a);
    if (!found) continue;
    const sent = doc.tokens.sentence[a.tokStart];
    let previousSubject: PersonCluster | null = null;
    let previousTok = -1;
    for (const p of personMentions)
      if (
        p.subject &&
        p.tok < a.tokStart &&
        p.tok > previousTok &&
        doc.tokens.sentence[p.tok] >= sent - SUBJECT_REACH
      ) {
        previousSubject = p.cluster;
        previousTok = p.tok;
      }
    if (previousSubject !== firstPerson.person) continue;
    const linked = personMentions.find((p) => p.tok === found.tok);
    if (linked) {
      // coref.title-previous-subject linked "The Tory leader" to this person but gives no role: give it here.
      if (linked.cluster !== firstPerson.person) continue;
      addRole(firstPerson.roles, found.role);
      return;
    }
    addRole(firstPerson.roles, found.role);
    const start = doc.tokens.start[found.tok];
    firstPerson.mentions.push({ start, end: a.end, kind: 'nominal', rule: 'coref.title-subject', tok: found.tok });
    firstPerson.person!.mentionTokens.push(found.tok);
    personMentions.push({ cluster: firstPerson.person!, tok: found.tok, subject: true });
    return;
  }
}

/** Auxiliaries between a subject and its reporting verb. */
const REPORTING_AUXILIARIES = new Set(['has', 'had', 'have']);
/** Sentences of an article's opening (headline and lead) whose unnamed title the next sentence may name. */
const LEAD_SENTENCES = 2;

/**
 * `role.lead-title`: "Smugglers ... will be stopped, the home secretary has said ... The patrols
 * would start soon, Tom Vale said": an article's lead reports an unnamed title's statement and the next sentence
 * reports a statement of the person it names, who has no role nor code: the title is theirs.
 */
function leadTitleHolder(
  doc: Doc,
  actors: readonly ActorMatch[],
  consumed: Uint8Array,
  clusters: Cluster[],
  personMentions: PersonMention[],
  clusterOf: Map<PersonCluster, Cluster>,
): void {
  const word = (i: number) => (i >= 0 && i < doc.tokens.count ? tokenLower(doc, i) : '');
  const reports = (k: number) =>
    REPORTING_VERBS.has(word(k)) || (REPORTING_AUXILIARIES.has(word(k)) && REPORTING_VERBS.has(word(k + 1)));
  for (const a of actors) {
    if (a.kind !== 'title' || consumed[a.tokStart] || word(a.tokStart - 1) !== 'the') continue;
    const sent = doc.tokens.sentence[a.tokStart];
    if (sent >= LEAD_SENTENCES || !reports(a.tokEnd)) continue;
    if (personMentions.some((p) => p.tok === a.tokStart - 1)) continue;
    const named = personMentions
      .filter((p) => doc.tokens.sentence[p.tok] === sent + 1)
      .sort((x, y) => x.tok - y.tok)[0];
    if (!named) continue;
    const cl = clusterOf.get(named.cluster);
    if (!cl || cl.roles.length > 0 || cl.actor || !clusters.includes(cl)) continue;
    const end = cl.mentions.find((m) => m.tok === named.tok)?.end;
    let after = named.tok;
    while (after < doc.tokens.count && end !== undefined && doc.tokens.start[after] < end) after++;
    if (!reports(after) && !REPORTING_VERBS.has(word(named.tok - 1))) continue;
    const role = nominalRole(doc, a, 'role.lead-title');
    if (!role) continue;
    addRole(cl.roles, role);
    const start = doc.tokens.start[a.tokStart - 1];
    cl.mentions.push({ start, end: a.end, kind: 'nominal', rule: 'coref.lead-title', tok: a.tokStart - 1 });
    named.cluster.mentionTokens.push(a.tokStart - 1);
    return;
  }
}

/** Sentences back within which a nominal subject's antecedent was named as a subject. */
const SUBJECT_REACH = 3;
