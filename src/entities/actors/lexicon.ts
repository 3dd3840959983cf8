/**
 * The actor lexicon: a token trie over lower-cased token strings, built from data/actors.txt
 * (scripts/build-actor-tables.ts), plus one small trie per user-dictionaries object (cached in a WeakMap).
 * Surfaces are tokenized with the pipeline's own tokenizer so "U.S.", "Lt. Gen." and "'s" split the same way.
 */
import { NAME_FUNCTION_WORDS } from './name-words.js';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../data-path.js';
import { tokenize } from '../../text/tokenize.js';
import type { Dictionaries, UserActorEntry } from '../../model/options.js';
import type { ActorKind } from '../../model/actors.js';
import { splitActorCode } from './codes.js';
import { boundNumber, parseRanges, type DatedRange } from './dated.js';

export type { ActorKind } from '../../model/actors.js';

/** Case rule: any case; capitalized (proper); all caps; capitalized and not sentence-initial (also a common word). */
export const enum CaseMode {
  Any = 0,
  Proper = 1,
  Caps = 2,
  Weak = 3,
}

export interface LexEntry {
  kind: ActorKind;
  code: string;
  country: string | null;
  sector: string | null;
  name: string;
  caseMode: CaseMode;
  /** Bit i set: token i of the surface must be capitalized under Proper/Weak (function words are exempt). */
  capMask: number;
  rule: string;
  /** Preference among readings of one surface (lower wins). */
  rank: number;
  /** Dated codes (a person of the Phoenix lists, a dated user entry): `code` is the current one. */
  ranges?: DatedRange[];
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: LexEntry[] | null;
}

export interface Lexicon {
  root: TrieNode;
  /** Longest surface in tokens (bounds the walk). */
  maxLen: number;
  /** Readings added (for the shipped lexicon: table rows). */
  size: number;
}

const KIND_BY_LETTER: Record<string, ActorKind> = {
  c: 'country',
  d: 'demonym',
  k: 'capital',
  y: 'city',
  i: 'institution',
  g: 'igo',
  a: 'agent',
  t: 'title',
  n: 'person',
  o: 'org',
};
const SOURCE_BY_LETTER: Record<string, string> = {
  w: 'world-countries',
  i: 'countryinfo',
  x: 'phoenix',
  l: 'plover',
  f: 'facts',
};
const CASE_BY_LETTER: Record<string, CaseMode> = {
  A: CaseMode.Any,
  P: CaseMode.Proper,
  C: CaseMode.Caps,
  W: CaseMode.Weak,
};

/** Which reading wins when one surface has several that pass the case test. */
const KIND_RANK: Record<ActorKind, number> = {
  country: 0,
  demonym: 1,
  capital: 2,
  igo: 3,
  title: 4,
  agent: 5,
  institution: 6,
  org: 7,
  person: 8,
  city: 9,
};

/** Name function words, and the symbols that join name parts ("AT&T", "Guinea-Bissau", "People's"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...NAME_FUNCTION_WORDS, "'s", '&', '-']);

const ARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn)-/;

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lower-cased tokens of a surface form, split exactly as the pipeline splits text. */
export function surfaceTokens(surface: string): string[] {
  // Fast path for plain words (most rows): the tokenizer would split them at the spaces anyway.
  if (PLAIN.test(surface)) return surface.toLowerCase().split(' ');
  const t = tokenize(surface);
  const out: string[] = new Array(t.count);
  for (let i = 0; i < t.count; i++) out[i] = surface.slice(t.start[i], t.end[i]).toLowerCase();
  return out;
}

function capMaskOf(tokens: string[]): number {
  let mask = 0;
  for (let i = 0; i < tokens.length && i < 31; i++) {
    const w = tokens[i];
    const c = w.charCodeAt(0);
    const letter = w[0] !== w[0].toUpperCase() || (c >= 0x61 && c <= 0x7a);
    // "al-Assad", "bin-Salman": the joined article is written lower case.
    if (letter && !FUNCTION_WORDS.has(w) && !ARTICLE_JOINED.test(w)) mask |= 1 << i;
  }
  return mask;
}

export function emptyLexicon(): Lexicon {
  return { root: { next: null, entries: null }, maxLen: 0, size: 0 };
}

export function addEntry(lex: Lexicon, tokens: string[], entry: LexEntry): void {
  if (tokens.length === 0) return;
  let node = lex.root;
  for (const t of tokens) node = childFor(node, t);
  if (!addToNode(node, entry)) return;
  lex.size++;
  if (tokens.length > lex.maxLen) lex.maxLen = tokens.length;
}

