/**
 * The event coder: per sentence, find triggers (verbs of the verb table, event nouns), pick the most specific
 * pattern, find source and target actors with a light clause analysis, set modality, and emit one coded event
 * per source/target dyad. Works over the token arrays; one lower-cased string per token, Map lookups only.
 */
import type { Doc } from '../model/doc.js';
import { TokFlag, TokKind } from '../model/doc.js';
import type { Modality } from '../model/schema.js';
import type { ActorSpan } from './actors.js';
import { EVENT_NOUNS, UNCONVENTIONAL } from './lexicon.js';
import {
  AnchorVocabulary,
  anchorsPresent,
  candidatePatterns,
  matchPattern,
  type VerbPattern,
  type VerbTable,
} from './verb-table.js';
import { tokenIds, TypeCache, vocab } from '../text/vocab.js';
import { ARTICLES, DETERMINERS, PASSIVE_AUXILIARIES, POSSESSIVE_DETERMINERS } from '../lang/en/index.js';
import { posScoresAt, posTagAt } from '../pos/tagger.js';
import { posClasses } from './predicates.js';

export interface RawEvent {
  cameo: string;
  /** Coordinated sources act on each other (a '%' pattern, or a reciprocal kind of act with no object). */
  mutual: boolean;
  /** Code of the reciprocal event (each target -> each source), when the pattern has one. */
  reciprocal: string | null;
  trigger: number;
  triggerEnd: number;
  sentence: number;
  sources: ActorSpan[];
  targets: ActorSpan[];
  modality: Modality;
  rule: string;
  /** Token range of the clause the trigger governs (for dating). */
  clauseStart: number;
  clauseEnd: number;
  isNoun: boolean;
}

/** EVENT_NOUNS as a Map: a keyed object lookup with a fresh (sliced) string costs an internalization per token. */
const EVENT_NOUN_CODES = new Map(Object.entries(EVENT_NOUNS));

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'cannot',
  'refused',
  'refuses',
  'declined',
  'failed',
]);
const DESIRE = new Set([
  'want',
  'wants',
  'wanted',
  'wanting',
  'hope',
  'hopes',
  'hoped',
  'wish',
  'wishes',
  'seek',
  'seeks',
  'sought',
  'desire',
  'desires',
  'aim',
  'aims',
  'need',
  'needs',
  'should',
  'must',
  'urged',
  'urge',
  'urges',
  'encouraged',
  'asked',
  'called',
]);
const FUTURE = new Set([
  'willing',
  'ready',
  'prepared',
  'offered',
  'offers',
  'promised',
  'pledged',
  'vowed',
  'will',
  "'ll",
  'shall',
  'plans',
  'plan',
  'planned',
  'planning',
  'intends',
  'intend',
  'going',
  'set',
  'expected',
  'scheduled',
  'about',
  'would',
]);
const HYPOTHETICAL = new Set([
  'if',
  'could',
  'may',
  'might',
  'unless',
  'whether',
  'possible',
  'possibly',
  'likely',
  'threatened',
  'threatens',
  'threaten',
]);
/** Acts that coordinated actors with no object do with each other: agree, consult, support, cooperate, fight. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06', '19']);
const AUTHORITY = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'ELI', 'SPY']);
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'announced',
  'declared',
  'stated',
  'insisted',
  'stressed',
  'urged',
  'warned',
  'added',
  'argued',
  'believes',
  'believe',
  'told',
  'reiterated',
  'noted',
  'demanded',
  'asserted',
  'maintained',
  'wrote',
]);
const OBLIGATION = new Set(['needs', 'need', 'has', 'have']);
const DEESCALATE_WORDS = new Set(['de-escalate', 'deescalate', 'withdraw', 'ceasefire', 'cease-fire', 'halt', 'stop']);
const DESIRE_TRIGGERS = new Set(['want', 'hope', 'wish']);
/**
 * Auxiliaries before a verb (passives, "is set to"). First-person "am" is left out: the rules were fit without it,
 * and adding it changes coded events with no gain on any gold set.
 */
const BE_AUXILIARIES: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES].filter((w) => w !== 'am'));
/**
 * A determiner or a possessive "'s" before an event word makes it a noun ("the talks", "Iran's attack"). "my",
 * "your" and the quantifiers "some", "each", "all", "both", "either", "neither" are left out: the noun rules were
 * fit without them, and adding them changes coded events with no gain on any gold set.
 */
const NOUN_MARKERS: ReadonlySet<string> = new Set(
  [...DETERMINERS, "'s"].filter((w) => !['my', 'your', 'some', 'each', 'all', 'both', 'either', 'neither'].includes(w)),
);
/**
 * Determiners that open a noun phrase before adjectives ("a brief private visit"): articles and third-person
 * possessives; "my", "your", "our" are left out for the same reason as above.
 */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(
  [...ARTICLES, ...POSSESSIVE_DETERMINERS].filter((w) => w !== 'my' && w !== 'your' && w !== 'our'),
);
const NOUN_TARGET_PREPS = new Set(['on', 'against', 'in', 'to', 'with']);
const NOUN_TARGET_PREPS_MEET = new Set(['with', 'to', 'between']);
const PREPS_BEFORE_ACTOR = new Set([
  'of',
  'in',
  'between',
  'among',
  'from',
  'at',
  'for',
  'over',
  'about',
  'against',
  'on',
  'with',
  'to',
  'by',
  'into',
  'near',
  'across',
]);
const CLAUSE_BREAKS = new Set([
  ';',
  ':',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'after',
  'before',
  'when',
  'who',
  'which',
  'that',
  'but',
]);
/** Verbs that never head an event by themselves (auxiliaries, reporting verbs: quotes carry those). */
const SKIP_LEMMAS = new Set([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'add',
  'state',
  'get',
  'go',
  'come',
  'make',
  'take',
  'let',
  'know',
  'see',
  'look',
  'think',
  'report',
  'note',
  'announce',
]);
/**
 * Function words and cue words that share a form with a verb of the table: "according to" (a quote cue),
 * prepositions made of participles ("following the talks", "regarding", "including").
 */
