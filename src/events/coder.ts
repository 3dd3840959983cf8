/**
 * The event coder's candidates: per sentence, find triggers (verbs of the verb table, event nouns, Parley's
 * constructions) and pick the most specific pattern; the arguments (arguments.ts) and the modality (modality.ts) are
 * their own units, the word lists are in coder-words.ts. Works over the token arrays; one lower-cased string per
 * token, Map lookups only.
 */
import type { Doc } from '../model/doc.js';
import { TokFlag, TokKind } from '../model/doc.js';
import type { Modality } from '../model/schema.js';
import type { ActorSpan } from './actors.js';
import { UNCONVENTIONAL } from './lexicon.js';
import {
  AnchorVocabulary,
  anchorsPresent,
  candidatePatterns,
  matchPattern,
  type VerbPattern,
  type VerbTable,
  CAMEO_DEFAULT_ORIGIN,
} from './verb-table.js';
import { tokenIds, TypeCache, TypeFlag, vocab } from '../text/vocab.js';
import { posScoresAt, posTagAt, posTagger } from '../pos/tagger.js';
import { posClasses } from './predicates.js';
import {
  BARE_VERB_CONTEXT,
  BE_AUXILIARIES,
  CLAUSE_BREAKS,
  DEESCALATE_WORDS,
  DESIRE_TRIGGERS,
  EVENT_NOUN_CODES,
  IRREGULAR_PARTICIPLES,
  MONTH_VERBS,
  MUTUAL_ROOTS,
  NOT_TRIGGERS,
  NOUN_MARKERS,
  NOUN_PHRASE_OPENERS,
  OBLIGATION,
  PREPS_BEFORE_ACTOR,
  REPORTING,
  SKIP_LEMMAS,
} from './coder-words.js';
import { consequenceFrame, futureTimeClause, modalityBefore } from './modality.js';
import { GENERIC_MARK } from './senses.js';
import {
  bareFrame,
  coordinatedVerbHead,
  framingWord,
  relativeHave,
  reportRule,
  verbGroupRule,
  type TriggerView,
} from './reported.js';
import {
  type Candidate,
  type CoderContext,
  type CoderState,
  type SentenceView,
  actorsIn,
  groupFrom,
  isLowerWord,
} from './coder-types.js';
import { AUX_WORDS, findArguments, subjectBefore } from './arguments.js';
import { unpairedSources } from './mutual.js';

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

const sentenceVocab = new AnchorVocabulary();

/** Roots whose bare verb defaults are too generic to code (statements, consult, endorse, cooperate). */
const GENERIC_ROOTS: ReadonlySet<string> = new Set(['01', '04', '05', '06']);

/** Roots of threats, coercion and force: co-agents of these strike a third party, not each other. */
const HOSTILE_ROOTS: ReadonlySet<string> = new Set(['13', '17', '18', '19', '20']);

/**
 * "Syrian and Russian jets bombed ...": coordinated adjectives of one noun name the sides of one group of agents.
 * (Sides that agree or cooperate, "the Turkish and Greek sides agreed", do act on each other: CAMEO codes those as
 * mutual.)
 */
function coModifiers(doc: Doc, words: readonly string[], first: number, sources: readonly ActorSpan[]): boolean {
  const labels = posTagger().labels;
  return sources.some((s) => {
    const next = words[s.tokEnd - first];
    return (next === 'and' || next === ',') && labels[posTagAt(doc, s.tokEnd - 1)] === 'JJ';
  });
}

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
      const wi = info(word);
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

/**
 * Per word type: whether a clause starts after it, and whether it ends a clause's reach (";", ":"). A byte per type
 * read by token id: the clause scans then touch no string object.
 */
const clauseBreakType = new TypeFlag((id) => CLAUSE_BREAKS.has(coderWord.get(id)));
const clauseEndType = new TypeFlag((id) => {
  const w = coderWord.get(id);
  return w === ';' || w === ':';
});

/**
 * Clause bounds of every token of a sentence (its n tokens from `first`, by vocabulary id; sentence-relative), using
 * punctuation and subordinators: token i's clause is [lo[i], hi[i]). One pass each way, not a scan per candidate
 * verb (long sentences have dozens). The arrays are scratch reused by the next sentence.
 */
