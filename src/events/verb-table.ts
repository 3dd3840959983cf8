/**
 * The compiled verb-pattern table: inflected form -> lemma, lemma -> patterns, plus the matcher that tests a pattern
 * around a verb token. Sources, highest priority first: Parley's own lexicon (lexicon.ts), user dictionaries
 * (options.dictionaries.verbs), the generated PETRARCH CAMEO 2.0 table (data/verbs-cameo.json).
 */
import { readDataJson } from '../data-path.js';
import type { UserVerbPattern } from '../model/options.js';
import { regularForms } from '../lang/en/index.js';
import { LEXICON_VERBS, IRREGULAR_FORMS } from './lexicon.js';

/** One pattern element: alternatives, each a word sequence. */
/** The origin of a verb's bare default code in the CAMEO 2.0 table (a pattern with no words, no line). */
export const CAMEO_DEFAULT_ORIGIN = 'CAMEO.2.0.txt';

export type Element = string[][];

export interface VerbPattern {
  code: string;
  /** Code of the reciprocal event (target -> source), PETRARCH "[X:Y]". */
  reciprocal: string | null;
  pre: Element[];
  post: Element[];
  /** '$' after the verb: the source follows ("was attacked by $"). */
  sourceAfter: boolean;
  /** '%' in the pattern: it applies to a compound (coordinated) subject, whose members act on each other. */
  compound: boolean;
  /** The pattern spells out a negation ("&NEGATVAUXVRB * OVER EFFORTS"): its code already says "did not". */
  negation: boolean;
  /** '+' before the verb: the target precedes it. */
  targetBefore: boolean;
  /** '+' right after the last post word ("* EID AT ^ WITH +"): the target is the actor that word introduces. */
  targetAfterLast?: boolean;
  /** '^' between that word and '+' ("* IFTAR IN ^ +"): a noun phrase (one actor) comes before the target. */
  targetSkips?: boolean;
  /** Literal words matched; more is more specific. */
  weight: number;
  /** 3 user dictionary, 2 Parley lexicon, 0 CAMEO 2.0 table. */
  priority: number;
  origin: string;
  /** Per element, the first words of its alternatives:
   * a pattern whose element has none in the sentence cannot match. */
  anchors: string[][];
  /** The same words as anchor ids (anchorIdOf), for the sentence vocabulary's O(1) test. */
  anchorIds: number[][];
  /** The distinct anchor ids of the first element (empty: no elements, the verb's default). */
  firstIds: number[];
  /** The same first words as sets, per element of `pre` and of `post`
   * (a position whose word is in none is skipped at once). */
  preFirst?: Set<string>[];
  postFirst?: Set<string>[];
}

export interface WordInfo {
  lemma: string | undefined;
  /** The word's anchor id when it anchors some pattern of the table, else -1. */
  id: number;
  /** Its lemma's anchor id when the lemma anchors some pattern, else -1. */
  lemmaId: number;
  /** Anchor ids of the word less its final "s" / "es" where that is an anchor,
   * else -1 (plural-tolerant, no slicing). */
  singular1Id: number;
  singular2Id: number;
}

/** One lemma's patterns by first-element anchor id. */
export interface LemmaIndex {
  /** Parallel arrays: an anchor id, the indices of the patterns whose first element it anchors. */
  keyIds: Int32Array;
  lists: number[][];
  /** Anchor id -> position in keyIds + 1 (0: none), built on first use (only lemmas with many keys need it). */
  slotOf: Uint16Array | null;
  /** Patterns without elements (the verb's default): always candidates. */
  defaults: number[] | undefined;
}

