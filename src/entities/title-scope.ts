/**
 * A title before a name and its scope ("Unicef's senior adviser for South Asia, X", "director of the Harbour Trust,
 * X"), and the matches that stand in a title chain as titles ("former minister", occupations).
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import { lookupActor, type ActorMatch } from './actors/index.js';
import { namedOrganization, type NamedOrganization } from './organizations.js';
import { ORGANIZATION_KINDS } from './organization-roles.js';
import { isProfession } from './occupations.js';

/** "former minister" (a PLOVER agent, ELI) stands in a chain as a title held no longer. */
export function asTitle(m: ActorMatch | undefined): ActorMatch | undefined {
  if (m && m.kind === 'agent' && m.sector === 'ELI' && /^(former|retired|ex)\b/i.test(m.name))
    return { ...m, kind: 'title' };
  if (m && isProfession(m)) return { ...m, kind: 'title' };
  if (m && sectorNounTitle(m)) {
    const t: ActorMatch = { ...m, kind: 'title' };
    SECTOR_NOUN_TITLES.add(t);
    return t;
  }
  return m;
}

/** Titles that asTitle made of a sector noun ("government spokesman"). */
const SECTOR_NOUN_TITLES = new WeakSet<ActorMatch>();

/** Whether a title in a chain was a sector noun headed by a title ("government spokesman"). */
export function isSectorNounTitle(m: ActorMatch): boolean {
  return SECTOR_NOUN_TITLES.has(m);
}

/**
 * `role.sector-noun-title`: "government spokesman", a sector noun whose head word is a title that names no sector,
 * is that title with the noun's sector (not "media chief": a press office is no medium).
 */
function sectorNounTitle(m: ActorMatch): boolean {
  if (m.kind !== 'agent' || !m.sector || m.sector === 'MED') return false;
  const head = m.name.toLowerCase().split(/\s+/).pop() ?? '';
  if (head === m.name.toLowerCase()) return false;
  return lookupActor(head, ['title']).some((e) => e.sector === null);
}

export const PLACE_KINDS = new Set(['country', 'capital', 'city']);

/** Prepositions between a title and its scope: "director for the Middle East", "director general of MI5". */
const SCOPE_PREPOSITIONS = new Set(['for', 'of', 'in']);
/** Tokens of a scope's name between the preposition and the comma. */
const SCOPE_LENGTH = 7;
/** A possessive after an organization inside a scope ("of the MCB's public affairs committee"). */
const POSSESSIVE = /^['\u2019]s$/;

/**
 * "Unicef's senior adviser for South Asia, X": the title before a scope that ends at the comma `comma`;
 * the scope's organization when it names one ("director general of MI5, X"), which is then the title's.
 */
export function titleBeforeScope(
  doc: Doc,
  comma: number,
  floor: number,
  actorsByStart: Map<number, ActorMatch>,
  actorsByEnd: Map<number, ActorMatch>,
): {
  titleEnd: number;
  organization: ActorMatch | null;
  preposition: string;
  unlisted?: NamedOrganization | null;
} | null {
  // "Director of Public Prosecutions, X": a listed title ends at the comma itself.
  if (asTitle(actorsByEnd.get(comma))?.kind === 'title') return null;
  // "a spokeswoman for the UN refugee agency, X": a listed organization ends at the comma.
  const named = actorsByEnd.get(comma);
  if (named && ORGANIZATION_KINDS.has(named.kind)) {
    const p = lower(doc, named.tokStart - 1) === 'the' ? named.tokStart - 2 : named.tokStart - 1;
    if (p > floor && SCOPE_PREPOSITIONS.has(lower(doc, p)) && asTitle(actorsByEnd.get(p))?.kind === 'title')
      return { titleEnd: p, organization: named, preposition: lower(doc, p) };
  }
  for (let p = comma - 2; p > floor && p >= comma - SCOPE_LENGTH; p--) {
    // "director of the Victims of Harm Trust", "commissioner for counter extremism": words only, in any case.
    // "chairman of the HRAB's finance committee": a listed organization's possessive may stand in it.
    const owned = POSSESSIVE.test(lower(doc, p + 1)) && ORGANIZATION_KINDS.has(actorsByEnd.get(p + 1)?.kind ?? '');
    if (!owned && !/^\p{L}+$/u.test(lower(doc, p + 1))) return null;
    if (!SCOPE_PREPOSITIONS.has(lower(doc, p)) || asTitle(actorsByEnd.get(p))?.kind !== 'title') continue;
    const at = lower(doc, p + 1) === 'the' ? p + 2 : p + 1;
    const m = actorsByStart.get(at);
    // "the Archbishop of Canterbury, X": a place after "of" is the office's; after "for" it is the office's concern.
    const ofPlace = m && PLACE_KINDS.has(m.kind) && lower(doc, p) === 'of';
    // "chairman of the Senate armed services committee, X": a state body opens a longer scope.
    const whole = m && m.tokEnd === comma;
    // "of the HRAB's finance committee": a body of the organization, whose title is the organization's.
    const body = m && m.tokEnd < comma && POSSESSIVE.test(lower(doc, m.tokEnd));
    const organization =
      m && ((ORGANIZATION_KINDS.has(m.kind) && (whole || body || m.kind === 'institution')) || (ofPlace && whole))
        ? m
        : null;
    const named = organization ? null : namedOrganization(doc, at, comma, actorsByStart);
    const unlisted = named?.tokEnd === comma ? named : null;
    return { titleEnd: p, organization, preposition: lower(doc, p), unlisted };
  }
  return null;
}