const NOT_TRIGGERS = new Set([
  'allies',
  'according',
  'accordingly',
  'regarding',
  'concerning',
  'including',
  'following',
  'excluding',
  'considering',
  'pending',
  'given',
  'provided',
  'providing',
  'barring',
  'notwithstanding',
  'respecting',
  'touching',
  'saving',
  'like',
  'unlike',
  'past',
  'per',
  'via',
  'versus',
  'vs',
  'amid',
  'despite',
  'toward',
  'towards',
]);
/** Words after which a bare verb form is a verb: "to", modals, do-support, "not". */
const BARE_VERB_CONTEXT = new Set([
  'to',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'did',
  'does',
  'do',
  'not',
  "n't",
  "won't",
  "can't",
  "didn't",
  "don't",
  "doesn't",
  "'ll",
  'and',
  'or',
  'we',
  'they',
  'i',
  'you',
]);
/** Participles without -ed/-en/-ing ("was held", "is set", "were hit"): passives, still verbs. */
const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'set',
  'hit',
  'put',
  'cut',
  'shot',
  'caught',
  'fought',
  'bought',
  'brought',
  'sought',
  'thought',
  'taught',
  'sent',
  'spent',
  'lent',
  'built',
  'left',
  'kept',
  'met',
  'led',
  'fed',
  'fled',
  'shut',
  'struck',
  'hung',
  'sold',
  'told',
  'found',
  'bound',
  'won',
  'lost',
  'paid',
  'laid',
  'said',
  'made',
  'had',
  'heard',
  'run',
  'come',
  'become',
  'read',
  'spread',
  'burnt',
  'dealt',
  'meant',
  'hurt',
  'quit',
  'beaten',
  'seized',
  'bid',
  'slain',
  'sworn',
  'torn',
  'worn',
  'withdrawn',
  'overthrown',
  'thrown',
  'shown',
  'blown',
  'drawn',
  'known',
  'grown',
  'flown',
  'hidden',
  'ridden',
  'stolen',
  'broken',
  'chosen',
  'frozen',
  'spoken',
  'woken',
  'forgiven',
  'given',
  'taken',
  'shaken',
  'forbidden',
  'eaten',
  'fallen',
  'written',
  'driven',
  'risen',
  'begun',
  'sunk',
  'stuck',
  'struck',
  'swept',
  'slept',
  'wept',
  'arisen',
  'understood',
  'stood',
  'upheld',
  'withheld',
  'overrun',
  'undertaken',
  'overtaken',
  'rebuilt',
  'reset',
  'upset',
  'offset',
  'outlawed',
]);
/** Month names that are verbs too: capitalized inside a sentence they are the month ("on March 20"). */
const MONTH_VERBS = new Set(['march', 'may']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const FIRST_PERSON = new Set(['we', 'i']);
const VIOLENT_ROOTS = new Set(['18', '19', '20']);

export interface SentenceView {
  words: string[];
  lemmas: (string | undefined)[];
  first: number;
  /** The verb table's inflected forms and their lemmas. */
  forms: ReadonlyMap<string, string>;
  /** The sentence's anchor words (reused object: valid while this sentence is coded). */
  vocab: AnchorVocabulary;
}

const sentenceVocab = new AnchorVocabulary();

/** The shipped part-of-speech tagger, as predicates.ts reads it. */
const POS = { tagAt: posTagAt, scoresAt: posScoresAt };

/** A token as the coder reads it: lower-cased, curly apostrophes made straight ("didn’t" -> "didn't"). */
const coderWord = new TypeCache<string>((id) => {
  const w = vocab.lower(id);
  return w.includes('\u2019') || w.includes('\u2018') ? w.replace(/[\u2018\u2019]/g, "'") : w;
});

/** What the coder reads of a word type, looked up once per type and verb table (one cache read per token). */
interface CoderType {
  word: string;
  /** Its table entry (WordInfo) copied in, so a token costs one object read: in the table at all, its lemma, and
   * the anchor ids it (its lemma, its singulars) offers, -1 for none. */
  inTable: boolean;
  lemma: string | undefined;
  id: number;
  lemmaId: number;
  singular1Id: number;
  singular2Id: number;
  /** An event noun, "must" or an obligation word (the triggers that need no verb lemma). */
  nounOrObligation: boolean;
}

const coderTypeCaches = new WeakMap<VerbTable, TypeCache<CoderType>>();

function coderTypes(table: VerbTable): TypeCache<CoderType> {
  let c = coderTypeCaches.get(table);
  if (!c) {
    const info = table.wordInfo!;
    c = new TypeCache((id) => {
      const word = coderWord.get(id);
      const wi = info.get(word);
      return {
        word,
        inTable: wi !== undefined,
        lemma: wi?.lemma,
        id: wi?.id ?? -1,
        lemmaId: wi?.lemmaId ?? -1,
        singular1Id: wi?.singular1Id ?? -1,
        singular2Id: wi?.singular2Id ?? -1,
        nounOrObligation: EVENT_NOUN_CODES.has(word) || word === 'must' || OBLIGATION.has(word),
      };
    });
    coderTypeCaches.set(table, c);
  }
  return c;
}

/** Character tests the trigger filters run per candidate (no regular expression per token). */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function endsWithIngOrEd(w: string): boolean {
  return w.endsWith('ing') || w.endsWith('ed');
}

/** Only letters a-z (and hyphens when `hyphens`), at least one character: /^[a-z-]+$/ or /^[a-z]+$/. */
function isLowerWord(w: string, hyphens: boolean): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (hyphens && c === 45))) return false;
  }
  return true;
}

/**
 * Clause bounds of every token of a sentence (sentence-relative), using punctuation and subordinators: token i's
 * clause is [lo[i], hi[i]). One pass each way, not a scan per candidate verb (long sentences have dozens). The
 * arrays are scratch reused by the next sentence.
 */
