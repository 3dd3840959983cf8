/**
 * The entity stage: tagger spans + actor lexicon -> name mentions; roles from title chains and appositions;
 * in-article coreference (name variants, nominal titles, pronouns) -> one entity per real-world thing.
 */
import { placeEntities } from '../places/index.js';
import { TokKind, tokenLower, type Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { ActorCode, Entity, Mention } from '../model/schema.js';
import { runTagger } from './tagger/index.js';
import { matchActors, composeActorCode, lookupActor, splitActorCode, type ActorMatch } from './actors/index.js';
import { nameCandidates, recast, type NameCandidate } from './candidates.js';
import { findRoles, nationalityBefore } from './roles.js';
import { isOccupationTitle, PROFESSION_SECTORS } from './occupations.js';
import { STATE_SECTORS, TRANSNATIONAL_CODE } from './organization-roles.js';
import {
  genderFromName,
  matchFirstName,
  matchPersonName,
  resolvePronoun,
  sameRank,
  titleHeads,
  type PersonCluster,
} from './coref.js';
import { genderOfPronoun, genderOfTitleWord, MALE_PRONOUNS, FEMALE_PRONOUNS } from './gender.js';
import { mapPacked } from '../model/arrays.js';
import { mergeAliases, mergeNameVariants } from './merge.js';
import { acronymOrganizations } from './acronym-organizations.js';
import { affiliationOf, isArmedGroup, type Affiliation } from './affiliation.js';
import { partyCountryMentions } from './party-mentions.js';
import { surnameForm, surnameHolderCode, titledSurnameHolderCodes } from './actors/surnames.js';
import { dayNumber } from './actors/dated.js';
import { HONORIFICS } from '../lang/en/index.js';
import { firstNameHonorific, kinshipGender, retypePeople, retypePersonCandidates } from './person-cues.js';
import { addRole, type Cluster, type PersonMention } from './clusters.js';
import { linkUnheldTitles } from './unheld-titles.js';

/** Rules of the user-dictionary entries that a store's actor memory passes in (store/actor-memory.ts). */
export const MEMORY_RULE = 'actors:user:memory:';

export function runEntities(doc: Doc, options: AnalyzeOptions): void {
  const tags = runTagger(doc);
  doc.nerSpans = tags;
  doc.actorMatches = matchActors(doc, options.dictionaries);
  const actors = mapPacked(doc.actorMatches, promoteInstitution);
  const byStart = new Map<number, ActorMatch>();
  const byEnd = new Map<number, ActorMatch>();
  for (const a of actors) {
    byStart.set(a.tokStart, a);
    byEnd.set(a.tokEnd, a);
  }
  const acronyms = acronymOrganizations(doc, byStart);
  for (const a of acronyms) {
    byStart.set(a.tokStart, a);
    byEnd.set(a.tokEnd, a);
  }
  if (acronyms.length > 0) {
    actors.push(...acronyms);
    actors.sort((x, y) => x.tokStart - y.tokStart);
  }
  const cands = nameCandidates(doc, tags, actors);
  retypePeople(doc, cands, byStart);
  retypePersonCandidates(doc, cands);
  const lowerTok = (i: number) => tokenLower(doc, i);

  const clusters: Cluster[] = [];
  const persons: PersonCluster[] = [];
  /** Person clusters by the last token of their name: a name variant always shares it ("Rubio" ~ "Marco Rubio"). */
  const personsByLast = new Map<string, PersonCluster[]>();
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<PersonCluster, Cluster>();
  const consumed = new Uint8Array(doc.tokens.count);
  const personStarts = new Set<number>();
  const personMentions: PersonMention[] = [];
  const firstPersonInSentence = new Set<number>();

  for (const cand of cands) {
    if (cand.type === 'PERSON') {
      const name = withoutLeadingTitles(cand, byStart);
      if (name.tokEnd <= name.tokStart) continue;
      addPerson(name);
    } else {
      addOther(cand);
    }
  }

  function addPerson(cand: NameCandidate): void {
    const roles = findRoles(doc, cand, byStart, byEnd);
    for (const r of roles) consumed.fill(1, r.tokStart, r.tokEnd);
    const nameTokens: string[] = [];
    for (let i = cand.tokStart; i < cand.tokEnd; i++) {
      const w = lowerTok(i);
      if (w !== "'s" && w !== '’s') nameTokens.push(surnameForm(w));
    }
    // "Ms Begum" is "Shamima Begum": the honorific is no part of the name, but it tells the gender.
    let honorific = cand.tokStart > 0 ? lowerTok(cand.tokStart - 1) : '';
    while (nameTokens.length > 1 && (HONORIFICS.has(nameTokens[0]) || nameTokens[0] === '.')) {
      const w = nameTokens.shift()!;
      if (w !== '.') honorific = w;
    }
    const prev = honorific;
    const lastToken = nameTokens[nameTokens.length - 1] ?? '';
    const said = HONORIFICS.has(prev) ? genderOfTitleWord(prev) : 'unknown';
    const sameLast = (personsByLast.get(lastToken) ?? []).filter(
      (c) => said === 'unknown' || c.gender === 'unknown' || c.gender === said,
    );
    let pc = matchPersonName(sameLast, nameTokens, cand.tokStart);
    let rule = cand.rule;
    if (!pc && (!HONORIFICS.has(prev) || firstNameHonorific(prev))) {
      pc = matchFirstName(persons, nameTokens);
      if (pc) rule = firstNameHonorific(prev) ? 'coref.first-name-knight' : 'coref.first-name';
    }
    let cl: Cluster;
    const start = doc.tokens.start[cand.tokStart];
    const end = doc.tokens.end[cand.tokEnd - 1];
    if (!pc) {
      pc = { index: persons.length, nameTokens, gender: 'unknown', roles: [], mentionTokens: [] };
      persons.push(pc);
      const same = personsByLast.get(lastToken);
      if (same) same.push(pc);
      else personsByLast.set(lastToken, [pc]);
      cl = {
        type: 'PERSON',
        name: doc.text.slice(start, end),
        roles: [],
        country: null,
        actor: null,
        rule: cand.rule,
        mentions: [],
        person: pc,
      };
      clusters.push(cl);
      clusterOf.set(pc, cl);
    } else {
      cl = clusterOf.get(pc)!;
      if (nameTokens.length > pc.nameTokens.length) {
        pc.nameTokens = nameTokens;
        cl.name = doc.text.slice(start, end);
      }
    }
    if (pc.gender === 'unknown') {
      const titleWords = [prev, ...roles.flatMap((r) => r.role.title.toLowerCase().split(/\s+/))];
      if (HONORIFICS.has(prev) || roles.length) pc.gender = genderFromName(pc.nameTokens, titleWords);
      if (pc.gender === 'unknown') pc.gender = genderFromName(pc.nameTokens, []);
      if (pc.gender === 'unknown') pc.gender = kinshipGender(prev);
    }
    if (HONORIFICS.has(prev)) cl.honorific = true;
    for (const r of roles) addRole(cl.roles, r.role);
    if (!cl.country && roles.length === 0) cl.country = nationalityBefore(doc, cand, byEnd);
    pc.roles = cl.roles;
    if (cand.actor && (cand.actor.kind === 'person' || cand.actor.kind === 'org') && cand.actor.code && !cl.actor) {
      cl.actor = actorOf(cand.actor);
      cl.country = cand.actor.country;
    }
    cl.mentions.push({ start, end, kind: 'name', rule, tok: cand.tokStart });
    pc.mentionTokens.push(cand.tokStart);
    personStarts.add(cand.tokStart);
    const sent = doc.tokens.sentence[cand.tokStart];
    const subject = !firstPersonInSentence.has(sent);
    firstPersonInSentence.add(sent);
    personMentions.push({ cluster: pc, tok: cand.tokStart, subject });
  }

  function addOther(cand: NameCandidate): void {
    const start = doc.tokens.start[cand.tokStart];
    const end = doc.tokens.end[cand.tokEnd - 1];
    const text = doc.text.slice(start, end);
    const a = cand.actor;
    const key =
      a && (a.kind === 'country' || a.kind === 'igo')
        ? `code:${a.code}`
        : `${cand.type}:${(a?.name ?? text).toLowerCase().replace(/^the\s+/, '')}`;
    let cl = byKey.get(key);
    if (!cl) {
      cl = {
        type: cand.type,
        name:
          a && (a.kind === 'country' || a.kind === 'igo' || a.kind === 'institution') && a.name !== a.name.toUpperCase()
            ? a.name
            : text,
        roles: [],
        country: a?.country ?? null,
        actor: a ? actorOf(a) : null,
        rule: cand.rule,
        mentions: [],
      };
      byKey.set(key, cl);
      clusters.push(cl);
    }
    cl.mentions.push({
      start,
      end,
      kind: cand.type === 'NORP' ? 'demonym' : 'name',
      rule: cand.rule,
      tok: cand.tokStart,
    });
  }

  // Nominal titles: "the secretary", "The President" -> the person holding a matching role, most recent first.
  for (const a of actors) {
    if (a.kind !== 'title' || consumed[a.tokStart]) continue;
    const det = a.tokStart > 0 ? lowerTok(a.tokStart - 1) : '';
    if (det !== 'the') continue;
    // A name right after the title (or after ", ") makes it a role, not a nominal mention.
    const next = a.tokEnd;
    if (personStarts.has(next) || (next + 1 < doc.tokens.count && lowerTok(next) === ',' && personStarts.has(next + 1)))
      continue;
    const word = lowerTok(a.tokEnd - 1);
    const heads = new Set(titleHeads(a.name).concat(word));
    let best: Cluster | null = null;
    let bestTok = -1;
    for (const cl of clusters) {
      if (!cl.person) continue;
      if (!cl.roles.some((r) => titleHeads(r.title).some((h) => heads.has(h)) && sameRank(doc, a.name, r))) continue;
      const last = lastMentionBefore(cl, a.tokStart);
      if (last > bestTok) {
        bestTok = last;
        best = cl;
      }
    }
    if (!best) continue;
    const start = doc.tokens.start[a.tokStart - 1];
    best.mentions.push({ start, end: a.end, kind: 'nominal', rule: 'coref.title-nominal', tok: a.tokStart - 1 });
    best.person!.mentionTokens.push(a.tokStart - 1);
    const sent = doc.tokens.sentence[a.tokStart];
    const subject = !firstPersonInSentence.has(sent) || isSentenceInitial(doc, a.tokStart - 1);
    firstPersonInSentence.add(sent);
    personMentions.push({ cluster: best.person!, tok: a.tokStart - 1, subject });
  }

  linkUnheldTitles(doc, actors, consumed, personStarts, clusters, personMentions, firstPersonInSentence, clusterOf);

  inferGenderFromPronouns(doc, clusters);

  // Pronouns, in document order.
  personMentions.sort((a, b) => a.tok - b.tok);
  for (let i = 0; i < doc.tokens.count; i++) {
    const w = pronounAt(doc, i);
    if (!w) continue;
    const pc = resolvePronoun(doc, w, i, personMentions);
    if (!pc) continue;
    const cl = clusterOf.get(pc)!;
    cl.mentions.push({
      start: doc.tokens.start[i],
      end: doc.tokens.end[i],
      kind: 'pronoun',
      rule: `coref.pronoun.${genderOfPronoun(w)}`,
      tok: i,
    });
  }

  mergeAliases(doc, clusters);
  findAffiliations(doc, actors, clusters);
  mergeNameVariants(doc.text, clusters);
  emit(doc, clusters, byStart);
}

/** Each person's armed group from the first of their mentions that a rule of affiliation.ts ties to one. */
function findAffiliations(doc: Doc, actors: ActorMatch[], clusters: Cluster[]): void {
  const groupAt = new Map<number, ActorMatch>();
  const groupByEnd = new Map<number, ActorMatch>();
  for (const a of actors)
    if (isArmedGroup(a)) {
      groupAt.set(a.tokStart, a);
      groupByEnd.set(a.tokEnd, a);
    }
  if (groupAt.size === 0) return;
  const owner = new Map<number, Cluster>();
  for (const cl of clusters) if (cl.person) for (const m of cl.mentions) owner.set(m.tok, cl);
  const comradeAt = (tok: number): Affiliation | null => owner.get(tok)?.affiliation ?? null;
  // A second pass reads comrades ("volunteered alongside Hall") whose group the first pass found.
  for (let pass = 0; pass < 2; pass++)
    for (const cl of clusters) {
      if (!cl.person || cl.affiliation) continue;
      for (const m of [...cl.mentions].sort((x, y) => x.tok - y.tok)) {
        let end = m.tok;
        while (end < doc.tokens.count && doc.tokens.start[end] < m.end) end++;
        const other = (tok: number) => {
          const o = owner.get(tok);
          return o !== undefined && o !== cl;
        };
        const found = affiliationOf(doc, m.tok, end, groupAt, groupByEnd, other, m.kind === 'name', comradeAt);
        if (found) {
          cl.affiliation = found;
          break;
        }
      }
    }
}

/** A match's code as an entity's actor, with where it came from (a store's memory comes as a user dictionary). */
function actorOf(a: ActorMatch): ActorCode {
  const source = a.rule.startsWith(MEMORY_RULE) ? 'memory' : 'dictionary';
  return { code: a.code, country: a.country, sector: a.sector, source };
}

/**
 * A person's code from the titles the text gives them: a title with a country and a sector ("US President", "former
 * Foreign Secretary") is what the article says of the person now, so it wins over a dictionary code of another
 * country or sector; a title without a country takes the person's country from the dictionary or a demonym.
 */
function codeFromRoles(
  cl: Cluster,
  mainCountry: string | null,
  headHeld: boolean,
  sentenceCountry: (charStart: number) => string | null,
  legislatureCountry: string | null,
): void {
  // An organization named after the name says less than a dictionary's or the memory's code: it only fills a gap.
  const a0 = cl.actor;
  const roles = a0
    ? cl.roles.filter(
        (r) => !ORGANIZATION_ONLY_RULES.has(r.rule) || (r.country === a0.country && r.sector === a0.sector),
      )
    : cl.roles;
  // `role.igo-office`: "X, the EU commissioner," is the organization's official now, whatever office a dictionary
  // says the person once held at home (ELI).
  const igoRole = a0?.sector === 'ELI' ? roles.find((r) => r.code?.startsWith('IGO') && !r.country) : undefined;
  if (igoRole?.code) {
    const parts = splitActorCode(igoRole.code);
    cl.actor = { code: igoRole.code, country: parts.country, sector: parts.sector, source: 'title' };
    return;
  }
  const withCountry = roles.find((r) => r.country);
  if (withCountry && !cl.country) cl.country = withCountry.country;
  const role =
    roles.find((r) => r.sector && r.country && r.rule !== 'role.relative-clause') ??
    roles.find((r) => r.sector && (r.country === cl.country || !r.country));
  // "the prime minister, X" with no country anywhere: the office of the country the article is about. Not for a bare
  // surname (the dictionary cannot say whether "Putin" is another country's), nor for an office held abroad.
  const home =
    role?.sector &&
    HOME_SECTORS.has(role.sector) &&
    !role.code &&
    !ABROAD_TITLES.has(role.title.toLowerCase()) &&
    // `role.article-head-held`: a head office another named person of that country holds is another country's.
    !(headHeld && HEAD_TITLES.has(role.title.toLowerCase())) &&
    (cl.person?.nameTokens.length ?? 0) >= 2
      ? ((isOccupationTitle(role.title) ? null : sentenceCountry(role.span.start)) ??
        (role.sector === 'LEG' ? legislatureCountry : null) ??
        mainCountry)
      : null;
  const country = role?.country ?? cl.country ?? home;
  if (role && country) {
    const a = cl.actor;
    if (a && a.sector && a.country === country && (a.sector === role.sector || sameOffice(a.sector, role.sector))) {
      // The article's own title is the evidence for what the memory also knew.
      if (a.source === 'memory' && role.country) cl.actor = { ...a, source: 'title' };
      return;
    }
    // A country taken from the article (not the text's title or the person's entry) is a guess: source `article`.
    const source = !role.country && !cl.country ? 'article' : 'title';
    cl.actor = { code: composeActorCode(country, role.sector), country, sector: role.sector, source };
    cl.country = country;
  } else if (cl.country && !cl.actor) {
    cl.actor = { code: composeActorCode(cl.country, null), country: cl.country, sector: null, source: 'title' };
  } else if (!cl.actor && role?.code && TRANSNATIONAL_CODE.test(role.code)) {
    // "Unicef's regional director": the organization's own code (IGOUNOKID), which no country qualifies.
    const parts = splitActorCode(role.code);
    cl.actor = { code: role.code, country: parts.country, sector: parts.sector, source: 'title' };
  } else if (!cl.actor && role?.sector && PROFESSION_SECTORS.has(role.sector)) {
    // "X, a journalist,": the occupation's sector alone, with no country the text gives.
    cl.actor = { code: role.sector, country: null, sector: role.sector, source: 'title' };
  }
}

/**
 * `actor.surname-holder`: "Mr Brown" in an article about Britain with no "Gordon Brown" is the one office-holder of the
 * main country the dictionaries list with that surname on the article's date (none when two hold different offices).
 */
function codeFromSurname(doc: Doc, cl: Cluster, mainCountry: string | null): void {
  if (cl.actor || cl.person?.nameTokens.length !== 1) return;
  // `actor.titled-surname`: "President Bush" is the one head of state or government of that surname on the date.
  const head = cl.roles.find((r) => HEAD_TITLES.has(r.title.toLowerCase()) && !r.country && r.sector === 'GOV');
  if (!head && !(cl.honorific && mainCountry)) return;
  const surname = cl.person.nameTokens[0];
  const code = head
    ? titledHolder(doc, titledSurnameHolderCodes(surname, dayNumber(doc.dct), 'GOV'))
    : surnameHolderCode(surname, dayNumber(doc.dct), mainCountry!);
  if (!code) return;
  const parts = splitActorCode(code);
  cl.actor = { code, country: parts.country, sector: parts.sector, source: 'dictionary' };
  cl.country = parts.country;
}

/** The one holder's code whose country the article names ("President Carter's" alone names no country). */
function titledHolder(doc: Doc, codes: string[]): string | null {
  const named = new Set<string>();
  for (const m of doc.actorMatches ?? [])
    if ((m.kind === 'country' || m.kind === 'demonym' || m.kind === 'capital') && m.country) named.add(m.country);
  const fits = codes.filter((c) => named.has(splitActorCode(c).country ?? ''));
  return fits.length === 1 ? fits[0] : null;
}

/** Words before a country that make it the other party, not the office's: "talks with Iran, the foreign minister". */
const PARTNER_WORDS = new Set(['with', 'against', 'to', 'from', 'and', 'between', 'toward', 'towards', 'on']);
/** Tokens after a country within which a title makes the country that title's ("Moldovan foreign minister"). */
const TITLE_REACH = 3;

/**
 * `role.sentence-country`: the one country that the sentence names before a title without a country ("France ..., with
 * the defence minister, X"; "Across the Iraqi border, ..., X, the deputy commander"), or null when it names none or
 * several. A country after a word of relation ("talks with Iran") is another party's.
 */
function sentenceCountryBefore(doc: Doc, charStart: number): string | null {
  const sent = doc.sentences.find((x) => x.start <= charStart && charStart < x.end);
  if (!sent || !doc.actorMatches) return null;
  let found: string | null = null;
  const titleStarts = new Set<number>();
  for (const m of doc.actorMatches) if (m.kind === 'title') titleStarts.add(m.tokStart);
  for (const m of doc.actorMatches) {
    if (m.start < sent.start || m.start >= charStart || !m.country) continue;
    if (m.kind !== 'country' && m.kind !== 'demonym') continue;
    const before = m.tokStart > sent.tokStart ? tokenLower(doc, m.tokStart - 1) : '';
    if (PARTNER_WORDS.has(before)) return null;
    // "US forces have not acted, and opposition spokesman X": a country of another clause.
    if (clauseBreakBetween(doc, m.tokEnd, charStart)) continue;
    // "The Moldovan foreign minister, X, met former minister Y": the country is another office's.
    for (let k = m.tokEnd; k < m.tokEnd + TITLE_REACH; k++) if (titleStarts.has(k)) return null;
    if (found && found !== m.country) return null;
    found = m.country;
  }
  return found;
}

/**
 * `role.legislature-country`: the country of the one legislature an article names ("the House of Commons"), which a
 * legislator's title without a country ("X, the MP for Grantham,") takes before the country the article is about.
 */
function legislatureCountryOf(doc: Doc): string | null {
  let found: string | null = null;
  for (const m of doc.actorMatches ?? []) {
    if (m.kind !== 'institution' || m.sector !== 'LEG' || !m.country) continue;
    if (found && found !== m.country) return null;
    found = m.country;
  }
  return found;
}

/** Words after a comma that open another clause: ", and opposition spokesman X". */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);

