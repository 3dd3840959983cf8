/**
 * Roles and titles of people: the modifier chain before a name ("Pakistani Prime Minister Shehbaz Sharif",
 * "White House spokesperson Karoline Levitt", "US President Donald Trump") and appositions after it
 * ("Tammy Bruce, the state department spokesperson," / "Marco Rubio, who is ... as the president's national
 * security adviser"). A role takes its country from a demonym, country or institution in the same chain, else
 * from the title itself (country-specific titles such as "External Affairs Minister").
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import type { Role } from '../model/schema.js';
import type { ActorMatch } from './actors/index.js';
import type { NameCandidate } from './candidates.js';
import { ARTICLES, HONORIFICS, POSSESSIVE_DETERMINERS, REPORTING_VERBS } from '../lang/en/index.js';
import { genericOrganization, namedOrganization } from './organizations.js';
import { opensSentence } from './opening-titles.js';
import { asTitle, isSectorNounTitle, PLACE_KINDS, titleBeforeScope } from './title-scope.js';
import { partyEndingAt, partyGoverns, partyStartingAt, type PartyMatch } from './actors/parties.js';
import {
  ORGANIZATION_KINDS,
  ADVISER_TITLES,
  MEMBER_PREPOSITIONS,
  officeSector,
  organizationAfterName,
  organizationAfterTitle,
  organizationCountry,
  TRANSNATIONAL_CODE,
} from './organization-roles.js';
import { partyBefore, partyMemberRole, partyNameRole } from './party-roles.js';

const CHAIN_KINDS = new Set(['title', 'demonym', 'country', 'institution', 'igo', 'capital', 'org']);
/** Words that may stand inside a title chain without being part of a listed title. */
const CHAIN_FILLERS = new Set([
  'former',
  'acting',
  'deputy',
  'then',
  'interim',
  'outgoing',
  'incoming',
  'new',
  'chief',
  'top',
  'senior',
  'vice',
  'regional',
  'lead',
  'special',
  'presidential',
  'federal',
  'foreign',
  'defence',
  'defense',
  'of',
  'the',
  "'s",
  '’s',
]);
/** Words between a title and its institution after a name. */
const OFFICE_PREPOSITIONS = new Set(['at', 'for', 'in', 'of', 'with']);

/** "the shadow home secretary": the opposition's spokesperson for an office (CAMEO's OPP). */
const SHADOW = 'shadow';

/** Fillers that say the office is no longer held ("former minister", "then president"): CAMEO's ELI. */
const PAST_OFFICE = new Set(['former', 'then', 'ex', 'erstwhile', 'late']);

/** Determiners that may open an apposition or a title chain ("its foreign minister"). */
const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);
const RELATIVE_VERBS = new Set([
  'is',
  'was',
  'has',
  'had',
  'been',
  'serves',
  'served',
  'serving',
  'acts',
  'acting',
  'doubling',
  'doubles',
  'up',
  'temporarily',
  'also',
  'now',
  'currently',
  'who',
  'as',
]);

/**
 * Titles that name one country's office by themselves. "Secretary of State" is the US office in news usage
 * (the British ones are "Secretary of State for ..."); India's foreign minister is the "External Affairs Minister".
 */
const COUNTRY_TITLES = new Map<string, string>([
  ['secretary of state', 'USA'],
  ['external affairs minister', 'IND'],
  ['minister of external affairs', 'IND'],
  ['chancellor of the exchequer', 'GBR'],
  ['foreign secretary', 'GBR'],
  ['home secretary', 'GBR'],
  ['leader of the house of commons', 'GBR'],
  ['leader of the house of lords', 'GBR'],
  ['taoiseach', 'IRL'],
  ['tanaiste', 'IRL'],
  ['bundeskanzler', 'DEU'],
]);

/** Nouns that describe a person's standing without being an office: "her Spanish counterpart Luis Ortega". */
const PERSON_NOUNS = new Set([
  'counterpart',
  'counterparts',
  'envoy',
  'leader',
  'official',
  'diplomat',
  'negotiator',
  'citizen',
  'national',
  'journalist',
  'activist',
  'opposition',
  'politician',
  'lawmaker',
  'businessman',
  'businesswoman',
  'tycoon',
  'cleric',
  'commander',
  'militant',
]);