let clauseLo = new Int32Array(256);
let clauseHi = new Int32Array(256);
function clauseBounds(words: readonly string[]): { lo: Int32Array; hi: Int32Array } {
  const n = words.length;
  if (clauseLo.length < n) {
    clauseLo = new Int32Array(n * 2);
    clauseHi = new Int32Array(n * 2);
  }
  const lo = clauseLo;
  const hi = clauseHi;
  // lo: back to just after the nearest clause break before the token (or the sentence start).
  for (let i = 0; i < n; i++) lo[i] = i > 0 && !CLAUSE_BREAKS.has(words[i - 1]) ? lo[i - 1] : i;
  // hi: forward to the next ";" or ":" after the token (or the sentence end).
  for (let i = n - 1; i >= 0; i--)
    hi[i] = i + 1 >= n || words[i + 1] === ';' || words[i + 1] === ':' ? i + 1 : hi[i + 1];
  return { lo, hi };
}

function modalityBefore(words: readonly string[], v: number, lo: number): Modality {
  const from = Math.max(lo, v - 4);
  let mod: Modality = 'asserted';
  for (let k = v - 1; k >= from; k--) {
    const w = words[k];
    if (NEGATORS.has(w) || w.endsWith("n't")) return 'negated';
    if (mod === 'asserted') {
      if (DESIRE.has(w)) mod = 'desired';
      else if (FUTURE.has(w)) mod = 'future';
      else if (HYPOTHETICAL.has(w)) mod = 'hypothetical';
    }
  }
  return mod;
}

/** Words that make the next event word a noun: "hunger strike", "air strikes", "car bombing". */
const NOUN_MODIFIERS = new Set([
  'hunger',
  'general',
  'air',
  'car',
  'bomb',
  'missile',
  'rocket',
  'drone',
  'mass',
  'labor',
  'labour',
  'nationwide',
  'open-ended',
  'military',
  'joint',
  'peace',
  'border',
  'diplomatic',
  'key',
  'close',
]);

function isNounUse(
  forms: ReadonlyMap<string, string>,
  words: readonly string[],
  v: number,
  inActor?: Uint8Array,
  actorStartBefore?: number,
  isCap?: (k: number) => boolean,
): boolean {
  if (v === 0) return false;
  const p = words[v - 1];
  if (NOUN_MARKERS.has(p) || startsWithDigit(p) || UNCONVENTIONAL.has(p) || NOUN_MODIFIERS.has(p)) return true;
  // "a brief private visit": an article, then adjectives (no verb forms) up to the word. A participle after a
  // noun ("a declaration demanding", "a plan adopted") stays a verb.
  if (endsWithIngOrEd(words[v])) return false;
  for (let k = v - 2; k >= 1 && k >= v - 3; k--) {
    const w = words[k];
    if (NOUN_PHRASE_OPENERS.has(w)) {
      if (NOUN_PHRASE_PREPS.has(words[k - 1]) && wordsBetweenAreModifiers(words, k + 1, v)) return true;
      break;
    }
  }
  for (let k = v - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const w = words[k];
    if (NOUN_PHRASE_OPENERS.has(w)) {
      return seen > 0 && !(k > 0 && isCap && isCap(k));
    }
    if (!isLowerWord(w, true) || forms.has(w) || (isCap && isCap(k)) || (inActor && inActor[k])) return false;
    if (
      AUX_WORDS.has(w) ||
      BE_AUXILIARIES.has(w) ||
      PREPS_BEFORE_ACTOR.has(w) ||
      w === 'and' ||
      w === 'or' ||
      w === 'to' ||
      w === 'that'
    )
      return false;
  }
  // "a key U.S. ally": an actor used as a modifier inside a noun phrase.
  if (inActor && inActor[v - 1] && actorStartBefore !== undefined && actorStartBefore > 0) {
    // Only after an indefinite article or an adjective: "The French minister spoke" is a clause, not a noun phrase.
    const q = words[actorStartBefore - 1];
    return (q === 'a' || q === 'an' || NOUN_MODIFIERS.has(q)) && !(words[v].endsWith('ed') || words[v].endsWith('s'));
  }
  return false;
}

/** Prepositions that open a noun phrase: "during a brief private visit" (even when "brief" is a verb too). */
const NOUN_PHRASE_PREPS = new Set([
  'during',
  'after',
  'before',
  'on',
  'in',
  'at',
  'for',
  'of',
  'from',
  'with',
  'by',
  'over',
  'amid',
  'despite',
  'since',
  'following',
  'without',
  'into',
  'about',
  'against',
]);

/** Lower-case words, not inflected verb forms, nor links ("and", "to"): adjectives before a noun. */
function wordsBetweenAreModifiers(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!isLowerWord(w, true) || endsWithIngOrEd(w) || w === 'and' || w === 'or' || w === 'to' || AUX_WORDS.has(w))
      return false;
  }
  return true;
}

/** Noun "strike": hunger strike (142), air strike (195), labour strike (143); "strike on X" is an attack (190). */
function strikeCode(words: readonly string[], v: number): string {
  const p = v > 0 ? words[v - 1] : '';
  if (p === 'hunger') return '142';
  if (p === 'air' || p === 'missile' || p === 'drone' || p === 'rocket') return '195';
  const next = words[v + 1];
  return next === 'on' || next === 'against' ? '190' : '143';
}

/** Actors in [lo, hi) (`acts` sorted by token): binary search to the first, then a short scan. */
export function actorsIn(acts: readonly ActorSpan[], lo: number, hi: number): ActorSpan[] {
  let a = 0;
  let b = acts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (acts[mid].tokStart < lo) a = mid + 1;
    else b = mid;
  }
  const out: ActorSpan[] = [];
  for (let k = a; k < acts.length && acts[k].tokStart < hi; k++) if (acts[k].tokEnd <= hi) out.push(acts[k]);
  return out;
}

/**
 * The coordinated group around actor k: "India and Pakistan", "X, Y and Z". A comma alone does not coordinate
 * (apposition, clause edge): comma links count only when an "and"/"or" closes the list.
 */
