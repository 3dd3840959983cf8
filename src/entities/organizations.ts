/**
 * An organization the actor lexicon does not list, named after a person's title ("a spokesman for the Muslim
 * Association of Britain", "chair of the Refugee Council"): its sector from the head noun of its name, its country
 * from a country or demonym inside the name.
 */
import type { Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';

/** Head nouns of organization names and the CAMEO sector they give. */
const HEAD_SECTORS = new Map<string, string>([
  ['association', 'NGO'],
  ['council', 'NGO'],
  ['federation', 'NGO'],
  ['foundation', 'NGO'],
  ['trust', 'NGO'],
  ['society', 'NGO'],
  ['campaign', 'NGO'],
  ['coalition', 'NGO'],
  ['network', 'NGO'],
  ['alliance', 'NGO'],
  ['observatory', 'NGO'],
  ['institute', 'NGO'],
  ['charity', 'NGO'],
  ['university', 'EDU'],
  ['college', 'EDU'],
  ['school', 'EDU'],
  ['academy', 'EDU'],
  ['church', 'REL'],
  ['mosque', 'REL'],
  ['synagogue', 'REL'],
  ['hospital', 'HLH'],
  ['bank', 'BUS'],
  ['corporation', 'BUS'],
  ['company', 'BUS'],
  ['party', 'PTY'],
]);
const INNER_WORDS = new Set(['of', 'for', 'the', 'and', 'on', '&']);
const NAME_LIMIT = 8;

export interface NamedOrganization {
  name: string;
  sector: string;
  country: string | null;
  tokEnd: number;
}

/** The unlisted organization whose capitalized name starts at token k, when its head noun gives a sector. */
export function namedOrganization(
  doc: Doc,
  k: number,
  end: number,
  actorsByStart: Map<number, ActorMatch>,
): NamedOrganization | null {
  const t = doc.tokens;
  const word = (i: number) => doc.text.slice(t.start[i], t.end[i]);
  let last = -1;
  let sector: string | null = null;
  let country: string | null = null;
  for (let i = k; i < Math.min(end, k + NAME_LIMIT); i++) {
    const w = word(i);
    if (INNER_WORDS.has(w.toLowerCase()) && i > k) continue;
    if (!/^\p{Lu}/u.test(w)) break;
    last = i;
    const m = actorsByStart.get(i);
    if (m && (m.kind === 'country' || m.kind === 'demonym') && m.country) country ??= m.country;
    sector ??= HEAD_SECTORS.get(w.toLowerCase()) ?? null;
  }
  if (!sector || last < 0) return null;
  return { name: doc.text.slice(t.start[k], t.end[last]), sector, country, tokEnd: last + 1 };
}

/**
 * A common noun that refers back to a non-governmental body ("chairman of the organisation", "head of the charity"),
 * whose sector it gives; a company's nouns are left to the title's own sector.
 */
const GENERIC_NGO_NOUNS = new Set(['organisation', 'organization', 'charity', 'campaign', 'pressure group']);

/** The generic organization noun at token k ("organisation", "pressure group"), as an unnamed organization. */
export function genericOrganization(doc: Doc, k: number, end: number): NamedOrganization | null {
  const word = (i: number) => (i < end ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) : '');
  const one = word(k);
  const two = `${one} ${word(k + 1)}`;
  const name = GENERIC_NGO_NOUNS.has(two) ? two : GENERIC_NGO_NOUNS.has(one) ? one : null;
  if (!name) return null;
  return { name, sector: 'NGO', country: null, tokEnd: k + name.split(' ').length };
}