export interface VerbTable {
  forms: Map<string, string>;
  patterns: Map<string, VerbPattern[]>;
  /** Per lemma: first-element anchor word -> indices into its sorted pattern list
   * (built by lemmaIndex on first use). */
  anchorIndex?: Map<string, LemmaIndex>;
  /** Every anchor word of any pattern element (a sentence's other words can never select or satisfy a pattern). */
  allAnchors?: Set<string>;
  /** Per anchor id: 1 when the word anchors the first element of some pattern of this table. */
  firstById?: Uint8Array;
  /** A word's lemma (a verb form), whether it is an anchor, and whether its lemma is one; undefined: none of these. */
  wordInfo?: (word: string) => WordInfo | undefined;
}

const MAX_GAP = 4;

/** Every pattern anchor word numbered once for all tables (user tables share the built-in pattern objects). */
const anchorIds = new Map<string, number>();
const anchorWordsById: string[] = [];

function anchorIdOf(w: string): number {
  let id = anchorIds.get(w);
  if (id === undefined) {
    id = anchorWordsById.length;
    anchorIds.set(w, id);
    anchorWordsById.push(w);
  }
  return id;
}
const NEGATION_WORDS = new Set([
  'not',
  "n't",
  'never',
  'no',
  "didn't",
  "won't",
  "can't",
  "don't",
  "doesn't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "wouldn't",
  "shouldn't",
  "couldn't",
  'cannot',
]);

/** TreeBank-split contractions in patterns ("did n't", "wo n't") -> the single tokens Parley's tokenizer makes. */
function joinContractions(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w === "n't" && out.length) {
      const prev = out.pop()!;
      out.push(prev === 'wo' ? "won't" : prev === 'ca' ? "can't" : prev === 'sha' ? "shan't" : `${prev}n't`);
    } else out.push(w);
  }
  return out;
}
const MARKERS = new Set(['+', '$', '%', '^']);

/**
 * One element, compiled once per spelling and shared by every pattern that uses it: its alternatives and what the
 * matcher and the indexes need of them (first words, their anchor ids and set).
 */
interface CompiledElement {
  el: Element;
  negation: boolean;
  minLength: number;
  /** First word of each alternative. */
  anchors: string[];
  anchorIds: number[];
  /** The distinct anchor ids, in first-seen order. */
  distinctIds: number[];
  first: Set<string>;
}

/** Compiled elements per synsets object: a synset ("&COUNTRY") recurs in thousands of patterns; expand it once. */
const elementCaches = new WeakMap<object, Map<string, CompiledElement>>();
const NO_SYNSETS = {};

function compileElement(raw: string, synsets?: Record<string, string[]>): CompiledElement {
  let cache = elementCaches.get(synsets ?? NO_SYNSETS);
  if (!cache) elementCaches.set(synsets ?? NO_SYNSETS, (cache = new Map()));
  const hit = cache.get(raw);
  if (hit) return hit;
  const alts = raw.startsWith('&') ? (synsets?.[raw] ?? []) : raw.split('|');
  const el: Element = alts.map((a) => joinContractions(a.split(/[\s_]+/).filter(Boolean))).filter((a) => a.length > 0);
  const negation = el.some((alt) => alt.some((w) => NEGATION_WORDS.has(w)));
  const anchors = el.map((alt) => alt[0]);
  const ids = anchors.map(anchorIdOf);
  const out: CompiledElement = {
    el,
    negation,
    minLength: el.length ? Math.min(...el.map((a) => a.length)) : 0,
    anchors,
    anchorIds: ids,
    distinctIds: [...new Set(ids)],
    first: new Set(anchors),
  };
  cache.set(raw, out);
  return out;
}