function groupFrom(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  k: number,
  words: readonly string[],
  first: number,
  forward: boolean,
): ActorSpan[] {
  const linkOf = (a: ActorSpan, b: ActorSpan): 'and' | 'comma' | null => {
    const gap = words.slice(a.tokEnd - first, b.tokStart - first);
    if (gap.length === 0 || gap.length > 5) return null;
    if (gap.every((g) => g === ',')) return 'comma';
    // "Mordor, the awful Fornost": a comma, then only articles and adjectives.
    if (
      gap[0] === ',' &&
      !gap.includes('and') &&
      !gap.includes('or') &&
      gap.slice(1).every((g) => g === 'the' || (isLowerWord(g, false) && !forms.get(g)))
    )
      return 'comma';
    if (gap.length <= 2 && gap.every((g) => g === 'and' || g === ',' || g === 'or')) return 'and';
    // "Fornost and the evil awful Gondor": a conjunction, then only articles and adjectives (no verbs).
    const conj = gap.findIndex((g) => g === 'and' || g === 'or');
    if (
      conj >= 0 &&
      gap.slice(0, conj).every((g) => g === ',') &&
      gap.slice(conj + 1).every((g) => g === 'the' || g === 'both' || (isLowerWord(g, false) && !forms.get(g)))
    )
      return 'and';
    return null;
  };
  const group = [acts[k]];
  let closed = 1;
  if (forward) {
    for (let j = k + 1; j < acts.length; j++) {
      const link = linkOf(acts[j - 1], acts[j]);
      if (!link) break;
      group.push(acts[j]);
      if (link === 'and') closed = group.length;
    }
    return group.slice(0, closed);
  }
  let sawAnd = false;
  for (let j = k - 1; j >= 0; j--) {
    const link = linkOf(acts[j], acts[j + 1]);
    if (!link) break;
    group.unshift(acts[j]);
    sawAnd ||= link === 'and';
    if (sawAnd) closed = group.length;
  }
  return group.slice(group.length - closed);
}

/** The verb table of the sentence being coded (set by codeSentence), for telling adjectives from verbs. */

export interface CoderState {
  /** Sources of the previous sentence's first sourced event (pronoun subjects). */
  lastSources: ActorSpan[];
  /** Sources of the latest sourced event in this sentence. */
  current: ActorSpan[];
}

export interface CoderContext {
  table: VerbTable;
  /** Actors of the whole doc, sorted by token. */
  actors: ActorSpan[];
  /** 1 for tokens inside a time expression (doc.times), which are never triggers. */
  inTime?: Uint8Array;
  /** Parley's own constructions (event nouns, "X must ...", conditional threats);
   * off to code with a user's verbs only. */
  constructions: boolean;
}

interface Candidate {
  code: string;
  reciprocal: string | null;
  pattern: VerbPattern | null;
  postEnd: number;
  rule: string;
}

function bestPattern(
  table: VerbTable,
  lemma: string,
  view: SentenceView,
  v: number,
  lo: number,
  hi: number,
  compoundSubject = false,
): Candidate | null {
  const list = candidatePatterns(table, lemma, view.vocab);
  if (list.length === 0) return null;
  // Patterns are sorted most specific first: the first that matches wins.
  let best: VerbPattern | null = null;
  let bestEnd = v + 1;
  for (const p of list) {
    if (p.compound && !compoundSubject) continue;
    if (!anchorsPresent(p, view.vocab)) continue;
    const m = matchPattern(p, view.words, view.lemmas, v, lo, hi);
    if (!m) continue;
    best = p;
    bestEnd = m.postEnd;
    break;
  }
  if (!best) return null;
  return { code: best.code, reciprocal: best.reciprocal, pattern: best, postEnd: bestEnd, rule: `verb:${best.origin}` };
}