/**
 * A person's country from a demonym or country right before the name, with no title between:
 * "Spanish counterpart Luis Ortega", "Indian national Ravi Kumar", "Pakistani Ali Khan".
 */
export function nationalityBefore(
  doc: Doc,
  person: NameCandidate,
  actorsByEnd: Map<number, ActorMatch>,
): string | null {
  let i = person.tokStart;
  const floor = Math.max(0, i - 3);
  while (i > floor && PERSON_NOUNS.has(lower(doc, i - 1))) i--;
  const m = actorsByEnd.get(i);
  if (m && (m.kind === 'demonym' || m.kind === 'country') && m.country) return m.country;
  return null;
}

export interface RoleFinding {
  role: Role;
  /** Tokens consumed by the role (so the nominal pass does not read "the spokesperson" in it as a new mention). */
  tokStart: number;
  tokEnd: number;
}

/** Build a role from a chain of actor matches, the last of which is a title. */
function roleFromChain(
  doc: Doc,
  chain: ActorMatch[],
  rule: string,
  past = false,
  party: PartyMatch | null = null,
  shadow = false,
): Role | null {
  let last = chain.length - 1;
  while (last >= 0 && chain[last].kind !== 'title') last--;
  const title = chain[last];
  if (!title || title.kind !== 'title') return null;
  let country: string | null = null;
  let organization: string | null = null;
  let sector: string | null = title.sector;
  // `role.sector-noun-title`: the noun's sector is a country's body ("Turkish government spokesman"), not a party's
  // portfolio ("Conservative local government spokesman") nor a title with no country in the chain.
  if (isSectorNounTitle(title) && (party || !chain.some((m) => m !== title && m.country))) sector = null;
  let org: ActorMatch | undefined;
  for (const m of chain) if (m !== title && ORGANIZATION_KINDS.has(m.kind)) org = m;
  const orgCountry = org ? organizationCountry(org) : null;
  // A delegate's country stands before the organization ("Syria's UN ambassador"); after it, the country is the
  // delegate's concern ("the UN's special Syria envoy").
  const ownerEnd = org ? chain.indexOf(org) : chain.indexOf(title);
  let countryBefore: string | null = null;
  chain.forEach((m, idx) => {
    if (m === title || m === org) return;
    // "charity boss": a sector noun gives a title without one its sector.
    if (m.kind === 'agent') {
      sector ??= m.sector;
      return;
    }
    if (m.country && !country) country = m.country;
    if (m.country && !countryBefore && idx < ownerEnd) countryBefore = m.country;
  });
  sector = officeSector(title.name, sector, org ?? null, countryBefore);
  if (org) {
    organization = org.name;
    // An organization's country is the person's ("the BBC's Middle East editor"); a transnational organization's
    // region ("Unicef's director for Asia") is not, but a delegate's country before the title is ("Syria's UN
    // ambassador").
    if (orgCountry) country = orgCountry;
    else if (TRANSNATIONAL_CODE.test(org.code))
      country = DELEGATE_TITLES.has(title.name.toLowerCase()) ? countryBefore : null;
    if (!sector && org.sector) sector = org.sector;
  }
  if (!country && title.country) country = title.country;
  if (!country) country = COUNTRY_TITLES.get(title.name.toLowerCase()) ?? null;
  if (party) {
    // "Labour MP", "Tory minister": the party names the country; a party office says government or opposition.
    country ??= party.party.country;
    organization ??= party.party.name;
    const governs = partyGoverns(party.party, doc.dct.slice(0, 10));
    if (!sector || sector === 'BUS') sector = governs ? 'GOV' : 'OPP';
    // "Lib Dem president X": a party out of power has a president of its own, who holds no state office.
    else if (!governs && PARTY_HEAD_TITLES.has(title.name.toLowerCase())) sector = 'OPP';
  }
  if (shadow) sector = 'OPP';
  if (past) sector = 'ELI';
  const first = party && party.tokStart < chain[0].tokStart ? doc.tokens.start[party.tokStart] : chain[0].start;
  const start = first;
  const end = chain[chain.length - 1].end;
  return {
    title: title.name,
    span: { start, end, text: doc.text.slice(start, end) },
    country,
    sector,
    organization,
    ...(org?.code ? { code: org.code } : {}),
    rule,
  };
}