function childFor(node: TrieNode, token: string): TrieNode {
  if (!node.next) node.next = new Map();
  let child = node.next.get(token);
  if (!child) {
    child = { next: null, entries: null };
    node.next.set(token, child);
  }
  return child;
}

/** Add a reading to a node (kept sorted by rank, ties in insertion order); false when it is already there. */
function addToNode(node: TrieNode, entry: LexEntry): boolean {
  if (!node.entries) node.entries = [entry];
  else {
    if (node.entries.some((e) => e.kind === entry.kind && e.code === entry.code && e.caseMode === entry.caseMode))
      return false;
    node.entries.push(entry);
    node.entries.sort((a, b) => a.rank - b.rank);
  }
  return true;
}

/** A table row: [surface, flags (kind, case, source letters), code, name (when it differs from the surface or
 * ranges follow), dated codes (formatRanges)]. */
export type TableRow = [string, string, string, string?, string?];

export const ACTOR_TABLE_FILE = 'actors.txt';
export const ACTOR_TABLE_VERSION = 4;

/** First line of the table file. */
export interface ActorTableHeader {
  version: number;
  generatedBy: string;
  sources: string[];
  countries: Record<string, string>;
  rowCount: number;
  /** Longest surface in tokens. */
  maxTokens: number;
}

/**
 * The table file (scripts/build-actor-tables.ts writes it): a JSON header line, then one line per first token:
 * the token (lower-cased, as surfaceTokens splits), a tab, and the JSON array of its rows in table order.
 * Loading only splits lines; a group's JSON is parsed when its first token is first looked up.
 */
export function formatActorTable(header: ActorTableHeader, groups: Map<string, TableRow[]>): string {
  const lines = [JSON.stringify(header)];
  for (const [first, rows] of groups) {
    if (/[\t\n]/.test(first))
      throw new Error(`actor table: first token with a tab or newline: ${JSON.stringify(first)}`);
    lines.push(`${first}\t${JSON.stringify(rows)}`);
  }
  return lines.join('\n') + '\n';
}

/** The header and, per first token, its rows as unparsed JSON text. */
export function parseActorTable(text: string): { header: ActorTableHeader; groups: Map<string, string> } {
  let nl = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, nl)) as ActorTableHeader;
  if (header.version !== ACTOR_TABLE_VERSION) {
    throw new Error(
      `data/${ACTOR_TABLE_FILE}: version ${header.version}, expected ${ACTOR_TABLE_VERSION} (rerun scripts/build-actor-tables.ts)`,
    );
  }
  const groups = new Map<string, string>();
  for (let p = nl + 1; p < text.length; p = nl + 1) {
    nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', p);
    if (tab < 0 || tab > nl) continue;
    groups.set(text.slice(p, tab), text.slice(tab + 1, nl));
  }
  return { header, groups };
}

let builtin: { lex: Lexicon; countries: Map<string, string>; text: string } | null = null;

/** The shipped lexicon (loaded on first use). */
export function builtinLexicon(): Lexicon {
  return loadBuiltin().lex;
}

/** ISO-3 code -> country name, from the shipped table. */
export function countryNames(): Map<string, string> {
  return loadBuiltin().countries;
}

/**
 * The root's children of the shipped lexicon, built on first lookup: the table comes grouped by first token,
 * and get() builds the sub-trie under a first token from its group (in table order, so entries come out as an
 * eager build would make them). Lookups (get, has) see every surface; iteration and `size` only the sub-tries
 * built so far.
 */
class LazyRootChildren extends Map<string, TrieNode> {
  /** First token -> its rows as JSON text, for sub-tries not built yet. */
  constructor(private readonly pending: Map<string, string>) {
    super();
  }

  override get(token: string): TrieNode | undefined {
    const node = super.get(token);
    if (node !== undefined) return node;
    const json = this.pending.get(token);
    if (json === undefined) return undefined;
    this.pending.delete(token);
    const top: TrieNode = { next: null, entries: null };
    // The key is kept for good: give it its own storage (a slice of 13+ chars would keep the caller's text alive).
    super.set(token.length < 13 ? token : Buffer.from(token, 'utf16le').toString('utf16le'), top);
    for (const row of JSON.parse(json) as TableRow[]) {
      const tokens = surfaceTokens(row[0]);
      let n = top;
      for (let k = 1; k < tokens.length; k++) n = childFor(n, tokens[k]);
      addToNode(n, rowEntry(row, tokens));
    }
    return top;
  }