/** Code one sentence; `prevSubject` resolves a pronoun subject to the last sentence's source. */
export function codeSentence(doc: Doc, ctx: CoderContext, si: number, state: CoderState): RawEvent[] {
  const sent = doc.sentences[si];
  const first = sent.tokStart;
  const n = sent.tokEnd - first;
  const forms = ctx.table.forms;
  const words: string[] = new Array(n);
  const lemmas: (string | undefined)[] = new Array(n);
  const types = coderTypes(ctx.table);
  const ids = tokenIds(doc);
  // One lookup per token gives its lemma and the anchor ids it (its lemma, its singular) offers; the vocabulary
  // keeps anchor words only, all that pattern selection and anchor checks look at.
  const vocab = sentenceVocab;
  vocab.reset(ctx.table);
  const kinds = doc.tokens.kind;
  for (let k = 0; k < n; k++) {
    const wi = types.get(ids[first + k]);
    words[k] = wi.word;
    if (!wi.inTable) {
      lemmas[k] = undefined;
      continue;
    }
    const lemma = kinds[first + k] === TokKind.Word ? wi.lemma : undefined;
    lemmas[k] = lemma;
    if (wi.id >= 0) vocab.add(wi.id);
    if (wi.lemmaId >= 0 && lemma !== undefined) vocab.add(wi.lemmaId);
    if (wi.singular1Id >= 0) vocab.add(wi.singular1Id);
    if (wi.singular2Id >= 0) vocab.add(wi.singular2Id);
  }
  const view: SentenceView = { words, lemmas, first, forms, vocab };
  const acts = actorsIn(ctx.actors, sent.tokStart, sent.tokEnd);
  const out: RawEvent[] = [];
  state.current = [];
  const isCap = (k: number): boolean => (doc.tokens.flags[first + k] & TokFlag.Capitalized) !== 0;
  const inActor = new Uint8Array(n);
  for (const a of acts) for (let k = a.tokStart; k < a.tokEnd; k++) inActor[k - first] = 1;
  // A headline in title case capitalizes its verbs too.
  let capWords = 0;
  let allWords = 0;
  for (let k = 0; k < n; k++)
    if (doc.tokens.kind[first + k] === TokKind.Word) {
      allWords++;
      if (isCap(k)) capWords++;
    }
  const titleCase = allWords > 0 && capWords / allWords > 0.6;

  let clauses: { lo: Int32Array; hi: Int32Array } | null = null;
  for (let v = 0; v < n; v++) {
    if (doc.tokens.kind[first + v] !== TokKind.Word || inActor[v] || ctx.inTime?.[first + v]) continue;
    const lemma = lemmas[v];
    // Most tokens are neither a verb of the table, an event noun nor an obligation word: skip them cheaply.
    if (!lemma && !types.get(ids[first + v]).nounOrObligation) continue;
    const w = words[v];
    const nounCode = EVENT_NOUN_CODES.get(w);
    // Tested for every candidate (not only after a month name): a test first run deep into a document sends V8
    // back to recompile this function.
    const capitalizedInside = v > 0 && isCap(v);
    if (NOT_TRIGGERS.has(w) || (MONTH_VERBS.has(w) && capitalizedInside)) continue;
    // "American Express", "the Merchants' Exchange": a capitalized word inside a run of capitalized words is part
    // of a name (not in a title-case headline, where every word is capitalized).
    if (
      !titleCase &&
      capitalizedInside &&
      (isCap(v - 1) || (v + 1 < n && isCap(v + 1) && doc.tokens.kind[first + v + 1] === TokKind.Word))
    )
      continue;
    // "back" is a verb only where a bare verb can stand ("to back", "will back", "did not back"): else an adverb.
    if (w === 'back' && !(v > 0 && BARE_VERB_CONTEXT.has(words[v - 1]))) continue;
    // "It is clear", "they were free": after a form of "be", a bare verb form is an adjective (participles stay;
    // "is ready to" keeps its pattern).
    if (
      v > 0 &&
      BE_AUXILIARIES.has(words[v - 1]) &&
      words[v - 1] !== "'s" &&
      words[v + 1] !== 'to' &&
      !(endsWithIngOrEd(w) || w.endsWith('en')) &&
      !IRREGULAR_PARTICIPLES.has(w)
    )
      continue;
    clauses ??= clauseBounds(words);
    const lo = clauses.lo[v];
    const hi = clauses.hi[v];
    let cand: Candidate | null = null;
    let isNoun = false;
    const actorBefore = v > 0 && inActor[v - 1] ? acts.find((a) => a.tokEnd === first + v) : undefined;
    // The part of speech decides between a verb and a noun or adjective of the same form ("exports", "alleged"),
    // except in a title-case headline, where the tagger takes capitalized verbs for names.
    const pos = titleCase ? null : posClasses(doc, first + v, POS);
    const nounUse =
      isNounUse(forms, words, v, inActor, actorBefore ? actorBefore.tokStart - first : undefined, isCap) ||
      (pos !== null && pos.noun);
    // "aid workers", "protest leaders": an event noun right before an actor word modifies it; no event.
    const modifiesActor = nounCode !== undefined && v + 1 < n && inActor[v + 1] === 1 && !isCap(v + 1);
    if (nounCode && (nounUse || !lemma) && ctx.constructions) {
      if (modifiesActor) continue;
      isNoun = true;
      let code = w === 'strike' || w === 'strikes' ? strikeCode(words, v) : nounCode;
      // "terrorist attack", "suicide bombing": unconventional violence (18x) rather than military force.
      if (code.startsWith('19') && v > 0 && UNCONVENTIONAL.has(words[v - 1]))
        code = words[v - 1] === 'bomb' || words[v - 1] === 'car' ? '183' : '180';
      cand = { code, reciprocal: null, pattern: null, postEnd: v + 1, rule: `noun:${w}` };
    } else if (lemma && !SKIP_LEMMAS.has(lemma)) {
      if (nounUse || (pos !== null && !pos.predicate)) continue;
      // A coordinated actor group ending just before the verb (within a few words) is a compound subject.
      let compoundSubject = false;
      for (let k = acts.length - 1; k >= 0; k--) {
        const a = acts[k];
        if (a.tokEnd > first + v) continue;
        if (a.tokEnd < first + v - 4) break;
        compoundSubject = groupFrom(forms, acts, k, words, first, false).length >= 2;
        break;
      }
      cand = bestPattern(ctx.table, lemma, view, v, 0, n, compoundSubject);
    }
    // "Pakistan needs to end support for ...", "X must withdraw": a demand on X by whoever says so.
    const obligation =
      ctx.constructions &&
      v > 0 &&
      inActor[v - 1] &&
      v + 1 < n &&
      (w === 'must' || (OBLIGATION.has(w) && words[v + 1] === 'to'));
    if (obligation) {
      const ev = obligationEvent(forms, acts, words, first, v, lo, hi, si, state);
      if (ev) {
        out.push(ev);
        continue;
      }
    }
    if (!cand) continue;
    // Generic statements (010 with no specific pattern) are not events.
    if (cand.code === '010' || cand.code === '01') continue;
    let modality: Modality = lemma && DESIRE_TRIGGERS.has(lemma) ? 'desired' : modalityBefore(words, v, lo);
    // A pattern that spells out the negation codes it itself (PETRARCH "did not ... [904]").
    if (modality === 'negated' && cand.pattern?.negation) modality = 'asserted';
    // "X will withdraw its force unless Y ...": a conditional future act is a threat (13x).
    if (
      ctx.constructions &&
      modality === 'future' &&
      !isNoun &&
      words.indexOf('unless', v + 1) > 0 &&
      !cand.code.startsWith('13')
    ) {
      cand = { ...cand, code: '130', reciprocal: null, rule: `${cand.rule}:conditional-threat` };
      modality = 'asserted';
    }
    const ev = findArguments(doc, view, acts, v, lo, hi, cand, isNoun, state);
    if (ev.sources.length === 0 && ev.targets.length === 0 && !ev.firstPerson) continue;
    if (ev.sources.length && !isNoun) state.current = ev.sources;
    const mutualRoot = MUTUAL_ROOTS.has(cand.code.slice(0, 2));
    out.push({
      cameo: cand.code,
      mutual:
        ev.targets.length === 0 && ev.sources.length >= 2 && !isNoun && (cand.pattern?.compound === true || mutualRoot),
      reciprocal: cand.reciprocal,
      trigger: first + v,
      triggerEnd: first + v + 1,
      sentence: si,
      sources: ev.sources,
      targets: ev.targets,
      modality,
      rule: cand.rule + ev.rule,
      clauseStart: first + lo,
      clauseEnd: first + hi,
      isNoun,
    });
  }
  if (out.length) {
    const withSource = out.find((e) => e.sources.length > 0);
    if (withSource) state.lastSources = withSource.sources;
  }
  return out;
}

/**
 * "Pakistan needs to end support for ...", "X must withdraw": a demand (100, or 1056 to de-escalate) on the obliged
 * actor group by whoever says so, or null when either side is missing. Its own function: a rare path whose first
 * run in a long document sent V8 back to recompile all of codeSentence.
 */
