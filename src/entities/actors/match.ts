/**
 * matchActors: longest match, left to right, of the actor lexicon over doc.tokens.
 * Lower-cased tokens from the shared vocabulary, one Map lookup per token start; case is checked only on candidates.
 * A hyphenated token ("Pakistan-based", "US-led", "India-Pakistan") also yields its country/demonym parts.
 */
import { TokFlag, TokKind, type Doc } from '../../model/doc.js';
import type { Dictionaries } from '../../model/options.js';
import { tokenIds, TypeCache, TypeFlag, vocab } from '../../text/vocab.js';
import type { ActorKind, ActorMatch } from '../../model/actors.js';
import { codeOnDate, dayNumber } from './dated.js';
import { splitActorCode } from './codes.js';
import { builtinLexicon, CaseMode, userLexicon, type LexEntry, type Lexicon, type TrieNode } from './lexicon.js';

export type { ActorMatch } from '../../model/actors.js';

const HYPHEN_PART_KINDS = new Set<ActorKind>(['country', 'demonym', 'capital', 'igo']);

const resultCache = new WeakMap<Doc, Map<object | null, ActorMatch[]>>();

/**
 * All actor mentions in the doc (built-in tables merged with `dicts`; user entries win ties).
 * The result is cached per doc and dictionaries object: treat it as read-only.
 */
export function matchActors(doc: Doc, dicts?: Partial<Dictionaries>): ActorMatch[] {
  let perDoc = resultCache.get(doc);
  const key = dicts ?? null;
  const hit = perDoc?.get(key);
  if (hit) return hit;
  const out = computeMatches(doc, builtinLexicon(), userLexicon(dicts));
  if (!perDoc) {
    perDoc = new Map();
    resultCache.set(doc, perDoc);
  }
  perDoc.set(key, out);
  return out;
}

interface Found {
  entry: LexEntry;
  end: number;
}

function computeMatches(doc: Doc, lex: Lexicon, user: Lexicon | null): ActorMatch[] {
  const out: ActorMatch[] = [];
  const t = doc.tokens;
  const n = t.count;
  const ids = tokenIds(doc);
  const lexFirst = firstNodes(lex);
  const lexStarts = startFlags(lex, lexFirst);
  const userFirst = user ? firstNodes(user) : null;
  let i = 0;
  while (i < n) {
    const k = t.kind[i];
    if (k === TokKind.Punct || k === TokKind.Quote || k === TokKind.Symbol) {
      i++;
      continue;
    }
    let best: Found | null = user ? longest(doc, ids, user, userFirst!.get(ids[i]), i) : null;
    // Most word types start no entry: a one-byte flag answers before the node cache is read.
    const b = lexStarts.get(ids[i]) ? longest(doc, ids, lex, lexFirst.get(ids[i]), i) : null;
    if (b && (!best || b.end > best.end)) best = b;
    if (best) {
      out.push(toMatch(doc, best.entry, i, best.end, t.start[i], t.end[best.end - 1]));
      i = best.end;
      continue;
    }
    if (k === TokKind.Word && hasHyphen.get(ids[i])) hyphenParts(doc, i, vocab.lower(ids[i]), lex, user, out);
    i++;
  }
  return out;
}

/** Per word type: does it contain a hyphen ("Pakistan-based")? */
const hasHyphen = new TypeFlag((id) => vocab.text(id).includes('-'));

/** Per lexicon: the trie node under each word type as a first token (most types: none), looked up once per type. */
const firstNodeCaches = new WeakMap<Lexicon, TypeCache<TrieNode | undefined>>();

function firstNodes(lex: Lexicon): TypeCache<TrieNode | undefined> {
  let c = firstNodeCaches.get(lex);
  if (!c) {
    c = new TypeCache((t) => lex.root.next?.get(vocab.lower(t)));
    firstNodeCaches.set(lex, c);
  }
  return c;
}

/** Per lexicon: does a word type start any entry (its first-token node exists)? */
const startFlagCaches = new WeakMap<Lexicon, TypeFlag>();

function startFlags(lex: Lexicon, nodes: TypeCache<TrieNode | undefined>): TypeFlag {
  let f = startFlagCaches.get(lex);
  if (!f) {
    f = new TypeFlag((t) => nodes.get(t) !== undefined);
    startFlagCaches.set(lex, f);
  }
  return f;
}

/** Longest passing entry starting at token i, whose word type's first-token node is `top`. */
function longest(doc: Doc, ids: Int32Array, lex: Lexicon, top: TrieNode | undefined, i: number): Found | null {
  if (!top) return null;
  let node: TrieNode = top;
  let found: Found | null = null;
  let j = i + 1;
  for (;;) {
    if (node.entries) {
      const e = pick(doc, node.entries, i, j);
      if (e) found = { entry: e, end: j };
    }
    if (!node.next || j >= doc.tokens.count || j - i >= lex.maxLen) break;
    const child = node.next.get(vocab.lower(ids[j]));
    if (!child) break;
    node = child;
    j++;
  }
  return found;
}