/** A semicolon or a comma and a conjunction between token `from` and the character `charEnd`. */
function clauseBreakBetween(doc: Doc, from: number, charEnd: number): boolean {
  for (let k = from; k + 1 < doc.tokens.count && doc.tokens.start[k] < charEnd; k++) {
    const w = tokenLower(doc, k);
    if (w === ';' || (w === ',' && CLAUSE_CONJUNCTIONS.has(tokenLower(doc, k + 1)))) return true;
  }
  return false;
}

/** Roles read from an organization next to a name without a title ("X of Amnesty International"). */
const ORGANIZATION_ONLY_RULES = new Set(['role.organization', 'role.byline']);

/** Offices held in another country than the one they serve: no article's main country is theirs. */
const ABROAD_TITLES = new Set(['ambassador', 'envoy', 'special envoy', 'high commissioner', 'consul general']);
/**
 * Offices one person holds at a time: a second holder in one article is of another country; a surname alone after
 * one names its holder ("President Bush").
 */
const HEAD_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir']);
/** Sectors of a national office, held or once held, that a title without a country may take from the article. */
const OFFICE_SECTORS = new Set([...STATE_SECTORS, 'OPP', 'ELI']);
/** Sectors a role without a country takes the article's country for: offices, and charities ("Charity boss X"). */
const HOME_SECTORS = new Set([...OFFICE_SECTORS, 'NGO']);