export function compilePattern(
  codeSpec: string,
  elements: readonly string[],
  priority: number,
  origin: string,
  synsets?: Record<string, string[]>,
): VerbPattern {
  const [code, reciprocal = null] = codeSpec.split(':');
  // The non-empty elements in order; the first `preCount` of them come before the verb.
  const els: CompiledElement[] = [];
  let preCount = 0;
  let seenVerb = false;
  let sourceAfter = false;
  let compound = false;
  let negation = false;
  let targetBefore = false;
  let targetAfterLast = false;
  let targetSkips = false;
  let weight = 0;
  for (let e = 0; e < elements.length; e++) {
    const raw = elements[e];
    if (raw === '*') {
      seenVerb = true;
      continue;
    }
    if (raw === '^' && seenVerb && !targetAfterLast) targetSkips = true;
    else if (raw !== '^') {
      if (raw !== '+') targetSkips = false;
      targetAfterLast = raw === '+' && seenVerb && els.length > preCount;
    }
    if (MARKERS.has(raw)) {
      if (raw === '$' && seenVerb) sourceAfter = true;
      // '%' before the verb: a compound subject (after it, a compound object, which needs no check here).
      if (raw === '%' && !seenVerb) compound = true;
      if (raw === '+' && !seenVerb) targetBefore = true;
      continue;
    }
    const compiled = compileElement(raw, synsets);
    if (compiled.negation) negation = true;
    if (compiled.el.length === 0) continue;
    weight += compiled.minLength;
    els.push(compiled);
    if (!seenVerb) preCount++;
  }
  // No verb marker: every element follows the verb.
  if (!seenVerb) preCount = 0;
  // map() sizes each array exactly (a pushed-to empty array reserves 17 slots: ~2 MB over the built-in table).
  const preEls = els.slice(0, preCount);
  const postEls = els.slice(preCount);
  return {
    code,
    reciprocal: reciprocal || null,
    pre: preEls.map((c) => c.el),
    post: postEls.map((c) => c.el),
    sourceAfter,
    compound,
    negation,
    targetBefore,
    targetAfterLast,
    targetSkips: targetAfterLast && targetSkips,
    weight,
    priority,
    origin,
    anchors: els.map((c) => c.anchors),
    anchorIds: els.map((c) => c.anchorIds),
    firstIds: els.length ? els[0].distinctIds : [],
    preFirst: preEls.map((c) => c.first),
    postFirst: postEls.map((c) => c.first),
  };
}

function addForms(forms: Map<string, string>, lemma: string, extra: readonly string[] = []): void {
  const regular = regularForms(lemma);
  for (let i = 0; i < regular.length; i++) if (!forms.has(regular[i])) forms.set(regular[i], lemma);
  for (let i = 0; i < extra.length; i++) forms.set(extra[i], lemma);
}

function patternList(table: VerbTable, lemma: string): VerbPattern[] {
  let list = table.patterns.get(lemma);
  if (!list) table.patterns.set(lemma, (list = []));
  return list;
}

function addPattern(table: VerbTable, lemma: string, p: VerbPattern): void {
  patternList(table, lemma).push(p);
}

interface VerbsFile {
  synsets: Record<string, string[]>;
  blocks: { v: (string | null)[][]; p: [string, string, number, string?][] }[];
}

let builtin: VerbTable | null = null;