/** Titles that a party's own officers hold as well as heads of state: "Lib Dem president", "the party's chairman". */
const PARTY_HEAD_TITLES = new Set(['president', 'vice president', 'vice-president']);
/** Titles of a country's delegate to an organization ("envoy" reads as "ambassador"). */
const DELEGATE_TITLES = new Set(['ambassador', 'diplomat', 'representative', 'special representative']);
/** Titles of an organization's head, which say nothing without the organization or a sector noun. */
const ORGANIZATION_HEAD_TITLES = new Set([
  'director',
  'regional director',
  'executive director',
  'director general',
  'general secretary',
  'commissioner',
  'chair',
  'co-chair',
  'chief',
  'head',
  'boss',
]);

/**
 * Roles for each PERSON candidate. `actorsByStart` maps a start token to the actor match there; `actorsByEnd`
 * maps an end token (exclusive) to the match ending there.
 */
export function findRoles(
  doc: Doc,
  person: NameCandidate,
  actorsByStart: Map<number, ActorMatch>,
  actorsByEnd: Map<number, ActorMatch>,
): RoleFinding[] {
  const found: RoleFinding[] = [];
  const sent = doc.sentences[doc.tokens.sentence[person.tokStart]];

  // 1. Pre-name chain: walk left over titles, demonyms, countries, institutions and filler words.
  const chain: ActorMatch[] = [];
  let i = person.tokStart;
  // "the Russian foreign minister, Sergei Lavrov": a title chain set off by a comma before the name.
  let rule = 'role.premodifier';
  // "Unicef's senior adviser for South Asia, X": the title's scope stands between it and the comma.
  const scoped =
    i - 2 > sent.tokStart && lower(doc, i - 1) === ','
      ? titleBeforeScope(doc, i - 1, sent.tokStart, actorsByStart, actorsByEnd)
      : null;
  const titleEnd = scoped ? scoped.titleEnd : i - 1;
  if (
    i - 2 > sent.tokStart &&
    lower(doc, i - 1) === ',' &&
    asTitle(actorsByEnd.get(titleEnd))?.kind === 'title' &&
    (!startsClause(doc, titleEnd - 1, sent.tokStart) || ownedTitle(doc, actorsByEnd.get(titleEnd)!))
  ) {
    i = titleEnd;
    rule = 'role.apposition-before';
  }
  const scopeOrganization = rule !== 'role.premodifier' ? (scoped?.organization ?? null) : null;
  let past = false;
  let party: PartyMatch | null = null;
  let shadow = false;
  while (i > sent.tokStart) {
    const m = asTitle(actorsByEnd.get(i));
    if (m && CHAIN_KINDS.has(m.kind)) {
      chain.unshift(m);
      i = m.tokStart;
      continue;
    }
    const w = lower(doc, i - 1);
    if ((CHAIN_FILLERS.has(w) || w === SHADOW) && chain.length > 0 && w !== 'the') {
      if (PAST_OFFICE.has(w)) past = true;
      if (w === SHADOW) shadow = true;
      i--;
      continue;
    }
    // "Charity boss X", "the Turkish foreign ministry spokesman X": a sector noun before a title that has none (not
    // "media chief": a government's or party's press office, not a medium).
    const sectorNoun = actorsByEnd.get(i);
    if (
      sectorNoun?.kind === 'agent' &&
      chain.length > 0 &&
      chain[0].kind === 'title' &&
      chain[0].sector === null &&
      sectorNoun.sector !== null &&
      sectorNoun.sector !== 'MED'
    ) {
      chain.unshift(sectorNoun);
      i = sectorNoun.tokStart;
      continue;
    }
    // "Canadian extremism expert X": topic words between a nationality and an occupation.
    const topic =
      chain.length > 0 && chain[0].kind === 'title' ? topicWordsStart(doc, i, sent.tokStart, actorsByEnd) : -1;
    if (topic >= 0) {
      i = topic;
      continue;
    }
    const p: PartyMatch | null = chain.length > 0 && !party ? partyBefore(doc, i, sent.tokStart) : null;
    if (p) {
      party = p;
      i = p.tokStart;
      continue;
    }
    break;
  }
  // "Lib Dem Ann Lee", "Lib Dem Sir Tom Vale": a party word right before the name (or its honorific).
  if (chain.length === 0 && rule === 'role.premodifier') {
    const honorific = person.tokStart > sent.tokStart && HONORIFICS.has(lower(doc, person.tokStart - 1));
    const member = partyEndingAt(doc, honorific ? person.tokStart - 1 : person.tokStart, sent.tokStart);
    if (member) found.push(partyNameRole(doc, member));
  }
  if (rule === 'role.apposition-before' && !(i > sent.tokStart && DETERMINERS.has(lower(doc, i - 1)))) {
    if (possessiveOpening(doc, chain, i, sent.tokStart)) rule = 'role.possessive';
    else if (opensSentence(doc, i, sent.tokStart) && lower(doc, person.tokEnd) === ',') rule = 'role.opening-title';
    else chain.length = 0;
  }
  // The chain must end in a title right before the name (fillers aside); split it at each title so that
  // "US President" is one role and "Secretary of State" another.
  let titleIdx = -1;
  for (let k = chain.length - 1; k >= 0; k--)
    if (chain[k].kind === 'title') {
      titleIdx = k;
      break;
    }
  if (titleIdx >= 0) {
    const role = roleFromChain(
      doc,
      chain.slice(0, titleIdx + 1).concat(scopeOrganization ? [scopeOrganization] : []),
      rule,
      past || chain[titleIdx].sector === 'ELI',
      party,
      shadow,
    );
    // "Foreign Minister Maria Lopes of Portugal": the country after the name is the title's.
    const of =
      person.tokEnd < sent.tokEnd && lower(doc, person.tokEnd) === 'of'
        ? actorsByStart.get(person.tokEnd + 1)
        : undefined;
    if (role && !role.country && of && (of.kind === 'country' || of.kind === 'capital') && of.country)
      role.country = of.country;
    if (
      role &&
      scoped?.preposition === 'for' &&
      role.title.toLowerCase() === BRITISH_SCOPED_TITLE &&
      !chain.slice(0, titleIdx).some((m) => m.country)
    )
      role.country = 'GBR';
    // "The Russian president's move, announced by his defence minister, X": the possessor's country.
    if (role && !role.country && i > sent.tokStart && OWNER_DETERMINERS.has(lower(doc, i - 1)))
      role.country = possessorCountry(doc, i - 1, sent.tokStart, actorsByEnd);
    // "director of the Victims of Harm Trust, X": an organization the lexicon lacks, by its head noun.
    const unlisted = rule !== 'role.premodifier' ? scoped?.unlisted : null;
    if (role && unlisted && !role.organization) {
      role.organization = unlisted.name;
      role.country ??= unlisted.country;
      if (!role.sector || role.sector === 'BUS') role.sector = unlisted.sector;
    }
    if (role) found.push({ role, tokStart: chain[0].tokStart, tokEnd: chain[titleIdx].tokEnd });
  }

  // 2. Apposition: ", (the|a) [chain] TITLE ,|." or ", who is ... as (the) [X's] [chain] TITLE".
  let j = person.tokEnd;
  if (j < sent.tokEnd && doc.text[doc.tokens.start[j]] === ',') {
    j++;
    let relative = false;
    if (j < sent.tokEnd && lower(doc, j) === 'who') relative = true;
    const limit = Math.min(sent.tokEnd, j + (relative ? 20 : 10));
    let party: PartyMatch | null = null;
    let shadow = false;
    let regionWords = 0;
    while (j < limit) {
      const w = lower(doc, j);
      if (w === ',' || w === '.' || w === ';') break;
      const p: PartyMatch | null = party ? null : partyStartingAt(doc, j, limit);
      if (p && !actorsByStart.get(j)) {
        party = p;
        j = p.tokEnd;
        const member = partyMemberRole(doc, p, j, sent.tokEnd);
        if (member) {
          found.push(member);
          break;
        }
        continue;
      }
      if (w === SHADOW) shadow = true;
      const m = asTitle(actorsByStart.get(j));
      if (m && CHAIN_KINDS.has(m.kind)) {
        // Collect a chain from here.
        const appo: ActorMatch[] = [m];
        let k = m.tokEnd;
        // "the former Liberal Democrat leader": "former" may stand before the party word.
        const before = party && party.tokEnd === m.tokStart ? party.tokStart : m.tokStart;
        let pastAppo = PAST_OFFICE.has(lower(doc, before - 1));
        let afterPreposition = false;
        let ofThe = false;
        while (k < limit) {
          const n = asTitle(actorsByStart.get(k));
          // "the head of the Britain-based X Observatory": after "of the" only a listed organization is the office's,
          // and only the first ("head of the United Nations sanctions team").
          if (ofThe) {
            const host = n && ORGANIZATION_KINDS.has(n.kind) ? n : unitHost(doc, k, limit, actorsByStart);
            if (host) {
              appo.push(host);
              k = host.tokEnd;
            }
            break;
          }
          if (n && CHAIN_KINDS.has(n.kind)) {
            appo.push(n);
            k = n.tokEnd;
            afterPreposition = false;
            continue;
          }
          // "the BBC's Middle East editor": a region's name the lexicon lacks before the title.
          if (!appo.some((x) => x.kind === 'title') && k - m.tokEnd < REGION_WORDS && regionWord(doc, k)) {
            k++;
            continue;
          }
          const prep = lower(doc, k);
          const last = appo[appo.length - 1];
          // "the chair of the Senate ... committee", "an adviser to the UN": the office's institution.
          ofThe = last.kind === 'title' && lower(doc, k + 1) === 'the' && prep === 'of';
          if (ofThe || (last.kind === 'title' && prep === 'to' && ADVISER_TITLES.has(last.name))) {
            k += lower(doc, k + 1) === 'the' ? 2 : 1;
            afterPreposition = true;
            continue;
          }
          if (CHAIN_FILLERS.has(prep) && prep !== 'the') {
            if (PAST_OFFICE.has(prep)) pastAppo = true;
            k++;
            continue;
          }
          // "a minister at the Foreign Office", "a spokesman for the Taliban": the office's institution.
          if (last.kind === 'title' && OFFICE_PREPOSITIONS.has(prep)) {
            k += lower(doc, k + 1) === 'the' ? 2 : 1;
            afterPreposition = true;
            continue;
          }
          break;
        }
        // "a spokesman for the Muslim Association of Britain": an organization the lexicon does not list.
        const orgAt = lower(doc, k) === 'the' ? k + 1 : k;
        const unlisted =
          afterPreposition || OFFICE_PREPOSITIONS.has(lower(doc, k - 1))
            ? (namedOrganization(doc, orgAt, sent.tokEnd, actorsByStart) ??
              genericOrganization(doc, orgAt, sent.tokEnd))
            : null;
        let t = appo.length - 1;
        while (t >= 0 && appo[t].kind !== 'title') t--;
        // ", then-Secretary of State Rex Tillerson": a title before another name is that person's, not an apposition.
        if (t >= 0 && startsName(doc, appo[t].tokEnd, sent.tokEnd)) t = -1;
        if (t >= 0) {
          const role = roleFromChain(
            doc,
            appo.slice(0, t + 1).concat(appo.slice(t + 1).filter((x) => x.kind !== 'title')),
            relative ? 'role.relative-clause' : 'role.apposition',
            pastAppo || appo[t].sector === 'ELI',
            party,
            shadow,
          );
          if (role && unlisted && !role.organization) {
            role.organization = unlisted.name;
            role.country ??= unlisted.country;
            // The organization says more of the person than a title without a sector, or a company's.
            if (!role.sector || role.sector === 'BUS') role.sector = unlisted.sector;
          }
          if (role) found.push({ role, tokStart: appo[0].tokStart, tokEnd: appo[t].tokEnd });
        }
        break;
      }
      // "X, Middle East director at Human Rights Watch": up to three capitalized words before the title.
      if (!relative && regionWords < REGION_WORDS && regionWord(doc, j) && !actorsByStart.get(j)) {
        regionWords++;
        j++;
        continue;
      }
      // "X, a policy adviser to the UN": one topic word between the article and the title.
      if (
        !relative &&
        DETERMINERS.has(lower(doc, j - 1)) &&
        /^\p{Ll}+$/u.test(w) &&
        actorsByStart.get(j + 1)?.kind === 'title'
      ) {
        j++;
        continue;
      }
      if (!relative && !DETERMINERS.has(w) && !CHAIN_FILLERS.has(w) && w !== SHADOW) break;
      if (relative && !RELATIVE_VERBS.has(w) && !DETERMINERS.has(w) && !CHAIN_FILLERS.has(w) && !/^[a-z]+$/.test(w))
        break;
      j++;
    }
  }
  if (found.length === 0) {
    const copula = copulaRole(doc, person, sent.tokEnd, actorsByStart);
    if (copula) found.push(copula);
  }
  if (found.length === 0) {
    const member = organizationAfterName(doc, person, sent.tokEnd, actorsByStart);
    if (member) found.push(member);
  }
  // "its head, X": a head of an organization the text does not name says nothing of the person.
  return found.filter(
    (f) => f.role.sector || f.role.organization || !ORGANIZATION_HEAD_TITLES.has(f.role.title.toLowerCase()),
  );
}