function obligationEvent(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
  hi: number,
  si: number,
  state: CoderState,
): RawEvent | null {
  const last = acts.findIndex((a) => a.tokEnd === first + v);
  const subj = last >= 0 ? groupFrom(forms, acts, last, words, first, false) : [];
  const next = words.slice(v + 1, v + 5);
  const code = next.some((x) => DEESCALATE_WORDS.has(x)) ? '1056' : '100';
  // The one who says so: the actor before the obliged one ("Russia said that Sudan must ..."), else the
  // sentence's or the previous sentence's source.
  const others = acts.filter((a) => !subj.includes(a));
  // The subject of the reporting verb before it ("Rwandan rebels announced that X must"), else the nearest actor.
  const subjStart = subj[0] ? subj[0].tokStart - first : v;
  let report = subjStart - 1;
  while (report >= 0 && !REPORTING.has(words[report])) report--;
  const speaker =
    report >= 0
      ? subjectBefore(forms, others, words, first, report, 0)
      : subjectBefore(forms, others, words, first, subjStart, 0);
  const said = speaker.length ? speaker : state.current.length ? state.current : state.lastSources;
  if (subj.length && said.length) {
    return {
      cameo: code,
      mutual: false,
      reciprocal: null,
      trigger: first + v,
      triggerEnd: first + v + 1,
      sentence: si,
      sources: said,
      targets: subj,
      modality: 'asserted',
      rule: `construction:obligation:${words[v]}`,
      clauseStart: first + lo,
      clauseEnd: first + hi,
      isNoun: false,
    };
  }
  return null;
}