/** The built-in table (lexicon + CAMEO 2.0), loaded once. */
export function builtinVerbTable(): VerbTable {
  if (builtin) return builtin;
  const table: VerbTable = { forms: new Map(), patterns: new Map() };
  // Every pattern object the table holds, once: a block's patterns are shared by all its verbs (44k references
  // to 4.8k patterns), and sortPatterns needs each only once.
  const unique: VerbPattern[] = [];
  for (const [form, lemma] of Object.entries(IRREGULAR_FORMS)) table.forms.set(form, lemma);
  for (const entry of LEXICON_VERBS) {
    const p = compilePattern(entry.cameo, entry.pattern, 2, entry.origin);
    addForms(table.forms, entry.verb);
    addPattern(table, entry.verb, p);
    unique.push(p);
  }
  const file = readDataJson<VerbsFile>('verbs-cameo.json');
  // A verb's default ("*" alone) depends only on its code: 1,054 verbs share 69 of them.
  const defaults = new Map<string, VerbPattern>();
  const defaultFor = (code: string): VerbPattern => {
    let p = defaults.get(code);
    if (!p) {
      defaults.set(code, (p = compilePattern(code, ['*'], 0, CAMEO_DEFAULT_ORIGIN)));
      unique.push(p);
    }
    return p;
  };
  for (let b = 0; b < file.blocks.length; b++) {
    const block = file.blocks[b];
    const compiled = block.p.map(([code, pat, line, only]) => ({
      pattern: compilePattern(code, pat.split(' '), 0, `CAMEO.2.0.txt:${line}`, file.synsets),
      only: only ? new Set(only.split(' ')) : null,
      used: false,
    }));
    for (let vi = 0; vi < block.v.length; vi++) {
      const v = block.v[vi];
      const lemma = v[0] as string;
      const code = v[1];
      addForms(table.forms, lemma, v.slice(2) as string[]);
      if (code) addPattern(table, lemma, defaultFor(code));
      // Looked up once per verb, not per pattern; created only if a pattern fits (a verb without any has no list).
      let list: VerbPattern[] | undefined;
      for (let ci = 0; ci < compiled.length; ci++) {
        const c = compiled[ci];
        if (c.only && !c.only.has(lemma)) continue;
        (list ??= patternList(table, lemma)).push(c.pattern);
        // Listed once, and only if some verb holds it (an "only" pattern may fit none of its block's verbs).
        if (!c.used) {
          c.used = true;
          unique.push(c.pattern);
        }
      }
    }
  }
  sortPatterns(table, unique);
  builtin = table;
  return table;
}

const userTables = new WeakMap<readonly UserVerbPattern[], VerbTable>();
const replaceTables = new WeakMap<readonly UserVerbPattern[], VerbTable>();

/** The built-in table extended with a user's verb patterns (cached per dictionary array). */
export function verbTableWith(user: readonly UserVerbPattern[] | undefined, replace = false): VerbTable {
  const base = builtinVerbTable();
  if (!user || user.length === 0) return base;
  const cache = replace ? replaceTables : userTables;
  const cached = cache.get(user);
  if (cached) return cached;
  const table: VerbTable = replace
    ? { forms: new Map(base.forms), patterns: new Map() }
    : { forms: new Map(base.forms), patterns: new Map([...base.patterns].map(([k, v]) => [k, v.slice()])) };
  for (const p of user) {
    const spec = p.reciprocal ? `${p.cameo}:${p.reciprocal}` : p.cameo;
    addPattern(table, p.verb, compilePattern(spec, p.pattern.length ? p.pattern : ['*'], 3, p.origin));
  }
  // Inflections: a form that maps to a verb the table has no patterns for is free to take a user verb's reading,
  // and a user verb's own spelling is always itself ("LEFT" listed as a verb beats "left" as a form of "leave").
  for (const [form, lemma] of table.forms) if (!table.patterns.has(lemma)) table.forms.delete(form);
  for (const p of user) addForms(table.forms, p.verb);
  for (const p of user) table.forms.set(p.verb, p.verb);
  sortPatterns(table);
  cache.set(user, table);
  return table;
}

/**
 * The table-wide indexes: every anchor word, which anchor ids start some pattern, and the per-word info. Each
 * lemma's own order and index (lemmaIndex) are built the first time the lemma is met, because a run meets only a
 * few hundred of the table's 1,600 lemmas.
 */