/**
 * The country an article is about: its dateline's, else the country with the most mentions (countries, capitals,
 * demonyms, parties named alone), when it has twice the mentions of any other; null when none stands out.
 */
function mainCountryOf(clusters: Cluster[], partyMentions: Map<string, number>): string | null {
  const counts = new Map(partyMentions);
  for (const cl of clusters) {
    if (cl.person || !cl.country || (cl.type !== 'GPE' && cl.type !== 'NORP')) continue;
    if (cl.rule === 'dateline.place') return cl.country;
    counts.set(cl.country, (counts.get(cl.country) ?? 0) + cl.mentions.length);
  }
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = c;
    } else if (n > second) second = n;
  }
  return top >= 2 && top >= 2 * second ? best : null;
}
/**
 * A role's sector that the dictionary's says already: a state office, or a rank ("Gen X") of a head of state or
 * government whose office the dictionary dates.
 */
function sameOffice(dictSector: string, roleSector: string | null): boolean {
  return (roleSector === 'GOV' && STATE_SECTORS.has(dictSector)) || (roleSector === 'MIL' && dictSector === 'GOV');
}

/** "the state department" is matched as a sector noun; when the phrase also names an institution, read it as one. */
const institutionOfAgent = new Map<string, ReturnType<typeof lookupActor>[number] | null>();

