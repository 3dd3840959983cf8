/**
 * Merging of name entities that the name rules keep apart: an acronym with its expansion ("Syrian Democratic Forces
 * (SDF)" ... "the SDF"; `merge.acronym`), and a party's adjectival and plural forms ("Conservatives", "the
 * Conservative party", "Tory"; `merge.party-form`), and a person's nickname or maiden name given as such ("X, dubbed
 * 'Jihadi Y'", "known as", "née"; `merge.alias`). Person names are merged by coref.ts (surnames, honorifics).
 */
import { NAME_FUNCTION_WORDS } from './actors/name-words.js';
import type { Doc } from '../model/doc.js';

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

/** partyKey's answers by name: the same names come back article after article. */
const partyKeys = new Map<string, string | null>();
const MAX_PARTY_KEYS = 20_000;

/** "the Conservative Party" / "Conservatives" / "Tories" -> "conservative"; null for a name that is no party form. */
export function partyKey(name: string): string | null {
  let key = partyKeys.get(name);
  if (key === undefined) {
    if (partyKeys.size >= MAX_PARTY_KEYS) partyKeys.clear();
    key = partyKeyOf(name);
    partyKeys.set(name, key);
  }
  return key;
}

function partyKeyOf(name: string): string | null {
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
  // Each name's initials once, not once per acronym of the article it is compared with.
  const initials = new Map<MergeCluster, string>();
  const initialsOfCluster = (b: MergeCluster): string => {
    let i = initials.get(b);
    if (i === undefined) initials.set(b, (i = initialsOf(b.name)));
    return i;
  };
  for (const a of named) {
    if (!ACRONYM.test(a.name) || (a.person && a.mentions.some((m) => m.kind !== 'name'))) continue;
    const target = named.find(
      (b) =>
        b !== a &&
        !b.person &&
        b.mentions.length > 0 &&
        b.name.includes(' ') &&
        (initialsOfCluster(b) === a.name || introduces(text, b, a)),
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

/** Words that introduce another name of the person before them: "dubbed", "known as", "née", "maiden name". */
const ALIAS_CUES: readonly string[][] = [
  ['dubbed'],
  ['nicknamed'],
  ['known', 'as'],
  ['nee'],
  ['née'],
  ['alias'],
  ['aka'],
  ['maiden', 'name'],
];
/** What may stand between a person's mention and the cue: "X, the man known as", "X – widely dubbed". */
const ALIAS_BRIDGE = new Set([
  ',',
  '–',
  '—',
  '-',
  '(',
  'the',
  'man',
  'woman',
  'also',
  'widely',
  'better',
  'being',
  'who',
  'was',
  'is',
  'later',
  'often',
  'her',
  'his',
]);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
/** The cues' first words: a token that is none of them starts no cue, whatever follows it. */
const ALIAS_CUE_FIRST_WORDS = new Set(ALIAS_CUES.map((cue) => cue[0]));
/** Their first letters as char codes, lower case: most tokens are ruled out before a string is made. */
const ALIAS_CUE_INITIALS = new Set([...ALIAS_CUE_FIRST_WORDS].map((word) => word.charCodeAt(0)));

/** Could token k's lower-cased text be a cue's first word? An ASCII first char must be one of their initials. */
function mayStartAliasCue(doc: Doc, k: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[k]);
  if (c >= 0x80) return true;
  return ALIAS_CUE_INITIALS.has(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
}

/**
 * "Jack Letts – dubbed “Jihadi Jack” –": the capitalized words after an alias cue are another name of the person
 * mentioned just before the cue (a name or a resolved pronoun, in the same sentence); every code-less name entity of
 * that text (the tagger may type a nickname PERSON, MISC or ORG) joins the person.
 */
export function mergeAliases(doc: Doc, clusters: MergeCluster[]): void {
  const t = doc.tokens;
  const w = (i: number) => doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  const ownerAt = new Map<number, MergeCluster>();
  for (const c of clusters) if (c.person) for (const m of c.mentions) ownerAt.set(m.tok, c);
  for (let k = 0; k < t.count; k++) {
    if (!mayStartAliasCue(doc, k) || !ALIAS_CUE_FIRST_WORDS.has(w(k))) continue;
    const cue = ALIAS_CUES.find((c) => c.every((word, i) => k + i < t.count && w(k + i) === word));
    if (!cue) continue;
    let a = k + cue.length;
    while (a < t.count && OPENING_QUOTES.has(w(a))) a++;
    let b = a;
    while (b < t.count && b < a + 4 && /^\p{Lu}/u.test(doc.text[t.start[b]])) b++;
    if (b === a) continue;
    const alias = doc.text.slice(t.start[a], t.end[b - 1]).toLowerCase();
    let x: MergeCluster | undefined;
    for (let j = k - 1; j >= Math.max(0, k - 5) && t.sentence[j] === t.sentence[k]; j--) {
      x = ownerAt.get(j) ?? ownerOfEnd(ownerAt, doc, j);
      if (x || !ALIAS_BRIDGE.has(w(j))) break;
    }
    if (!x) continue;
    for (const y of clusters) {
      if (y === x || y.actor || y.mentions.length === 0 || !['PERSON', 'MISC', 'ORG'].includes(y.type)) continue;
      if (!y.mentions.some((m) => m.kind === 'name' && doc.text.slice(m.start, m.end).toLowerCase() === alias))
        continue;
      moveInto(y, x, 'merge.alias');
      for (const m of x.mentions) ownerAt.set(m.tok, x);
    }
  }
}

/** The person cluster whose name mention ends at token k ("Jack Letts" ends at "Letts"). */
function ownerOfEnd(ownerAt: Map<number, MergeCluster>, doc: Doc, k: number): MergeCluster | undefined {
  const end = doc.tokens.end[k];
  for (let s = k; s >= Math.max(0, k - 5); s--) {
    const c = ownerAt.get(s);
    if (c && c.mentions.some((m) => m.tok === s && m.end === end)) return c;
  }
  return undefined;
}