function sortPatterns(table: VerbTable, unique: readonly VerbPattern[] = uniquePatterns(table)): void {
  table.anchorIndex = new Map();
  const all = new Set<string>();
  table.allAnchors = all;
  const firstById = new Uint8Array(anchorWordsById.length);
  table.firstById = firstById;
  // Anchor arrays are shared per compiled element ("&COUNTRY": hundreds of words, in many patterns): add each once.
  const seenAnchors = new Set<string[]>();
  // Indexed loops and forEach, not for-of: this runs once, in the interpreter, where each for-of step allocates an
  // iterator result (megabytes of garbage over the table).
  for (let i = 0; i < unique.length; i++) {
    const p = unique[i];
    for (let k = 0; k < p.anchors.length; k++) {
      const alts = p.anchors[k];
      if (seenAnchors.has(alts)) continue;
      seenAnchors.add(alts);
      for (let j = 0; j < alts.length; j++) all.add(alts[j]);
    }
    if (p.anchors.length > 0) for (let k = 0; k < p.firstIds.length; k++) firstById[p.firstIds[k]] = 1;
  }
  const idIn = (w: string): number => (all.has(w) ? anchorIds.get(w)! : -1);
  const forms = table.forms;
  // Worked out per word when the coder first meets it (once per word type): the table's 10,000 forms and plurals
  // of its anchors are more words than a run meets.
  table.wordInfo = (w) => {
    // Plural forms of anchors ("talks" -> "talk", "sanctions" -> "sanction", "taxes" -> "tax").
    let singular1Id = -1;
    let singular2Id = -1;
    if (w.length >= 3 && w.endsWith('s')) {
      const a = w.slice(0, -1);
      if (all.has(a)) singular1Id = anchorIds.get(a)!;
    }
    if (w.length >= 3 && w.endsWith('es')) {
      const a = w.slice(0, -2);
      if (all.has(a)) singular2Id = anchorIds.get(a)!;
    }
    const lemma = forms.get(w);
    if (lemma !== undefined) return { lemma, id: idIn(w), lemmaId: idIn(lemma), singular1Id, singular2Id };
    if (all.has(w) || singular1Id >= 0 || singular2Id >= 0)
      return { lemma: undefined, id: idIn(w), lemmaId: -1, singular1Id, singular2Id };
    return undefined;
  };
}

/** The table's distinct pattern objects (block patterns are shared by every verb of their block). */
function uniquePatterns(table: VerbTable): VerbPattern[] {
  const seen = new Set<VerbPattern>();
  for (const list of table.patterns.values()) for (const p of list) seen.add(p);
  return [...seen];
}

/** Per anchor id, its slot in the lemma being indexed (-1: none); reset after each lemma. */
let slotScratch = new Int32Array(0);

/**
 * A lemma's patterns sorted most specific first (more literal words, then higher priority; file order among
 * equals), so the first that matches is the one to use, and their index by first-element anchor id.
 */
function lemmaIndex(table: VerbTable, lemma: string, list: VerbPattern[]): LemmaIndex {
  const built = table.anchorIndex!.get(lemma);
  if (built) return built;
  // Markers make a pattern more specific too: "% *" (compound subject) before the bare "*" default.
  list.sort((a, b) => b.weight - a.weight || Number(b.compound) - Number(a.compound) || b.priority - a.priority);
  if (slotScratch.length < anchorWordsById.length) slotScratch = new Int32Array(anchorWordsById.length).fill(-1);
  const slot = slotScratch;
  const keyIds: number[] = [];
  const lists: number[][] = [];
  let defaults: number[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const ids = list[i].firstIds;
    if (list[i].anchors.length === 0) {
      (defaults ??= []).push(i);
      continue;
    }
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      if (slot[id] < 0) {
        slot[id] = keyIds.length;
        keyIds.push(id);
        lists.push([i]);
      } else lists[slot[id]].push(i);
    }
  }
  for (const id of keyIds) slot[id] = -1;
  const index: LemmaIndex = { keyIds: Int32Array.from(keyIds), lists, slotOf: null, defaults };
  table.anchorIndex!.set(lemma, index);
  return index;
}

let scratch = new Uint8Array(1024);
/** What markIds saw since candidatePatterns reset it: the count and index range of the marked patterns. */
const marked = { hits: 0, lo: 0, hi: -1 };

function markIds(ids: readonly number[]): void {
  const mark = scratch;
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    if (mark[i]) continue;
    mark[i] = 1;
    marked.hits++;
    if (i < marked.lo) marked.lo = i;
    if (i > marked.hi) marked.hi = i;
  }
}