function promoteInstitution(a: ActorMatch): ActorMatch {
  if (a.kind !== 'agent') return a;
  let inst = institutionOfAgent.get(a.name);
  if (inst === undefined) {
    inst = lookupActor(a.name, ['institution'])[0] ?? null;
    institutionOfAgent.set(a.name, inst);
  }
  return inst
    ? {
        ...a,
        kind: 'institution',
        code: inst.code,
        country: inst.country,
        sector: inst.sector,
        name: inst.name,
        rule: `${a.rule}+institution`,
      }
    : a;
}

/** The candidate without the titles it opens with (a new object, as `recast` says why). */
function withoutLeadingTitles(cand: NameCandidate, byStart: Map<number, ActorMatch>): NameCandidate {
  let start = cand.tokStart;
  for (;;) {
    const m = byStart.get(start);
    if (!m || m.kind !== 'title' || m.tokEnd >= cand.tokEnd) break;
    start = m.tokEnd;
  }
  return start === cand.tokStart ? cand : recast(cand, cand.type, cand.rule, start);
}

function lastMentionBefore(cl: Cluster, tok: number): number {
  let best = -1;
  for (const m of cl.mentions) if (m.tok < tok && m.tok > best) best = m.tok;
  return best;
}

function isSentenceInitial(doc: Doc, tok: number): boolean {
  return doc.sentences[doc.tokens.sentence[tok]].tokStart === tok;
}