/** Conjunctions that may open a sentence before its subject: "But the Tory leader will argue ...". */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/**
 * "But the Tory leader will argue": a definite title with a party as the subject of its sentence, with no name after
 * it. Its role (rule `role.nominal-subject`) and the token of its determiner, or null.
 */
export function nominalSubjectRole(doc: Doc, title: ActorMatch): { role: Role; tok: number } | null {
  const sent = doc.sentences[doc.tokens.sentence[title.tokStart]];
  if (startsName(doc, title.tokEnd, sent.tokEnd) || lower(doc, title.tokEnd) === ',') return null;
  // Only a party's title: "the French president" as often brings in another person, named later.
  const party = partyEndingAt(doc, title.tokStart, sent.tokStart);
  if (!party) return null;
  const i = party.tokStart;
  if (i - 1 < sent.tokStart || lower(doc, i - 1) !== 'the') return null;
  const opening = i - 1 - sent.tokStart;
  if (opening > 1 || (opening === 1 && !OPENING_CONJUNCTIONS.has(lower(doc, sent.tokStart)))) return null;
  const role = roleFromChain(doc, [title], 'role.nominal-subject', title.sector === 'ELI', party);
  return role?.country ? { role, tok: i - 1 } : null;
}

/** The role a bare definite title gives its holder ("the defence secretary has said"), or null without a sector. */
export function nominalRole(doc: Doc, title: ActorMatch, rule: string): Role | null {
  const role = roleFromChain(doc, [title], rule, title.sector === 'ELI');
  return role?.sector ? role : null;
}