/**
 * The patterns of `lemma` worth testing in a sentence, most specific first: those whose first element's anchor
 * occurs in the sentence, plus those without elements (the verb's default).
 */
export function candidatePatterns(table: VerbTable, lemma: string, vocab: AnchorVocabulary): VerbPattern[] {
  const list = table.patterns.get(lemma);
  if (!list) return [];
  const index = lemmaIndex(table, lemma, list);
  // Mark the hits in a reused scratch buffer, then read them back in list order (most specific first).
  if (scratch.length < list.length) scratch = new Uint8Array(list.length * 2);
  marked.hits = 0;
  marked.lo = list.length;
  marked.hi = -1;
  if (index.defaults) markIds(index.defaults);
  const firstIds = vocab.firstIds;
  const keyIds = index.keyIds;
  // Visit whichever is shorter: the sentence's anchors (one array read each) or the lemma's keys.
  if (keyIds.length > firstIds.length * 2 && keyIds.length < 0xffff) {
    const slotOf = index.slotOf ?? (index.slotOf = slotsOf(keyIds));
    for (let j = 0; j < firstIds.length; j++) {
      const id = firstIds[j];
      const at = id < slotOf.length ? slotOf[id] : 0;
      if (at !== 0) markIds(index.lists[at - 1]);
    }
  } else {
    for (let j = 0; j < keyIds.length; j++) if (vocab.hasId(keyIds[j])) markIds(index.lists[j]);
  }
  const { hits, lo, hi } = marked;
  const mark = scratch;
  const out: VerbPattern[] = new Array(hits);
  let k = 0;
  for (let i = lo; i <= hi; i++)
    if (mark[i]) {
      out[k++] = list[i];
      mark[i] = 0;
    }
  return out;
}

/** Anchor id -> position + 1 in keyIds (0 for the ids not there), as wide as the anchor ids numbered so far. */
function slotsOf(keyIds: Int32Array): Uint16Array {
  const slots = new Uint16Array(anchorWordsById.length);
  for (let j = 0; j < keyIds.length; j++) slots[keyIds[j]] = j + 1;
  return slots;
}

/**
 * A sentence's vocabulary of anchor ids: the anchors among its tokens, their lemmas and singulars. A stamp per
 * id (reset by bumping the stamp) instead of a Set per sentence; one instance is reused sentence after sentence.
 */
export class AnchorVocabulary {
  private stamp = new Uint32Array(1024);
  private cur = 0;
  private firstById: Uint8Array = new Uint8Array(0);
  /** The added anchor ids that anchor some pattern's first element (all a pattern lookup needs to visit). */
  firstIds: number[] = [];

  reset(table: VerbTable): void {
    if (this.stamp.length < anchorWordsById.length) this.stamp = new Uint32Array(anchorWordsById.length * 2);
    if (this.cur === 0xffffffff) {
      this.stamp.fill(0);
      this.cur = 0;
    }
    this.cur++;
    this.firstById = table.firstById ?? this.firstById;
    this.firstIds = [];
  }

  add(id: number): void {
    if (this.stamp[id] === this.cur) return;
    this.stamp[id] = this.cur;
    if (this.firstById[id] === 1) this.firstIds.push(id);
  }

  hasId(id: number): boolean {
    return this.stamp[id] === this.cur;
  }
}

/** Could the pattern match at all, given the sentence's words? (Cheap test before the positional match.) */
export function anchorsPresent(p: VerbPattern, vocab: AnchorVocabulary): boolean {
  const els = p.anchorIds;
  for (let e = 0; e < els.length; e++) {
    const alts = els[e];
    let any = false;
    for (let j = 0; j < alts.length; j++)
      if (vocab.hasId(alts[j])) {
        any = true;
        break;
      }
    if (!any) return false;
  }
  return true;
}