  override has(token: string): boolean {
    return super.has(token) || this.pending.has(token);
  }
}

function rowEntry([surface, flags, code, name, ranges]: TableRow, tokens: string[]): LexEntry {
  const kind = KIND_BY_LETTER[flags[0]];
  const parts = kind === 'agent' || kind === 'title' ? { country: null, sector: code || null } : splitActorCode(code);
  return {
    kind,
    code,
    country: parts.country,
    sector: parts.sector,
    name: name ?? surface,
    caseMode: CASE_BY_LETTER[flags[1]],
    capMask: capMaskOf(tokens),
    rule: `actors:${kind}:${SOURCE_BY_LETTER[flags[2]]}`,
    // Hand-checked institutions beat sector nouns ("State Department"); Phoenix ones do not ("Congress", "Senate").
    rank: kind === 'institution' && flags[2] === 'f' ? KIND_RANK.title - 0.5 : KIND_RANK[kind],
    ranges: ranges ? parseRanges(ranges) : undefined,
  };
}

function loadBuiltin(): { lex: Lexicon; countries: Map<string, string>; text: string } {
  if (builtin) return builtin;
  const text = readFileSync(dataPath(ACTOR_TABLE_FILE), 'utf8');
  const { header, groups } = parseActorTable(text);
  const lex: Lexicon = {
    root: { next: new LazyRootChildren(groups), entries: null },
    maxLen: header.maxTokens,
    size: header.rowCount,
  };
  builtin = { lex, countries: new Map(Object.entries(header.countries)), text };
  return builtin;
}

/**
 * The shipped table file's text, as the lexicon read it: other indexes over its rows (surnames.ts) scan it without
 * reading and decoding the file again. The groups not yet built are slices of it, so keeping it costs no memory.
 */
export function builtinActorTableText(): string {
  return loadBuiltin().text;
}

const userCache = new WeakMap<object, Lexicon | null>();

/** The trie of a user-dictionaries object (actors and agents), built once per object; null when it has none. */
export function userLexicon(dicts: Partial<Dictionaries> | undefined): Lexicon | null {
  if (!dicts) return null;
  const cached = userCache.get(dicts);
  if (cached !== undefined) return cached;
  const actors = dicts.actors ?? [];
  const agents = dicts.agents ?? [];
  let lex: Lexicon | null = null;
  if (actors.length || agents.length) {
    lex = emptyLexicon();
    for (const a of actors) {
      const kind = userKind(a);
      const ranges = a.codes?.length
        ? a.codes.map((c) => ({ code: c.code, from: boundNumber(c.from), to: boundNumber(c.to) }))
        : undefined;
      for (const n of a.names) {
        const surface = n.replace(/_/g, ' ').trim();
        const tokens = surfaceTokens(surface);
        addEntry(lex, tokens, {
          kind,
          code: a.code,
          country: a.country,
          sector: a.sector,
          name: a.names[0].replace(/_/g, ' ').trim(),
          caseMode: userCase(surface),
          capMask: capMaskOf(tokens),
          rule: `actors:user:${a.origin}`,
          rank: KIND_RANK[kind],
          ranges,
        });
      }
    }
    for (const g of agents) {
      for (const t of g.terms) {
        const tokens = surfaceTokens(t.replace(/_/g, ' ').trim());
        addEntry(lex, tokens, {
          kind: 'agent',
          code: g.sector,
          country: null,
          sector: g.sector,
          name: g.terms[0],
          caseMode: CaseMode.Any,
          capMask: 0,
          rule: `actors:user:${g.origin}`,
          rank: KIND_RANK.agent,
        });
      }
    }
  }
  userCache.set(dicts, lex);
  return lex;
}

function userKind(a: UserActorEntry): ActorKind {
  switch (a.type) {
    case 'PERSON':
      return 'person';
    case 'NORP':
      return 'demonym';
    case 'LOC':
      return 'city';
    case 'GPE':
      return a.code.length === 3 ? 'country' : 'city';
    default:
      return a.code.startsWith('IGO') ? 'igo' : 'org';
  }
}

/** PETRARCH files are upper case: treat them as proper names; short all-caps names as acronyms. */
function userCase(surface: string): CaseMode {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toLowerCase()) return CaseMode.Any;
  if (!surface.includes(' ') && letters.length <= 3 && letters === letters.toUpperCase()) return CaseMode.Caps;
  return CaseMode.Proper;
}
