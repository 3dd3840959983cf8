/**
 * Roles a person takes from an organization: the organization after a title ("a research associate with the X
 * Program") or right after a name ("X of Amnesty International", rule `role.organization`; a byline, `role.byline`),
 * and an organization's country.
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';
import { countryNames } from './actors/index.js';
import type { NameCandidate } from './candidates.js';
import type { RoleFinding } from './roles.js';

export const ORGANIZATION_KINDS = new Set(['institution', 'igo', 'org']);
/** Codes of organizations outside any state: IGOs, NGOs, armed groups of several countries, companies. */
export const TRANSNATIONAL_CODE = /^(?:IGO|NGO|IMG|MNC)/;
/** Transnational codes that name a country after the type, Phoenix style: "NGOUSA", "MNCGBR". */
const TYPED_COUNTRY_CODE = /^(?:NGO|MNC)([A-Z]{3})/;

/** An organization's country: its own, or the one its code names after the type ("NGOUSA"). */
export function organizationCountry(m: ActorMatch): string | null {
  if (m.country) return m.country;
  const c = TYPED_COUNTRY_CODE.exec(m.code)?.[1];
  return c && countryNames().has(c) ? c : null;
}

/** Titles whose institution may follow "to" ("an adviser to the UN"): an envoy "to" a body represents another. */
export const ADVISER_TITLES = new Set(['adviser', 'advisor', 'aide', 'consultant']);
/** A state's legislature by its code: a country, then LEG among its sectors ("USAGOVLEG", "GBRLEG"). */
const LEGISLATURE_CODE = /^[A-Z]{3}(?:[A-Z]{3})*?LEG/;
/** Sectors of a state's own bodies, and of armed groups outside the state. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'JUD', 'COP', 'SPY', 'LEG']);
const ARMED_SECTORS = new Set(['REB', 'INS', 'UAF']);
/** Head titles that, held for a country rather than an organization, are a government office. */
const STATE_COMMISSIONERS = new Set(['commissioner']);

/**
 * A title's sector given its organization: `role.legislature-office` ("the chair of the Senate armed services
 * committee" holds a seat in it, whatever "chair" says of a company), a state body's sector, `role.group-office`
 * (an armed group's), and `role.state-commissioner` ("the UK's lead commissioner for ...": a country's own
 * commissioner is its government's).
 */
export function officeSector(
  title: string,
  sector: string | null,
  org: ActorMatch | null,
  countryBefore: string | null,
): string | null {
  if (org && organizationCountry(org) && org.sector) {
    // A title that says nothing of the state, or a company's, is the state body's own.
    if ((!sector || sector === 'BUS') && LEGISLATURE_CODE.test(org.code)) return 'LEG';
    if ((!sector || sector === 'BUS') && STATE_SECTORS.has(org.sector)) return org.sector;
    // `role.group-office`: "the overall commander of the YPG" is the armed group's, not a state's soldier.
    if ((!sector || sector === 'BUS' || sector === 'MIL') && ARMED_SECTORS.has(org.sector)) return org.sector;
  }
  if (!org && !sector && countryBefore && STATE_COMMISSIONERS.has(title.toLowerCase())) return 'GOV';
  // "the chairman of the HRAB's finance committee": a company's title at a non-governmental body is that body's.
  if (org && sector === 'BUS' && org.sector === 'NGO') return 'NGO';
  return sector;
}

/** Prepositions that tie a person or a title to the organization after it. */
export const MEMBER_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from']);
/** Tokens after a title within which its organization is sought. */
const ORGANIZATION_REACH = 10;

/** "a research associate with the X Program at New America": the first listed organization after a preposition. */
export function organizationAfterTitle(
  doc: Doc,
  from: number,
  end: number,
  actorsByStart: Map<number, ActorMatch>,
): ActorMatch | null {
  for (let q = from; q < Math.min(end, from + ORGANIZATION_REACH); q++) {
    const w = lower(doc, q);
    if (w === ',' || w === '.' || w === ';' || w === 'and' || w === 'who') return null;
    const m = actorsByStart.get(q);
    if (!m) continue;
    const before = lower(doc, q - 1) === 'the' ? q - 2 : q - 1;
    if (ORGANIZATION_KINDS.has(m.kind) && MEMBER_PREPOSITIONS.has(lower(doc, before))) return m;
    q = m.tokEnd - 1;
  }
  return null;
}

/** Sectors of organizations whose staff a name's "at/of/from X" makes known: not the state's, nor armed groups. */
const STAFF_SECTORS = new Set(['NGO', 'MED', 'EDU', 'HLH', 'REL', 'LAB', 'IGO']);
/** Verbs of a journalist's byline: "X reported in the New York Times". */
const BYLINE_VERBS = new Set(['reported', 'reports']);
const BYLINE_PREPOSITIONS = new Set(['in', 'for']);

/**
 * A name right before its organization, with no title: "said Lena Ford at the Atlantic Council thinktank", "Ann
 * Vale of Amnesty International" (rule `role.organization`; an IGO only after "of/from", since "at the UN" is also a
 * country's diplomat); a journalist's byline, "X reported in the New York Times" (rule `role.byline`).
 */
export function organizationAfterName(
  doc: Doc,
  person: NameCandidate,
  end: number,
  actorsByStart: Map<number, ActorMatch>,
): RoleFinding | null {
  let k = person.tokEnd;
  let rule = 'role.organization';
  // "Mark Vale, from the Public and Commercial Services union": the same tie set off by a comma.
  if (lower(doc, k) === ',' && (lower(doc, k + 1) === 'from' || lower(doc, k + 1) === 'of')) k++;
  if (BYLINE_VERBS.has(lower(doc, k)) && BYLINE_PREPOSITIONS.has(lower(doc, k + 1))) {
    rule = 'role.byline';
    k++;
  }
  const preposition = lower(doc, k);
  if (rule === 'role.organization' && !['at', 'of', 'from'].includes(preposition)) return null;
  const at = lower(doc, k + 1) === 'the' ? k + 2 : k + 1;
  if (at >= end) return null;
  const m = actorsByStart.get(at);
  if (!m || !ORGANIZATION_KINDS.has(m.kind) || !m.sector || !STAFF_SECTORS.has(m.sector)) return null;
  if (rule === 'role.byline' ? m.sector !== 'MED' : m.sector === 'IGO' && preposition === 'at') return null;
  const start = doc.tokens.start[k];
  return {
    role: {
      title: rule === 'role.byline' ? 'reporter' : m.name,
      span: { start, end: m.end, text: doc.text.slice(start, m.end) },
      country: organizationCountry(m),
      sector: m.sector,
      organization: m.name,
      code: m.code,
      rule,
    },
    tokStart: k,
    tokEnd: m.tokEnd,
  };
}