let clauseLo = new Int32Array(256);
let clauseHi = new Int32Array(256);
function clauseBounds(ids: Int32Array, first: number, n: number): { lo: Int32Array; hi: Int32Array } {
  if (clauseLo.length < n) {
    clauseLo = new Int32Array(n * 2);
    clauseHi = new Int32Array(n * 2);
  }
  const lo = clauseLo;
  const hi = clauseHi;
  // lo: back to just after the nearest clause break before the token (or the sentence start).
  for (let i = 0; i < n; i++) lo[i] = i > 0 && !clauseBreakType.get(ids[first + i - 1]) ? lo[i - 1] : i;
  // hi: forward to the next ";" or ":" after the token (or the sentence end).
  for (let i = n - 1; i >= 0; i--) hi[i] = i + 1 >= n || clauseEndType.get(ids[first + i + 1]) ? i + 1 : hi[i + 1];
  return { lo, hi };
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

/** Whether token `i` of the document is capitalized; a module function, not a closure made per sentence. */
function capitalized(doc: Doc, i: number): boolean {
  return (doc.tokens.flags[i] & TokFlag.Capitalized) !== 0;
}

function isNounUse(
  forms: ReadonlyMap<string, string>,
  words: readonly string[],
  v: number,
  inActor: Uint8Array,
  actorStartBefore: number | undefined,
  doc: Doc,
  first: number,
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
      return seen > 0 && !(k > 0 && capitalized(doc, first + k));
    }
    if (!isLowerWord(w, true) || forms.has(w) || capitalized(doc, first + k) || inActor[k]) return false;
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
  if (inActor[v - 1] && actorStartBefore !== undefined && actorStartBefore > 0) {
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
  const view: SentenceView = { words, lemmas, first, forms, vocab, strictDoc: ctx.constructions ? doc : null };
  const acts = actorsIn(ctx.actors, sent.tokStart, sent.tokEnd);
  const out: RawEvent[] = [];
  state.current = [];
  state.currentTrigger = -1;
  const inActor = new Uint8Array(n);
  for (const a of acts) for (let k = a.tokStart; k < a.tokEnd; k++) inActor[k - first] = 1;
  // A headline in title case capitalizes its verbs too.
  let capWords = 0;
  let allWords = 0;
  for (let k = 0; k < n; k++)
    if (doc.tokens.kind[first + k] === TokKind.Word) {
      allWords++;
      if (capitalized(doc, first + k)) capWords++;
    }
  const titleCase = allWords > 0 && capWords / allWords > 0.6;
  const triggerView: TriggerView = { doc, words, first, inActor };

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
    const capitalizedInside = v > 0 && capitalized(doc, first + v);
    if (NOT_TRIGGERS.has(w) || (MONTH_VERBS.has(w) && capitalizedInside)) continue;
    // "American Express", "the Merchants' Exchange": a capitalized word inside a run of capitalized words is part
    // of a name (not in a title-case headline, where every word is capitalized).
    if (
      !titleCase &&
      capitalizedInside &&
      (capitalized(doc, first + v - 1) ||
        (v + 1 < n && capitalized(doc, first + v + 1) && doc.tokens.kind[first + v + 1] === TokKind.Word))
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
    clauses ??= clauseBounds(ids, first, n);
    const lo = clauses.lo[v];
    const hi = clauses.hi[v];
    let cand: Candidate | null = null;
    let isNoun = false;
    const actorBefore = v > 0 && inActor[v - 1] ? acts.find((a) => a.tokEnd === first + v) : undefined;
    // The part of speech decides between a verb and a noun or adjective of the same form ("exports", "alleged"),
    // except in a title-case headline, where the tagger takes capitalized verbs for names.
    const pos = titleCase ? null : posClasses(doc, first + v, POS);
    const nounUse =
      isNounUse(forms, words, v, inActor, actorBefore ? actorBefore.tokStart - first : undefined, doc, first) ||
      (pos !== null && pos.noun);
    // "aid workers", "protest leaders": an event noun right before an actor word modifies it; no event.
    const modifiesActor =
      nounCode !== undefined && v + 1 < n && inActor[v + 1] === 1 && !capitalized(doc, first + v + 1);
    // An event noun that heads no verb group ("the Lima bombing by ...") is coded as the noun it is.
    const notVerb =
      nounCode !== undefined && ctx.constructions && !titleCase && verbGroupRule(triggerView, v) === 'predicate:finite';
    if (nounCode && (nounUse || !lemma || notVerb) && ctx.constructions) {
      if (modifiesActor) continue;
      isNoun = true;
      cand = {
        code: nounEventCode(words, v, nounCode),
        reciprocal: null,
        pattern: null,
        postEnd: v + 1,
        rule: `noun:${w}`,
      };
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
      (w === 'must' || (OBLIGATION.has(w) && words[v + 1] === 'to' && !relativeHave(triggerView, v)));
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
    // `sense:generic`: the CAMEO table's bare default of a verb for a statement, consulting, endorsing or cooperating
    // (roots 01, 04-06, no pattern words naming the act) names no act: "confronting", "hearing", "served". Marked
    // here (the learned layer still reads it as a candidate), discarded by the gates.
    if (ctx.constructions && cand.pattern?.origin === CAMEO_DEFAULT_ORIGIN && GENERIC_ROOTS.has(cand.code.slice(0, 2)))
      cand = { ...cand, rule: cand.rule + GENERIC_MARK };
    let modality: Modality = lemma && DESIRE_TRIGGERS.has(lemma) ? 'desired' : modalityBefore(words, v, lo);
    if (
      ctx.constructions &&
      modality === 'asserted' &&
      futureTimeClause(words, v, (k) => posTagger().labels[posTagAt(doc, first + k)])
    )
      modality = 'future';
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
    if (ctx.constructions && modality === 'asserted') modality = framedModality(triggerView, v, isNoun);
    // Only an act the sentence reports as happening (reported.ts); a user's verbs code by their own practice.
    if (
      ctx.constructions &&
      (reportRule(triggerView, v, modality, cand.pattern?.negation === true, isNoun) ??
        (isNoun || titleCase ? null : verbGroupRule(triggerView, v)))
    )
      continue;
    const ev = findArguments(doc, view, acts, v, lo, hi, cand, isNoun, state);
    if (ev.sources.length === 0 && ev.targets.length === 0 && !ev.firstPerson) continue;
    if (ev.sources.length && !isNoun) {
      state.current = ev.sources;
      state.currentTrigger = v;
    }
    out.push({
      cameo: cand.code,
      mutual: isMutual(ctx, triggerView, v, cand, ev, isNoun),
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
 * The modality of an act asserted so far, from the verb that frames it, the verb it is coordinated with, or what it is
 * the consequence of. This function and the two below hold rare paths of codeSentence, called on its common path, so
 * that a path first taken deep into a document recompiles only them.
 */
function framedModality(view: TriggerView, v: number, isNoun: boolean): Modality {
  const { doc, words, first } = view;
  let modality: Modality = 'asserted';
  // `modality:framing`: an infinitive's act is as certain as the verb that frames it ("will use the UN to claim").
  if (!isNoun && v > 0) {
    // ... and a bare verb as certain as the causative that frames it ("agreed not to help X combat Y").
    const j = words[v - 1] === 'to' ? framingWord(view, v - 1) : bareFrame(view, v);
    const framing = j >= 0 ? modalityBefore(words, j, 0) : 'asserted';
    if (framing !== 'asserted' && framing !== 'reported') modality = framing;
  }
  // `modality:coordinated`: "will destroy the rebels and increase ...": the second verb shares the first's auxiliary.
  if (!isNoun && modality === 'asserted') {
    const head = coordinatedVerbHead(view, v);
    if (head >= 0) modality = modalityBefore(words, head, 0);
  }
  // `modality:consequence`: "could lead to X reaching a deal": the consequence is as certain as what leads to it.
  if (modality === 'asserted') {
    const j = consequenceFrame(words, v, (k) => posTagger().labels[posTagAt(doc, first + k)]);
    if (j >= 0) modality = modalityBefore(words, j, 0);
  }
  return modality;
}

/** Whether the sources of an event with no target act on each other. */
function isMutual(
  ctx: CoderContext,
  view: TriggerView,
  v: number,
  cand: Candidate,
  ev: ReturnType<typeof findArguments>,
  isNoun: boolean,
): boolean {
  const { doc, words, first } = view;
  return (
    ev.targets.length === 0 &&
    ev.sources.length >= 2 &&
    !isNoun &&
    // Agents of a passive ("a deal brokered by X and Y") act together, not on each other.
    !ev.rule.includes(':passive-by') &&
    !(HOSTILE_ROOTS.has(cand.code.slice(0, 2)) && coModifiers(doc, words, first, ev.sources)) &&
    !(ctx.constructions && unpairedSources(words, first, v, ev.sources)) &&
    (cand.pattern?.compound === true || MUTUAL_ROOTS.has(cand.code.slice(0, 2)))
  );
}

/** The code of an event noun: "strike" by its context; "terrorist attack", "suicide bombing": unconventional
 * violence (18x) rather than military force. */
function nounEventCode(words: readonly string[], v: number, nounCode: string): string {
  const w = words[v];
  let code = w === 'strike' || w === 'strikes' ? strikeCode(words, v) : nounCode;
  if (code.startsWith('19') && v > 0 && UNCONVENTIONAL.has(words[v - 1]))
    code = words[v - 1] === 'bomb' || words[v - 1] === 'car' ? '183' : '180';
  return code;
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
  // No source from an earlier sentence: pronouns reach events only through the entities stage's coreference.
  const said = speaker.length ? speaker : state.current;
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