function findArguments(
  doc: Doc,
  view: SentenceView,
  acts: readonly ActorSpan[],
  v: number,
  lo: number,
  hi: number,
  cand: Candidate,
  isNoun: boolean,
  state: CoderState,
): { sources: ActorSpan[]; targets: ActorSpan[]; rule: string; firstPerson: boolean } {
  const { words, first, forms } = view;
  const abs = (k: number): number => first + k;
  let rule = '';
  let sources: ActorSpan[] = [];
  let targets: ActorSpan[] = [];
  // Actors after the trigger, within the pattern's reach or a short window.
  const rightHi = Math.min(words.length, Math.max(cand.postEnd, v + 12));
  const rightIdx = acts.findIndex((a) => a.tokStart > abs(v) && a.tokStart < abs(rightHi));
  const passive =
    !isNoun &&
    v + 1 < words.length &&
    v > 0 &&
    (BE_AUXILIARIES.has(words[v - 1]) || (v > 1 && BE_AUXILIARIES.has(words[v - 2]))) &&
    words[v].endsWith('ed');

  if (isNoun) {
    // "attack by X on Y", "X's attack", "Indian strikes on Y", "talks with Y".
    const root = cand.code.slice(0, 2);
    const targetPreps = root === '04' || root === '03' ? NOUN_TARGET_PREPS_MEET : NOUN_TARGET_PREPS;
    let pre = -1;
    for (let k = 0; k < acts.length; k++) {
      const a = acts[k];
      const before = a.tokStart - first - 1;
      if (a.tokStart > abs(v) && a.tokStart <= abs(v + 8)) {
        // Find the preposition governing this actor (skip determiners and modifiers).
        let p = before;
        while (p > v && !PREPS_BEFORE_ACTOR.has(words[p])) p--;
        const prep = p > v ? words[p] : '';
        if (prep === 'by' && (sources.length === 0 || !sources[0].country))
          sources = groupFrom(forms, acts, k, words, first, true);
        else if (targetPreps.has(prep) && targets.length === 0) targets = groupFrom(forms, acts, k, words, first, true);
      } else if (a.tokEnd <= abs(v) && a.tokEnd >= abs(v - 3) && a.country) {
        // Pre-modifier ("Indian airstrikes", "Pakistan's attack"); a bare agent ("terrorist attack")
        // is a kind, not an actor.
        pre = k;
      }
    }
    if (sources.length === 0 && pre >= 0) sources = groupFrom(forms, acts, pre, words, first, false);
    // "talks between X and Y": the first side acts on the others.
    if (sources.length === 0 && targets.length >= 2 && words[targets[0].tokStart - first - 1] === 'between') {
      sources = [targets[0]];
      targets = targets.slice(1);
    }
    // "X renewed negotiations", "X held talks", "X launched a deadly attack": the light verb's subject. A noun
    // with no actor tied to it ("to discuss a fishing dispute") is no event.
    if (sources.length === 0) {
      const gov = governingVerb(view, v, lo);
      if (gov >= 0) sources = subjectBefore(forms, acts, words, first, gov, lo);
    }
    if (sources.length === 0) targets = [];
    rule += ':noun-args';
  } else {
    const passiveBy = passive || cand.pattern?.sourceAfter;
    if (passiveBy) {
      const byIdx = words.indexOf('by', v + 1);
      if (byIdx > 0 && byIdx < v + 8) {
        const k = acts.findIndex((a) => a.tokStart > abs(byIdx) && a.tokStart <= abs(byIdx + 4));
        if (k >= 0) {
          sources = groupFrom(forms, acts, k, words, first, true);
          rule += ':passive-by';
        }
      }
      // Target of a passive is the subject.
      const subj = subjectBefore(forms, acts, words, first, v, lo);
      if (subj.length) targets = subj;
      // "was arrested in Lebanon": with no by-agent, coercion is the act of the place's authorities.
      if (sources.length === 0 && cand.code.startsWith('17')) {
        const inIdx = words.indexOf('in', v + 1);
        const place =
          inIdx > 0 && inIdx < v + 4
            ? acts.find((a) => a.tokStart === first + inIdx + 1 && a.country && !a.sector)
            : undefined;
        if (place) {
          sources = [place];
          rule += ':passive-place';
        }
      }
    }
    // "X condemned the attack and promised aid": a verb after "and" shares the subject of the verb before it.
    if (sources.length === 0 && !passive && v > 0 && words[v - 1] === 'and' && state.current.length) {
      sources = state.current;
      rule += ':coordinated-verb';
    }
    // "X met Y on Thursday to discuss ...": an infinitive of purpose shares the main clause's subject, unless an
    // actor right before "to" is the object of an appeal ("urged Portugal to withdraw": Portugal is its subject).
    if (
      sources.length === 0 &&
      !passive &&
      v > 1 &&
      words[v - 1] === 'to' &&
      state.current.length &&
      !inActorAt(acts, abs(v - 2))
    ) {
      sources = state.current;
      rule += ':infinitive-subject';
    }
    if (sources.length === 0 && !passive) {
      sources = subjectBefore(forms, acts, words, first, v, lo);
      if (sources.length) rule += ':subject';
    }
    // "* EID AT ^ WITH +": the pattern says which actor is the target, the one right after its last word.
    if (targets.length === 0 && cand.pattern?.targetAfterLast) {
      let k = acts.findIndex(
        (a) => a.tokStart >= abs(cand.postEnd) && a.tokStart <= abs(cand.postEnd + 3) && !sources.includes(a),
      );
      if (k >= 0 && cand.pattern.targetSkips) {
        const skipped = acts[k];
        k = acts.findIndex(
          (a) => a.tokStart >= skipped.tokEnd && a.tokStart <= skipped.tokEnd + 6 && !sources.includes(a),
        );
      }
      if (k >= 0) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':pattern-target';
      }
    }
    if (targets.length === 0 && rightIdx >= 0) {
      let k = rightIdx;
      // Skip the by-phrase actor already used as source, and bare agents when a country-coded actor follows.
      while (k < acts.length && sources.includes(acts[k])) k++;
      const sameAsSource = (a: ActorSpan): boolean => sources.some((s) => s.code === a.code);
      while (k < acts.length && acts[k].tokStart < abs(rightHi) && sameAsSource(acts[k])) k++;
      let c = k;
      // A bare agent ("troops", "military") gives way to a country-coded actor a little further on.
      const countryHi = Math.min(words.length, rightHi + 6);
      while (
        c < acts.length &&
        acts[c].tokStart < abs(countryHi) &&
        (!isPlaced(acts[c]) || sources.includes(acts[c]) || sameAsSource(acts[c]))
      )
        c++;
      if (c < acts.length && acts[c].tokStart < abs(countryHi)) k = c;
      if (
        k < acts.length &&
        acts[k].tokStart < abs(Math.min(words.length, rightHi + 6)) &&
        (acts[k].tokStart < abs(rightHi) || isPlaced(acts[k]))
      ) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':object';
      }
    }
  }
  // "..., endorsing the Indian position": a trailing participle shares the main clause's subject.
  if (
    v > 0 &&
    words[v].endsWith('ing') &&
    (words[v - 1] === ',' || words[v - 1] === '\u201d' || words[v - 1] === '"') &&
    state.current.length
  ) {
    sources = state.current;
    rule += ':participle-main-subject';
  }
  let firstPerson = false;
  if (sources.length === 0) {
    // A pronoun or bare subject ("He urged ...", "the secretary") refers back to the last source; "we"/"I" is the
    // speaker of the quote the clause is in (set in emit), never the last source.
    const subjWord = words[Math.max(lo, 0)];
    let pron = SUBJECT_PRONOUNS.has(subjWord) ? subjWord : '';
    for (let k = v - 1; !pron && k >= lo; k--)
      if (SUBJECT_PRONOUNS.has(words[k]) || FIRST_PERSON.has(words[k])) pron = words[k];
    if (FIRST_PERSON.has(pron)) {
      firstPerson = true;
      rule += ':first-person';
    } else if (pron) {
      if (state.lastSources.length) {
        sources = state.lastSources;
        rule += ':pronoun-prev';
      }
    }
  }
  // A fronted participle clause ("While expressing sorrow ..., the secretary urged India") shares the main subject.
  if (
    (sources.length === 0 && lo === 0 && words[0] === 'while') ||
    (sources.length === 0 && words[v].endsWith('ing') && v <= 2)
  ) {
    const comma = words.indexOf(',', v);
    if (comma > 0) {
      const k = acts.findIndex((a) => a.tokStart > abs(comma) && a.tokStart <= abs(comma + 4));
      if (k >= 0) {
        sources = groupFrom(forms, acts, k, words, first, true);
        rule += ':participle-subject';
        // Not a bare agent, nor the agent of a by-phrase ("deaths in an attack by a Pakistan-based outfit").
        if (
          targets.length &&
          (!targets[0].country ||
            words.slice(Math.max(0, targets[0].tokStart - first - 3), targets[0].tokStart - first).includes('by'))
        )
          targets = [];
        if (targets.length === 0) {
          const t = acts.findIndex(
            (a, idx) =>
              idx > k && a.country !== null && a.tokStart > acts[k].tokEnd && a.tokStart <= acts[k].tokEnd + 10,
          );
          if (t >= 0) {
            targets = groupFrom(forms, acts, t, words, first, true);
            rule += ':main-object';
          }
        }
      }
    }
  }
  // "investigating crimes by X", "condemned the attack by X": the agent of the act under scrutiny is the target.
  if (!isNoun && !passive && (cand.code.startsWith('09') || cand.code.startsWith('11'))) {
    const byIdx = words.indexOf('by', v + 1);
    if (byIdx > 0 && byIdx <= v + 6) {
      const k = acts.findIndex((a) => a.tokStart > abs(byIdx) && a.tokStart <= abs(byIdx + 3) && a.country);
      if (k >= 0 && !sources.includes(acts[k])) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':by-agent-target';
      }
    }
  }
  // Protest with no stated target: the authorities the sentence names after it ("... demands from President X").
  if (targets.length === 0 && sources.length > 0 && cand.code.startsWith('14')) {
    const authority = acts.find(
      (a) => a.tokStart > abs(v) && a.sector !== null && AUTHORITY.has(a.sector) && !sources.includes(a),
    );
    if (authority) {
      targets = [authority];
      rule += ':protest-authority';
    }
  }
  // Violence with no stated victim: the other country named in the sentence.
  if (targets.length === 0 && sources.length > 0 && VIOLENT_ROOTS.has(cand.code.slice(0, 2))) {
    const srcCountries = new Set(sources.map((s) => s.country));
    const other = acts.find((a) => a.country && !srcCountries.has(a.country) && a.sector === null);
    if (other) {
      targets = [other];
      rule += ':target-in-sentence';
    }
  }
  void doc;
  return { sources, targets, rule, firstPerson };
}