const COPULAS = new Set(['is', 'was']);
const COPULA_ARTICLES = new Set(['a', 'an', 'the']);
/** Words between the copula's article and the title: "was a film-maker, journalist", "is the veteran Kurdish ...". */
const COPULA_REACH = 5;

/**
 * "X is a journalist", "X, who has died aged 47, was a painter, journalist and ...": a title or occupation as the
 * predicate of the name's clause (rule `role.copula`), the name's relative clause skipped.
 */
function copulaRole(
  doc: Doc,
  person: NameCandidate,
  end: number,
  actorsByStart: Map<number, ActorMatch>,
): RoleFinding | null {
  let k = person.tokEnd;
  if (lower(doc, k) === ',' && lower(doc, k + 1) === 'who') {
    let q = k + 2;
    while (q < end && q < k + 14 && lower(doc, q) !== ',') q++;
    if (lower(doc, q) !== ',') return null;
    k = q + 1;
  }
  if (!COPULAS.has(lower(doc, k)) || !COPULA_ARTICLES.has(lower(doc, k + 1))) return null;
  // "X is the pseudonym of an Iraqi reporter": the person the name stands for.
  const alias = k + 2;
  const aliasEnd = alias + (lower(doc, alias) === 'pen' && lower(doc, alias + 1) === 'name' ? 2 : 1);
  if (
    (lower(doc, alias) === 'pseudonym' || aliasEnd === alias + 2) &&
    lower(doc, aliasEnd) === 'of' &&
    COPULA_ARTICLES.has(lower(doc, aliasEnd + 1))
  )
    k = aliasEnd;
  const chain: ActorMatch[] = [];
  for (let q = k + 2; q < Math.min(end, k + 2 + COPULA_REACH); q++) {
    const raw = actorsByStart.get(q);
    const m = asTitle(raw);
    if (m && m.kind === 'title') {
      if (startsName(doc, m.tokEnd, end)) return null; // "X is the minister Y's aide"
      // "X was the health minister": an office held no longer; "X was a journalist" stays an occupation.
      const past = m.sector === 'ELI' || (lower(doc, k) === 'was' && raw?.kind === 'title');
      const org = organizationAfterTitle(doc, m.tokEnd, end, actorsByStart);
      const role = roleFromChain(doc, [...chain, m, ...(org ? [org] : [])], 'role.copula', past);
      return role ? { role, tokStart: m.tokStart, tokEnd: m.tokEnd } : null;
    }
    // "X is the BBC's chief international correspondent": a nationality or an organization before the title.
    if (m && (m.kind === 'demonym' || m.kind === 'country' || ORGANIZATION_KINDS.has(m.kind))) {
      chain.push(m);
      q = m.tokEnd - 1;
      continue;
    }
    const w = lower(doc, q);
    if (w === '.' || w === ';' || w === 'of' || w === 'who') return null;
  }
  return null;
}