/** The lower-cased third-person singular pronoun at token i, or null
 * (tested on char codes before any string is made). */
function pronounAt(doc: Doc, i: number): string | null {
  const t = doc.tokens;
  const len = t.end[i] - t.start[i];
  if (t.kind[i] !== TokKind.Word || len < 2 || len > 7) return null;
  const c0 = doc.text.charCodeAt(t.start[i]) | 0x20;
  if (c0 !== 0x68 && c0 !== 0x73) return null; // h, s
  const w = doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  return MALE_PRONOUNS.has(w) || FEMALE_PRONOUNS.has(w) ? w : null;
}

/** "Levitt said she will ..." — a lone person in a sentence followed by a gendered pronoun reveals its gender. */
function inferGenderFromPronouns(doc: Doc, clusters: Cluster[]): void {
  const votes = new Map<PersonCluster, { male: number; female: number }>();
  const bySentence = new Map<number, Set<PersonCluster>>();
  for (const cl of clusters) {
    if (!cl.person || cl.person.gender !== 'unknown') continue;
    for (const m of cl.mentions) {
      const s = doc.tokens.sentence[m.tok];
      let set = bySentence.get(s);
      if (!set) bySentence.set(s, (set = new Set()));
      set.add(cl.person);
    }
  }
  const allPersonsBySentence = new Map<number, number>();
  for (const cl of clusters) {
    if (!cl.person) continue;
    for (const m of cl.mentions) {
      const s = doc.tokens.sentence[m.tok];
      allPersonsBySentence.set(s, (allPersonsBySentence.get(s) ?? 0) + 1);
    }
  }
  for (const [s, set] of bySentence) {
    if (set.size !== 1 || (allPersonsBySentence.get(s) ?? 0) !== 1) continue;
    const pc = [...set][0];
    const sent = doc.sentences[s];
    for (let i = sent.tokStart; i < sent.tokEnd; i++) {
      const w = pronounAt(doc, i);
      if (!w) continue;
      const g = genderOfPronoun(w);
      if (g === 'unknown') continue;
      let v = votes.get(pc);
      if (!v) votes.set(pc, (v = { male: 0, female: 0 }));
      v[g]++;
    }
  }
  for (const [pc, v] of votes) if (v.male !== v.female) pc.gender = v.male > v.female ? 'male' : 'female';
}

