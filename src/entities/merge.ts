/**
 * Merging of name entities that the name rules keep apart: an acronym with its expansion ("Syrian Democratic Forces
 * (SDF)" ... "the SDF"; `merge.acronym`), and a party's adjectival and plural forms ("Conservatives", "the
 * Conservative party", "Tory"; `merge.party-form`). Person names are merged by coref.ts (surnames, honorifics).
 */
import { NAME_FUNCTION_WORDS } from './actors/name-words.js';

export interface MergeCluster {
  type: string;
  name: string;
  actor: { code: string } | null;
  mentions: { start: number; end: number; kind: string; rule: string; tok: number }[];
  person?: unknown;
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;

/** "Syrian Democratic Forces" -> "SDF"; "Kurdistan Workers' Party" -> "KWP"; function words are skipped. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_FUNCTION_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Party words that name one party in several forms: "Tory" and "Tories" are the Conservatives. */
const PARTY_SYNONYMS = new Map([
  ['tory', 'conservative'],
  ['tories', 'conservative'],
  ['democratic', 'democrat'],
]);

/** "the Conservative Party" / "Conservatives" / "Tories" -> "conservative"; null for a name that is no party form. */
export function partyKey(name: string): string | null {
  const words = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/);
  const hadParty = words[words.length - 1] === 'party';
  if (hadParty) words.pop();
  if (words.length === 0 || words.length > 3) return null;
  const last = words[words.length - 1];
  const base = PARTY_SYNONYMS.get(last) ?? (/(?:ive|at|an|ist)s$/.test(last) ? last.slice(0, -1) : last);
  words[words.length - 1] = PARTY_SYNONYMS.get(base) ?? base;
  // Only names with a party marker or a party word form: "Labour", "Democrats", "Conservative Party".
  if (!hadParty && !PARTY_FORMS.has(words.join(' '))) return null;
  return words.join(' ');
}

/** Party stems whose bare form names the party in news prose. */
const PARTY_FORMS = new Set([
  'conservative',
  'labour',
  'democrat',
  'republican',
  'liberal democrat',
  'lib dem',
  'socialist',
  'green',
]);

/** Merge acronyms and party forms into the cluster they name (the mentions move; the emptied cluster is dropped). */
export function mergeNameVariants(text: string, clusters: MergeCluster[]): void {
  const named = clusters.filter((c) => c.mentions.length > 0);
  for (const a of named) {
    if (!ACRONYM.test(a.name) || (a.person && a.mentions.some((m) => m.kind !== 'name'))) continue;
    const target = named.find(
      (b) =>
        b !== a &&
        !b.person &&
        b.mentions.length > 0 &&
        b.name.includes(' ') &&
        (initialsOf(b.name) === a.name || introduces(text, b, a)),
    );
    if (target) moveInto(a, target, 'merge.acronym');
  }
  const byParty = new Map<string, MergeCluster>();
  for (const c of named) {
    if (c.person || c.mentions.length === 0 || (c.type !== 'ORG' && c.type !== 'NORP' && c.type !== 'MISC')) continue;
    const key = partyKey(c.name);
    if (!key) continue;
    const first = byParty.get(key);
    if (first) moveInto(c, first, 'merge.party-form');
    else byParty.set(key, c);
  }
}

/** "Hayat Tahrir al-Sham (HTS)": a mention of `b` right before a bracketed mention of `a`. */
function introduces(text: string, b: MergeCluster, a: MergeCluster): boolean {
  return a.mentions.some((am) =>
    b.mentions.some((bm) => bm.end <= am.start && /^\s*\(\s*$/.test(text.slice(bm.end, am.start))),
  );
}

function moveInto(from: MergeCluster, to: MergeCluster, rule: string): void {
  for (const m of from.mentions) to.mentions.push({ ...m, rule });
  from.mentions.length = 0;
  if (!to.actor && from.actor) to.actor = from.actor;
}