/** Third-person possessive determiners: "his defence minister" is the office of the actor named before. */
const OWNER_DETERMINERS = new Set(['his', 'her', 'its', 'their']);
const OWNER_KINDS = new Set(['country', 'demonym', 'capital', 'person', 'institution']);

/** "his defence minister": a title right after a possessive determiner (no other person's apposition). */
function ownedTitle(doc: Doc, title: ActorMatch): boolean {
  return title.tokStart > 0 && OWNER_DETERMINERS.has(lower(doc, title.tokStart - 1));
}

/** The country of the nearest actor with one before token `det` in the sentence (the possessive's owner), or null. */
function possessorCountry(doc: Doc, det: number, floor: number, actorsByEnd: Map<number, ActorMatch>): string | null {
  for (let end = det; end > floor; end--) {
    const m = actorsByEnd.get(end);
    if (m && OWNER_KINDS.has(m.kind) && m.country) return m.country;
  }
  return null;
}

/**
 * The title ending at token `end` is itself right after a name (", the minister, X"): not a chain before X. A comma
 * that closes a sentence's opening phrase ("In the spring, the then secretary of state, X") or is followed by a
 * preposition ("..., with the defence minister, X") sets off no apposition.
 */
function startsClause(doc: Doc, end: number, floor: number): boolean {
  for (let k = end; k >= floor && k > end - 8; k--) {
    if (lower(doc, k) !== ',') continue;
    if (openingPhraseEnds(doc, k, floor)) return false;
    // "..., said the UN envoy for Syria, X": an inverted speaker after the comma, not another clause's apposition.
    if (REPORTING_VERBS.has(lower(doc, k + 1)) && DETERMINERS.has(lower(doc, k + 2))) return false;
    return !LINKING_PREPOSITIONS.has(lower(doc, k + 1));
  }
  return false;
}