/** Whether token `abs` lies inside one of the actors. */
function inActorAt(acts: readonly ActorSpan[], abs: number): boolean {
  for (const a of acts) if (a.tokStart <= abs && abs < a.tokEnd) return true;
  return false;
}

/** Verbs that take an event noun as object and lend it their subject: "held talks", "launched an attack". */
const LIGHT_VERBS = new Set([
  'hold',
  'holds',
  'held',
  'holding',
  'launch',
  'launches',
  'launched',
  'launching',
  'stage',
  'stages',
  'staged',
  'staging',
  'carry',
  'carries',
  'carried',
  'conduct',
  'conducts',
  'conducted',
  'conducting',
  'make',
  'makes',
  'made',
  'making',
  'sign',
  'signs',
  'signed',
  'signing',
  'begin',
  'begins',
  'began',
  'begun',
  'resume',
  'resumes',
  'resumed',
  'resuming',
  'open',
  'opens',
  'opened',
  'start',
  'starts',
  'started',
  'call',
  'calls',
  'called',
  'lead',
  'leads',
  'led',
  'mount',
  'mounts',
  'mounted',
  'wage',
  'wages',
  'waged',
  'waging',
  'issue',
  'issues',
  'issued',
  'give',
  'gives',
  'gave',
  'given',
  'offer',
  'offers',
  'offered',
  'announce',
  'announces',
  'announced',
  'have',
  'has',
  'had',
  'continue',
  'continues',
  'continued',
  'join',
  'joins',
  'joined',
  'organize',
  'organized',
  'organise',
  'organised',
  'host',
  'hosts',
  'hosted',
  'reach',
  'reaches',
  'reached',
  'seal',
  'sealed',
  'conclude',
  'concluded',
  'strike',
  'struck',
  'deliver',
  'delivered',
  'provide',
  'provides',
  'provided',
  'send',
  'sent',
  'extend',
  'extended',
  'impose',
  'imposes',
  'imposed',
  'file',
  'filed',
  'lodge',
  'lodged',
  'level',
  'levelled',
  'leveled',
  'express',
  'expressed',
  'voice',
  'voiced',
  'renew',
  'renewed',
  'pledge',
  'pledged',
  'commit',
  'committed',
  'intensify',
  'intensified',
  'step',
  'stepped',
  'end',
  'ended',
  'halt',
  'halted',
  'suspend',
  'suspended',
  'break',
  'broke',
  'agree',
  'agreed',
  'approve',
  'approved',
  'propose',
  'proposed',
  'accept',
  'accepted',
  'reject',
  'rejected',
  'claim',
  'claimed',
  'deny',
  'denied',
  'order',
  'ordered',
  'declare',
  'declared',
  'sponsor',
  'sponsored',
  'plan',
  'plans',
  'planned',
  'threaten',
  'threatened',
  'threatens',
  'vow',
  'vowed',
  'promise',
  'promised',
]);

/**
 * The light verb an event noun is the object of: the word before the noun, past articles and adjectives (at most
 * three words; "launched a deadly attack"); -1 when there is none.
 */
function governingVerb(view: SentenceView, v: number, lo: number): number {
  const { words } = view;
  let k = v - 1;
  for (let skipped = 0; k >= lo && skipped < 3; k--, skipped++) {
    const w = words[k];
    if (LIGHT_VERBS.has(w)) return k;
    if (!(NOUN_MARKERS.has(w) || isLowerWord(w, true)) || PREPS_BEFORE_ACTOR.has(w) || w === 'to' || w === 'and')
      return -1;
  }
  return k >= lo && LIGHT_VERBS.has(words[k]) ? k : -1;
}

/** An actor with a country, or a transnational one (IGO, NGO ...): not a bare role word like "troops". */
const TRANSNATIONAL = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT']);
function isPlaced(a: ActorSpan): boolean {
  return a.country !== null || (a.code.length > 3 && TRANSNATIONAL.has(a.code.slice(0, 3)));
}

/** The subject group: the nearest actor group left of the verb in its clause, not inside a prepositional phrase. */
function subjectBefore(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
): ActorSpan[] {
  // A bare agent ("officials", "troops") is taken only when no country-coded actor is in reach.
  const withCountry = subjectScan(forms, acts, words, first, v, lo, true);
  return withCountry.length ? withCountry : subjectScan(forms, acts, words, first, v, lo, false);
}

/**
 * "Pakistan, a key U.S. ally in the war, has refused ...": when an appositive (", ... ,") stands right before the
 * verb group, a country-like head before it is the subject.
 */
function appositiveHead(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
): ActorSpan[] {
  let k = v - 1;
  while (k > lo && AUX_WORDS.has(words[k])) k--;
  if (words[k] !== ',') return [];
  let open = k - 1;
  while (open > lo && words[open] !== ',') open--;
  if (open <= lo || k - open > 14) return [];
  const headIdx = acts.findIndex((a) => a.tokEnd === first + open);
  if (headIdx < 0) return [];
  const head = acts[headIdx];
  if (!head.country || head.sector) return [];
  return groupFrom(forms, acts, headIdx, words, first, false);
}

const AUX_WORDS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'also',
  'again',
  'then',
  'had',
  'been',
  'be',
  'did',
  'does',
  'do',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'not',
  'never',
  'already',
  'reportedly',
]);

function subjectScan(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
  needCountry: boolean,
): ActorSpan[] {
  if (needCountry) {
    const head = appositiveHead(forms, acts, words, first, v, lo);
    if (head.length) return head;
  }
  for (let k = acts.length - 1; k >= 0; k--) {
    if (needCountry && !isPlaced(acts[k])) continue;
    const a = acts[k];
    if (a.tokEnd > first + v) continue;
    if (a.tokStart < first + lo) break;
    const prev = a.tokStart - first - 1;
    if (prev >= 0 && PREPS_BEFORE_ACTOR.has(words[prev]) && a.kind !== 'composed') continue;
    const group = groupFrom(forms, acts, k, words, first, false);
    return group;
  }
  return [];
}