/** Sectors of fighting forces: their titles ("commander") are held in armed groups as well as in armies. */
const MILITARY_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB', 'INS', 'UAF']);

function emit(doc: Doc, clusters: Cluster[], byStart: Map<number, ActorMatch>): void {
  // Entities in order of first mention; mentions in text order.
  for (const cl of clusters) cl.mentions.sort((a, b) => a.start - b.start);
  const ordered = clusters
    .filter((c) => c.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const mainCountry = mainCountryOf(
    ordered,
    partyCountryMentions(doc, (tok) => byStart.get(tok)?.kind === 'title'),
  );
  // Whether a person the dictionary or a title with a country codes as the main country's government is named.
  const headHeld = ordered.some(
    (c) => c.person && c.actor?.country === mainCountry && c.actor.sector === 'GOV' && c.actor.source !== 'article',
  );
  const legislature = legislatureCountryOf(doc);
  ordered.forEach((cl, idx) => {
    const id = `e${idx + 1}`;
    if (cl.person) {
      codeFromSurname(doc, cl, mainCountry);
      codeFromRoles(cl, mainCountry, headHeld, (charStart) => sentenceCountryBefore(doc, charStart), legislature);
    }
    // A title with a sector ("Defence Secretary") says more of the person now than a group they joined; a military
    // title the text gives no country ("commander"), or one with only the article's country, is the group's own.
    const groupTitle = (sector: string, country: string | null, guessed: boolean): boolean =>
      MILITARY_SECTORS.has(sector) && (!country || guessed);
    // A title in the group itself ("a Free Syrian Army commander") is the group's own.
    const inGroup = (r: { code?: string | null }): boolean => !!r.code && r.code === cl.affiliation?.group.code;
    if (
      cl.affiliation &&
      !(
        cl.actor?.sector &&
        !PROFESSION_SECTORS.has(cl.actor.sector) &&
        !groupTitle(cl.actor.sector, cl.actor.country, cl.actor.source === 'article') &&
        !(cl.actor.source === 'title' && cl.roles.some(inGroup))
      ) &&
      !cl.roles.some(
        (r) => r.sector && !PROFESSION_SECTORS.has(r.sector) && !groupTitle(r.sector, r.country, false) && !inGroup(r),
      )
    ) {
      const g = cl.affiliation.group;
      cl.actor = { code: g.code, country: g.country, sector: g.sector, source: 'affiliation' };
    }
    const mentionIds: string[] = [];
    for (const m of cl.mentions) {
      const mid = `m${mentions.length + 1}`;
      mentionIds.push(mid);
      mentions.push({
        id: mid,
        entityId: id,
        span: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) },
        kind: m.kind,
        rule: m.rule,
      });
    }
    entities.push({
      id,
      type: cl.type,
      name: cl.name,
      mentionIds,
      roles: cl.roles,
      country: cl.country,
      actor: cl.actor,
      rule: cl.rule,
    });
  });
  mentions.sort((a, b) => a.span.start - b.span.start);
  doc.entities = entities;
  doc.mentions = mentions;
  placeEntities(doc);
}