/** Does `w` (a pattern word) match token `tok` (lower case) or its lemma? Plural and verb-form tolerant. */
export function wordMatches(w: string, tok: string, lemma: string | undefined): boolean {
  if (w === tok || w === lemma) return true;
  if (tok.length > w.length && tok.startsWith(w)) {
    const rest = tok.slice(w.length);
    return rest === 's' || rest === 'es';
  }
  return false;
}

/** Whether token `i` could start one of the element's alternatives (its word, lemma or singular is a first word). */
function couldStart(
  first: Set<string> | undefined,
  words: readonly string[],
  lemmas: readonly (string | undefined)[],
  i: number,
): boolean {
  if (!first) return true;
  const tok = words[i];
  if (first.has(tok)) return true;
  const lemma = lemmas[i];
  if (lemma !== undefined && first.has(lemma)) return true;
  if (tok.length > 2 && tok.charCodeAt(tok.length - 1) === 115 /* s */) {
    if (first.has(tok.slice(0, -1))) return true;
    if (tok.charCodeAt(tok.length - 2) === 101 /* e */ && first.has(tok.slice(0, -2))) return true;
  }
  return false;
}

/** Where the element matches from position `i` forward: the end index, or -1. */
function matchAt(
  el: Element,
  words: readonly string[],
  lemmas: readonly (string | undefined)[],
  i: number,
  end: number,
  first?: Set<string>,
): number {
  if (!couldStart(first, words, lemmas, i)) return -1;
  for (const alt of el) {
    if (i + alt.length > end) continue;
    let ok = true;
    for (let k = 0; k < alt.length; k++) {
      if (!wordMatches(alt[k], words[i + k], lemmas[i + k])) {
        ok = false;
        break;
      }
    }
    if (ok) return i + alt.length;
  }
  return -1;
}

export interface PatternMatch {
  /** Token index (in the words array) after the last matched post element, or verb+1. */
  postEnd: number;
  /** First token of the last post element (where a '+' target after "with", "to" would start). */
  lastPost: number;
}

/**
 * Test a pattern around the verb at `v` within [lo, hi): pre elements in order before the verb (within `preWindow`
 * tokens), post elements in order after it (within `postWindow`). Gaps are allowed, as in a shallow PETRARCH match.
 */
export function matchPattern(
  p: VerbPattern,
  words: readonly string[],
  lemmas: readonly (string | undefined)[],
  v: number,
  lo: number,
  hi: number,
  preWindow = 6,
  postWindow = 10,
): PatternMatch | null {
  // The generated table's block-wide patterns need words close together; hand-made ones may span a clause.
  const gap = p.priority === 0 ? MAX_GAP : postWindow;
  // Pre: match backwards, last element nearest the verb.
  let cur = v;
  const preLo = Math.max(lo, v - preWindow);
  for (let e = p.pre.length - 1; e >= 0; e--) {
    let found = -1;
    for (let i = cur - 1; i >= Math.max(preLo, cur - gap - 1); i--) {
      const end = matchAt(p.pre[e], words, lemmas, i, cur, p.preFirst?.[e]);
      if (end >= 0) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    cur = found;
  }
  let pos = v + 1;
  let lastPost = v + 1;
  const postHi = Math.min(hi, v + 1 + postWindow);
  for (let e = 0; e < p.post.length; e++) {
    const el = p.post[e];
    const first = p.postFirst?.[e];
    let found = -1;
    // Elements sit close together (a shallow stand-in for PETRARCH's phrase structure): a gap of a few words.
    const elHi = Math.min(postHi, pos + gap + 1);
    for (let i = pos; i < elHi; i++) {
      const end = matchAt(el, words, lemmas, i, postHi, first);
      if (end >= 0) {
        found = i;
        pos = end;
        break;
      }
    }
    if (found < 0) return null;
    lastPost = found;
  }
  return { postEnd: pos, lastPost };
}