/** Lower-case words of an unlisted unit's name ("the refugee rights programme"). */
const UNIT_WORDS = 4;

/**
 * `role.unit-host`: "the director of the refugee rights programme at Human Rights Watch": a unit the lexicon lacks,
 * named in lower-case words after "of the", and the listed organization that holds it after "at" or "with".
 */
function unitHost(doc: Doc, from: number, limit: number, actorsByStart: Map<number, ActorMatch>): ActorMatch | null {
  for (let k = from; k < Math.min(limit, from + UNIT_WORDS + 1); k++) {
    const w = lower(doc, k);
    if ((w === 'at' || w === 'with') && k > from) {
      const m = actorsByStart.get(lower(doc, k + 1) === 'the' ? k + 2 : k + 1);
      return m && ORGANIZATION_KINDS.has(m.kind) ? m : null;
    }
    const m = actorsByStart.get(k);
    if (!/^[\p{Ll}-]+$/u.test(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k])) || (m && m.kind !== 'agent'))
      return null;
  }
  return null;
}

/** Prepositions that open a sentence's adverbial phrase ("In January,") or tie a title to the clause before. */
const LINKING_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'with', 'by', 'for']);
/** Tokens of a sentence's opening phrase ("On Friday", "In late January"). */
const OPENING_PHRASE_LENGTH = 4;

