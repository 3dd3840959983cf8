/**
 * Roles a person takes from a party word before the name ("Lib Dem X", rule `role.party`) or after it ("X, a Labour
 * member of the committee", rule `role.party-member`), and a party before a title ("Conservative spokesman X").
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';
import { partyEndingAt, partyGoverns, type PartyMatch } from './actors/parties.js';
import type { RoleFinding } from './roles.js';

/** Nouns that, after a party word, say the person sits for it: "a Labour member of the select committee". */
const PARTY_MEMBER_NOUNS = new Set(['member', 'backbencher', 'peer', 'councillor', 'politician', 'candidate']);
/** Bodies whose membership ("a Labour member of the ... committee") is a legislative seat. */
const LEGISLATIVE_BODIES = new Set(['committee', 'parliament', 'house', 'commons', 'lords', 'assembly', 'senate']);

/** A legislature's name between a party and its office: "the SNP's Holyrood leader" leads its group there. */
const LEGISLATURE_SEATS = new Set([...LEGISLATIVE_BODIES, 'holyrood', 'westminster', 'stormont', 'senedd']);
/** Lower-case words that may stand between a party and its office: "Conservative deregulation spokesman". */
const PORTFOLIO_WORDS = 2;

/** A party ending at token `end`, or ending one or two lower-case portfolio words before it. */
export function partyBefore(doc: Doc, end: number, floor: number): PartyMatch | null {
  for (let k = end; k >= Math.max(floor, end - PORTFOLIO_WORDS); k--) {
    const word = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
    if (k < end && !/^\p{Ll}+$/u.test(word) && !LEGISLATURE_SEATS.has(word.toLowerCase())) return null;
    const p = partyEndingAt(doc, k, floor);
    if (p) return p;
  }
  return null;
}

/** "Lib Dem Ann Lee": the party's member; its sector the party's (PartyFact.memberSector). */
export function partyNameRole(doc: Doc, party: PartyMatch): RoleFinding {
  const start = doc.tokens.start[party.tokStart];
  const end = doc.tokens.end[party.tokEnd - 1];
  const sector = party.party.memberSector ?? (partyGoverns(party.party, doc.dct.slice(0, 10)) ? 'PTY' : 'OPP');
  return {
    role: {
      title: party.party.name,
      span: { start, end, text: doc.text.slice(start, end) },
      country: party.party.country,
      sector,
      organization: party.party.name,
      rule: 'role.party',
    },
    tokStart: party.tokStart,
    tokEnd: party.tokEnd,
  };
}

/**
 * "X, a Labour member of the select committee": a party word and a member noun after a name. A member of a
 * legislative body is LEG; another party member the party's sector (PTY).
 */
export function partyMemberRole(doc: Doc, party: PartyMatch, k: number, end: number): RoleFinding | null {
  if (k >= end || !PARTY_MEMBER_NOUNS.has(lower(doc, k))) return null;
  let sector = 'PTY';
  if (lower(doc, k + 1) === 'of')
    for (let q = k + 2; q < Math.min(end, k + 9); q++) {
      const w = lower(doc, q);
      if (w === ',' || w === '.') break;
      if (LEGISLATIVE_BODIES.has(w)) {
        sector = 'LEG';
        break;
      }
    }
  const start = doc.tokens.start[party.tokStart];
  const stop = doc.tokens.end[k];
  return {
    role: {
      title: lower(doc, k),
      span: { start, end: stop, text: doc.text.slice(start, stop) },
      country: party.party.country,
      sector,
      organization: party.party.name,
      rule: 'role.party-member',
    },
    tokStart: party.tokStart,
    tokEnd: k + 1,
  };
}