function pick(doc: Doc, entries: LexEntry[], i: number, j: number): LexEntry | null {
  for (const e of entries) if (casePasses(doc, e, i, j)) return e;
  return null;
}

function casePasses(doc: Doc, e: LexEntry, i: number, j: number): boolean {
  const mode = e.caseMode;
  if (mode === CaseMode.Any) return true;
  const t = doc.tokens;
  if (mode === CaseMode.Caps) {
    for (let k = i; k < j; k++) if (!noLowerLetters(doc.text, t.start[k], t.end[k])) return false;
    return true;
  }
  for (let k = i; k < j; k++) {
    if (!(e.capMask & (1 << (k - i)))) continue;
    if (!(t.flags[k] & (TokFlag.Capitalized | TokFlag.AllCaps))) return false;
  }
  if (mode === CaseMode.Weak && j - i === 1 && sentenceInitial(doc, i)) return false;
  return true;
}

function noLowerLetters(text: string, s: number, e: number): boolean {
  let letters = 0;
  for (let p = s; p < e; p++) {
    const ch = text[p];
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters > 0;
}

/** First word of its sentence (after any opening quotes or brackets). */
function sentenceInitial(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  let k = i - 1;
  while (k >= 0 && t.sentence[k] === t.sentence[i] && (t.kind[k] === TokKind.Quote || t.kind[k] === TokKind.Punct)) k--;
  return k < 0 || t.sentence[k] !== t.sentence[i] || (t.flags[i] & TokFlag.ParagraphStart) !== 0;
}

/** "Pakistan-based" -> PAK over "Pakistan"; each hyphen-separated part that is a one-token place or people. */
function hyphenParts(doc: Doc, i: number, lowTok: string, lex: Lexicon, user: Lexicon | null, out: ActorMatch[]): void {
  const base = doc.tokens.start[i];
  let p = 0;
  while (p < lowTok.length) {
    let q = lowTok.indexOf('-', p);
    if (q < 0) q = lowTok.length;
    if (q > p) {
      const part = lowTok.slice(p, q);
      const node = user?.root.next?.get(part) ?? lex.root.next?.get(part);
      const e = node?.entries?.find(
        (x) => HYPHEN_PART_KINDS.has(x.kind) && partCasePasses(doc.text, base + p, base + q, x),
      );
      if (e) out.push(toMatch(doc, e, i, i + 1, base + p, base + q, ':hyphen-part'));
    }
    p = q + 1;
  }
}

function partCasePasses(text: string, s: number, e: number, x: LexEntry): boolean {
  if (x.caseMode === CaseMode.Any) return true;
  if (x.caseMode === CaseMode.Caps) return noLowerLetters(text, s, e);
  const ch = text[s];
  return ch !== ch.toLowerCase();
}

function toMatch(
  doc: Doc,
  e: LexEntry,
  tokStart: number,
  tokEnd: number,
  start: number,
  end: number,
  suffix = '',
): ActorMatch {
  const m: ActorMatch = {
    tokStart,
    tokEnd,
    start,
    end,
    kind: e.kind,
    code: e.code,
    country: e.country,
    sector: e.sector,
    name: e.name,
    rule: e.rule + suffix,
  };
  if (!e.ranges) return m;
  // A dated entry: the code in force on the article's date (none: a person with no code then).
  const code = codeOnDate(e.ranges, dayNumber(doc.dct), e.code, !e.rule.startsWith('actors:user:')) ?? '';
  if (code === e.code) return m;
  const parts = splitActorCode(code);
  return { ...m, code, country: code ? parts.country : e.country, sector: parts.sector, dated: true };
}

/** The title starting at token `tokIndex` (longest), or null: "Prime Minister", "External Affairs Minister". */
export function matchTitle(doc: Doc, tokIndex: number, dicts?: Partial<Dictionaries>): ActorMatch | null {
  if (tokIndex < 0 || tokIndex >= doc.tokens.count) return null;
  const ids = tokenIds(doc);
  const first = vocab.lower(ids[tokIndex]);
  let best: ActorMatch | null = null;
  for (const lex of [userLexicon(dicts), builtinLexicon()]) {
    if (!lex) continue;
    let node = lex.root.next?.get(first);
    let j = tokIndex + 1;
    while (node) {
      const e = node.entries?.find((x) => x.kind === 'title' && casePasses(doc, x, tokIndex, j));
      if (e && (!best || j > best.tokEnd))
        best = toMatch(doc, e, tokIndex, j, doc.tokens.start[tokIndex], doc.tokens.end[j - 1]);
      if (!node.next || j >= doc.tokens.count) break;
      node = node.next.get(vocab.lower(ids[j]));
      j++;
    }
  }
  return best;
}