/** The comma at token `comma` closes a short opening phrase of the sentence that starts with a preposition. */
function openingPhraseEnds(doc: Doc, comma: number, floor: number): boolean {
  return comma - floor <= OPENING_PHRASE_LENGTH && LINKING_PREPOSITIONS.has(lower(doc, floor));
}

/** A capitalized word (not a sentence's end or a function word) at token k: a name follows. */
function startsName(doc: Doc, k: number, end: number): boolean {
  if (k >= end) return false;
  const ch = doc.text[doc.tokens.start[k]];
  return ch !== ch.toLowerCase();
}

/** "Secretary of State for X" is a British cabinet office (the American one has no "for"). */
const BRITISH_SCOPED_TITLE = 'secretary of state';

/**
 * A title chain set off by a comma before a name opens with a possessive that works as its determiner: a named
 * organization ("Unicef's regional director, X", "Ofsted chief, X"), a country's possessive ("Syria's UN
 * ambassador, X") or a determiner's noun ("The clinic's doctor, X").
 */
function possessiveOpening(doc: Doc, chain: ActorMatch[], i: number, floor: number): boolean {
  if (chain.length > 0 && ORGANIZATION_KINDS.has(chain[0].kind)) return true;
  // "Syria's UN ambassador, X": a country's possessive.
  const after = chain.length > 0 ? lower(doc, chain[0].tokEnd) : '';
  // Not inside an organization's name: "the Working Group for Syria's president, X".
  const before = chain.length > 0 && chain[0].tokStart > floor ? lower(doc, chain[0].tokStart - 1) : '';
  if (chain.length > 0 && PLACE_KINDS.has(chain[0].kind) && (after === "'s" || after === '’s'))
    return !MEMBER_PREPOSITIONS.has(before) && before !== 'to';
  const w = lower(doc, i);
  return (w === "'s" || w === '’s') && i - 2 >= floor && DETERMINERS.has(lower(doc, i - 2));
}

/** Lower-case topic words before an occupation: "Canadian extremism expert X", "the British security minister X". */
const TOPIC_WORDS = 2;
const NATIONALITY_KINDS = new Set(['demonym', 'country']);

/** The start of one or two topic words ending at token `end` right after a nationality, or -1. */
function topicWordsStart(doc: Doc, end: number, floor: number, actorsByEnd: Map<number, ActorMatch>): number {
  for (let k = end - 1; k > floor && k >= end - TOPIC_WORDS; k--) {
    const w = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
    if (!/^\p{Ll}+$/u.test(w) || CHAIN_FILLERS.has(w) || DETERMINERS.has(w) || actorsByEnd.has(k + 1)) return -1;
    const before = actorsByEnd.get(k);
    if (before && NATIONALITY_KINDS.has(before.kind)) return k;
  }
  return -1;
}

/** Capitalized words of a region's name before a title ("Middle East director"). */
const REGION_WORDS = 3;

/** A capitalized word at token k that no possessive follows ("Trump's Syria envoy" names an owner, not a region). */
function regionWord(doc: Doc, k: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]))) return false;
  const next = k + 1 < doc.tokens.count ? lower(doc, k + 1) : '';
  return next !== "'s" && next !== '’s';
}
