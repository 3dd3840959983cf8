/**
 * Acts reported as happening. A trigger gives an event only where the sentence reports the act: each rule below
 * names why a candidate is no such report (null: it is one). Used by the coder with Parley's own constructions on
 * (not when coding with a user's verbs only, which code by their own dictionary's practice).
 * - `predicate:finite`: a verb trigger heads a verb group (after an auxiliary or a modal, or tagged as a finite
 *   verb by the part-of-speech tagger), is a passive participle before "by", a participle clause after a comma or a
 *   verb coordinated with one; "beheading videos", "in expressing", "besieged villages" report no act.
 * - `act:purpose`: an infinitive reports an act only as what a verb of intent, appeal or agreement frames ("agreed
 *   to withdraw"); after a noun, an adjective or a whole clause it is a purpose or a plan ("a way to press", "easier
 *   to prosecute", "met on Thursday to discuss").
 * - `act:question`: the sentence is a question.
 * - `act:hypothetical`: "if", "unless", "whether" before the trigger, or a modal of possibility: no act happened.
 * - `act:negated`: an act said not to have happened is no event of that act (a pattern that codes the negation
 *   itself stays).
 * - `act:potential`: an event noun qualified as potential ("a potential Turkish attack").
 */
import type { Doc } from '../model/doc.js';
import type { Modality } from '../model/schema.js';
import { BE_FORMS, DETERMINERS } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';
import { DESIRE, FUTURE } from './modality.js';

export type NotReportedRule =
  'predicate:finite' | 'act:purpose' | 'act:question' | 'act:hypothetical' | 'act:negated' | 'act:potential';

/** Auxiliaries and modals that open a verb group ("has killed", "will attack", "did not sign"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  "'s",
  "'re",
  "'ve",
  "'d",
  "'ll",
  'has',
  'have',
  'had',
  'having',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'get',
  'gets',
  'got',
  'wo',
  'ca',
]);

/** Words that stand inside a verb group without breaking it ("has also been", "did not"). */
const GROUP_ADVERBS = new Set([
  'not',
  "n't",
  'never',
  'also',
  'already',
  'still',
  'just',
  'again',
  'then',
  'now',
  'since',
  'even',
  'ever',
  'once',
  'first',
  'later',
  'soon',
  'so',
  'far',
]);

/** Adjectives and nouns that frame an infinitive as an act to come: "is ready to", "is set to", "is due to". */
const FRAMING_NON_VERBS = new Set(['ready', 'willing', 'prepared', 'set', 'due', 'poised', 'about', 'able', 'going']);

/** Adjectives that frame an infinitive as an act that does not happen: "was unwilling to accede", "unable to stop". */
const UNWILLING: ReadonlySet<string> = new Set(['unwilling', 'unable', 'reluctant', 'loath', 'hesitant']);

/** Participles (and "close"), that, outside a verb group, describe a state rather than report an act. */
const STATE_PARTICIPLES: ReadonlySet<string> = new Set([
  'close',
  'allied',
  'aligned',
  'affiliated',
  'linked',
  'determined',
  'committed',
  'exposed',
  'opposed',
  'dedicated',
]);

/** `predicate:finite` (involvement): participles of taking part "in" something, a state outside a verb group. */
const STATE_IN_PARTICIPLES: ReadonlySet<string> = new Set(['involved', 'embroiled', 'mired', 'entangled', 'caught']);

/** Verbs whose object does the bare verb after them ("help X combat Y", "let X enter"): that act is as real as they. */
const BARE_FRAMES: ReadonlySet<string> = new Set([
  'help',
  'helps',
  'helped',
  'helping',
  'let',
  'lets',
  'letting',
  'make',
  'makes',
  'made',
  'making',
]);

/** Nouns of time that end a fronted adverbial, not a head noun: "this week the US has to ...". */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'time',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'moment',
  'stage',
  'point',
]);

/** Tags of a bare verb (the tagger may read one after a noun as a singular noun). */
const BARE_TAGS: ReadonlySet<string> = new Set(['VB', 'VBP', 'NN']);
/** Tags of the head of a causative's object before its bare verb. */
const OBJECT_HEAD_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNP', 'NNPS', 'PRP']);

/** Forms of "have" that open an obligation ("Chile has to withdraw") or, after a noun, a relative clause. */
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Degree words that make the participle after them an adjective: "most wanted", "so determined", "less exposed". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'less', 'least', 'very', 'too', 'so']);

/** Quotation marks: a partial quote opens with the verb (the secretary "encouraged India ..."). */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** Subordinators before a participle clause that reports its act ("while expressing sorrow", "after meeting"). */
const TEMPORAL = new Set(['while', 'when', 'after', 'before', 'since', 'by', 'upon']);
const SUBJECT_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who', 'which', 'that']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const POSSIBILITY = new Set([
  // An act alleged or suspected is a claim about an act, not one the text reports as done ("an alleged attack").
  'alleged',
  'suspected',
  'potential',
  'possible',
  'possibly',
  'proposed',
  'planned',
  'any',
  'future',
  'threatened',
]);

const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const ADJECTIVE_TAGS = new Set(['JJ', 'JJR', 'JJS', 'PRP$', 'POS']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
/** What follows a participle that modifies a noun: the noun or an adjective before it. */
const MODIFIED_TAGS = new Set(['NN', 'NNS', 'JJ']);
/** The head noun of a compound ("travel ban"). */
const COMPOUND_HEAD_TAGS = new Set(['NN', 'NNS']);
/** Tags that open an object or an infinitive after a verb. */
const OBJECT_TAGS = new Set(['DT', 'PRP$', 'PRP', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'CD', 'TO']);
const VERB_TAGS = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'VBG', 'VBN']);

function tagOf(doc: Doc, i: number): string {
  return posTagger().labels[posTagAt(doc, i)];
}

function isGroupAdverb(w: string): boolean {
  return GROUP_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/** The word index before `k` past adverbs of the verb group; -1 at the sentence start. */
function beforeAdverbs(words: readonly string[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (isGroupAdverb(words[j]) || (QUOTE_MARKS.has(words[j]) && j > 0 && AUXILIARIES.has(words[j - 1]))))
    j--;
  return j;
}

export interface TriggerView {
  doc: Doc;
  /** Lower-cased words of the sentence. */
  words: readonly string[];
  /** Doc token index of words[0]. */
  first: number;
  /** 1 for the sentence's words inside an actor span. */
  inActor: Uint8Array;
  /** reportRule's facts of the sentence, made at its first candidate. */
  reportFacts?: ReportFacts;
}

/** What reportRule reads of a whole sentence, the same for each of its candidates. */
interface ReportFacts {
  /** Index of the last "?" (-1: none). */
  question: number;
  /** 1 where a condition word ("if", "unless") stands before the word with no ";" between them. */
  conditionBefore: Uint8Array;
}

function reportFacts(words: readonly string[]): ReportFacts {
  const conditionBefore = new Uint8Array(words.length);
  let seen = 0;
  for (let k = 0; k < words.length; k++) {
    conditionBefore[k] = seen;
    if (words[k] === ';') seen = 0;
    else if (CONDITIONS.has(words[k])) seen = 1;
  }
  return { question: words.lastIndexOf('?'), conditionBefore };
}

/** The word before the infinitive whose "to" is at `to`, past adverbs and an actor object; -1 at the start. */
export function framingWord(t: TriggerView, to: number): number {
  let j = beforeAdverbs(t.words, to);
  // "urged Israel to", "allowed the rebels to": the object of an appeal stands between the verb and "to".
  if (j >= 0 && t.inActor[j]) {
    while (j >= 0 && t.inActor[j]) j--;
    while (j >= 0 && DETERMINERS.has(t.words[j])) j--;
  }
  return j;
}

/**
 * `act:purpose` (relative): "the levers the US has to press X": a subject right after a noun opens a relative
 * clause, so the "has to" after it is no obligation and the infinitive a purpose. True when the word at `j` is a
 * form of "have" whose subject noun phrase starts right after a common noun.
 */
export function relativeHave(t: TriggerView, j: number): boolean {
  if (!HAVE_FORMS.has(t.words[j])) return false;
  // Back over the subject: actors, determiners, adjectives, nouns and "and" between them.
  for (let k = j - 1; k > 0; k--) {
    const opensPhrase = t.inActor[k] === 1 ? t.inActor[k - 1] !== 1 : DETERMINERS.has(t.words[k]);
    const before = k - 1;
    if (
      opensPhrase &&
      t.inActor[before] !== 1 &&
      !TIME_NOUNS.has(t.words[before]) &&
      COMPOUND_HEAD_TAGS.has(tagOf(t.doc, t.first + before))
    )
      return true;
    const tag = tagOf(t.doc, t.first + k);
    if (!(t.inActor[k] === 1 || DETERMINERS.has(t.words[k]) || t.words[k] === 'and' || MODIFIED_TAGS.has(tag)))
      return false;
  }
  return false;
}

/** The sentence index of a causative verb ("help", "let", "make") whose object does the bare verb at `v`, or -1. */
export function bareFrame(t: TriggerView, v: number): number {
  // A bare form (the tagger may read one after a noun as a noun: "rebels combat"), not a tensed, -ing or plural form.
  if (!BARE_TAGS.has(tagOf(t.doc, t.first + v))) return -1;
  // Right after the object's head, an actor or a plural or proper noun: "made a deal", "a peace deal" are no verbs.
  if (v === 0 || !(t.inActor[v - 1] === 1 || OBJECT_HEAD_TAGS.has(tagOf(t.doc, t.first + v - 1)))) return -1;
  // Only past an object noun phrase (actors, determiners, adjectives, nouns, "and"; at most eight words): "help the
  // rebels combat", "help US and allied fighters combat", not "the rebels help combat".
  let j = v - 1;
  while (j >= 0 && v - j <= 8 && objectWord(t, j)) j--;
  if (j === v - 1 || j < 0) return -1;
  return BARE_FRAMES.has(t.words[j]) ? j : -1;
}

/** A word of an object noun phrase between a causative and its bare verb. */
function objectWord(t: TriggerView, k: number): boolean {
  if (t.inActor[k] === 1 || DETERMINERS.has(t.words[k]) || t.words[k] === 'and') return true;
  const tag = tagOf(t.doc, t.first + k);
  if (NOUN_TAGS.has(tag) || ADJECTIVE_TAGS.has(tag)) return true;
  // A participle modifying the noun after it ("allied fighters"; the tagger may read it as a past tense).
  const modifier = t.inActor[k + 1] === 1 || MODIFIED_TAGS.has(tagOf(t.doc, t.first + k + 1));
  return (tag === 'VBN' || tag === 'VBD') && modifier && !BARE_FRAMES.has(t.words[k]);
}

/** Whether the infinitive whose "to" is at `to` is framed by a verb (or "ready", "set") rather than a purpose. */
function framedInfinitive(t: TriggerView, to: number): boolean {
  const j = framingWord(t, to);
  if (j < 0) return false;
  const w = t.words[j];
  if (FRAMING_NON_VERBS.has(w)) return true;
  if (relativeHave(t, j)) return false;
  if (UNWILLING.has(w)) return false;
  // "plans to", "wants to" frame an act; the noun "a plan to", "the need to" do not.
  const nounPhrase = j > 0 && (DETERMINERS.has(t.words[j - 1]) || ADJECTIVE_TAGS.has(tagOf(t.doc, t.first + j - 1)));
  if ((FUTURE.has(w) || DESIRE.has(w)) && !(nounPhrase && NOUN_TAGS.has(tagOf(t.doc, t.first + j)))) return true;
  // The framing verb must report an act itself: "a deal to allow Ankara to send troops" frames no sending.
  return VERB_TAGS.has(tagOf(t.doc, t.first + j)) && !BE_FORMS.has(w) && verbGroupRule(t, j) === null;
}

/** Words that end the reach of a coordinated verb's search for the verb it shares an auxiliary with. */
const COORDINATION_BREAKS = new Set([';', ':', 'but', 'while', 'because', 'although', 'which', 'who', 'that']);

/**
 * `modality:coordinated`: for a bare verb after "and"/"or" ("will destroy the rebels, and increase ..."), the sentence
 * index of the bare verb it is coordinated with, which carries their shared auxiliary; -1 where there is none in
 * reach, or a finite verb or modal comes between (then the second verb has its own subject and tense).
 */
export function coordinatedVerbHead(t: TriggerView, v: number): number {
  const { words } = t;
  if (v < 2 || tagOf(t.doc, t.first + v) !== 'VB') return -1;
  const conj = words[v - 1] === 'and' || words[v - 1] === 'or' ? v - 1 : -1;
  if (conj < 0) return -1;
  for (let k = conj - 1; k >= Math.max(0, conj - 25); k--) {
    if (COORDINATION_BREAKS.has(words[k])) return -1;
    const tag = tagOf(t.doc, t.first + k);
    if (tag === 'VB') return k;
    if (FINITE_TAGS.has(tag)) return -1;
  }
  return -1;
}

/** Why the verb trigger at sentence word `v` reports no act (`predicate:finite` or `act:purpose`), or null. */
export function verbGroupRule(t: TriggerView, v: number): NotReportedRule | null {
  const { words } = t;
  // A degree word makes a participle an adjective even inside a verb group ("were most wanted", "is so determined").
  if (v > 0 && DEGREE_WORDS.has(words[v - 1])) return 'predicate:finite';
  const j = beforeAdverbs(words, v);
  const prev = j >= 0 ? words[j] : '';
  if (AUXILIARIES.has(prev)) return null;
  // Outside a verb group these describe a state: "troops allied with X", "fighters determined to", "close to".
  if (STATE_PARTICIPLES.has(words[v]) && (words[v + 1] === 'to' || words[v + 1] === 'with')) return 'predicate:finite';
  // "fighters involved in the war": taking part is a state, not the act of fighting.
  if (STATE_IN_PARTICIPLES.has(words[v]) && (words[v + 1] === 'in' || (words[v + 1] === 'up' && words[v + 2] === 'in')))
    return 'predicate:finite';
  if (prev === 'to') return framedInfinitive(t, j) ? null : 'act:purpose';
  const tag = tagOf(t.doc, t.first + v);
  // "help the rebels combat X": a bare verb after a causative's object reports its act only where that verb does.
  const bare = bareFrame(t, v);
  if (bare >= 0) return verbGroupRule(t, bare) === null ? null : 'act:purpose';
  if (FINITE_TAGS.has(tag)) return null;
  // A participle clause after a comma or a verb coordinated with the one before: both report what the main clause
  // reports ("..., killing 2,000 people", "arrested and deported").
  const coordinated = prev === ',' || prev === 'and' || prev === 'or' || QUOTE_MARKS.has(prev);
  // Right after its subject a past participle tag is the tagger's reading of a past tense ("Police arrested"), as
  // it is after any noun when an object or an infinitive follows ("officials suspended aid", "the wing refused to"):
  // a participle modifying the noun takes none ("the agreement signed in March").
  // (Also after an apposition that closes on an actor: "Erdoğan, the Turkish president, pleaded".)
  const afterSubject =
    j >= 0 && (t.inActor[j] === 1 || SUBJECT_WORDS.has(prev) || (prev === ',' && j > 0 && t.inActor[j - 1] === 1));
  const afterNoun = afterSubject || (j >= 0 && NOUN_TAGS.has(tagOf(t.doc, t.first + j)));
  const objectNext = v + 1 < words.length && OBJECT_TAGS.has(tagOf(t.doc, t.first + v + 1));
  // A present participle after a noun is a reduced relative clause that reports its act ("a declaration demanding").
  // ... with its object after it: "the Lima bombing by rebels" is a noun.
  const clauseNext = objectNext || words[v + 1] === 'that';
  // "civilians and surrendering fighters": a participle between two coordinated nouns modifies the second.
  const nounModifier =
    (prev === 'and' || prev === 'or') &&
    j > 0 &&
    NOUN_TAGS.has(tagOf(t.doc, t.first + j - 1)) &&
    v + 1 < words.length &&
    MODIFIED_TAGS.has(tagOf(t.doc, t.first + v + 1));
  if (tag === 'VBG')
    return (coordinated && !nounModifier) || (afterNoun && clauseNext) || TEMPORAL.has(prev)
      ? null
      : 'predicate:finite';
  if (tag === 'VBN')
    // A participle after a comma is one only before "by" ("..., armed by X"); else an adjective ("..., determined to").
    return (coordinated && prev !== ',') || afterSubject || (afterNoun && objectNext) || words[v + 1] === 'by'
      ? null
      : 'predicate:finite';
  // A bare verb: right after its subject or coordinated with a verb; a word the tagger took for another part of
  // speech only right after its subject ("divisions and distrust" is a noun).
  if (tag === 'VB' || tag === 'VBP') return afterSubject || coordinated ? null : 'predicate:finite';
  // A word the tagger reads as a noun before another noun is a compound's modifier ("the US travel ban").
  if (NOUN_TAGS.has(tag) && v + 1 < words.length && COMPOUND_HEAD_TAGS.has(tagOf(t.doc, t.first + v + 1)))
    return 'predicate:finite';
  return afterSubject && clauseNext ? null : 'predicate:finite';
}

/** Why a candidate at sentence word `v` is not an act reported as happening (question, condition ...), or null. */
export function reportRule(
  t: TriggerView,
  v: number,
  modality: Modality,
  negationCoded: boolean,
  isNoun: boolean,
): NotReportedRule | null {
  const { words } = t;
  // One scan of the sentence for all its candidates, not one (or two) per candidate.
  const facts = (t.reportFacts ??= reportFacts(words));
  if (facts.question > v) return 'act:question';
  if (modality === 'hypothetical') return 'act:hypothetical';
  if (modality === 'negated' && !negationCoded) return 'act:negated';
  if (facts.conditionBefore[v]) return 'act:hypothetical';
  // "would release them if ...": a conditional after the trigger of a "would"/"could" verb group.
  const group = words.slice(Math.max(0, v - 3), v);
  if ((group.includes('would') || group.includes('could')) && words.slice(v + 1).some((w) => CONDITIONS.has(w)))
    return 'act:hypothetical';
  if (isNoun) {
    for (let k = v - 1; k >= 0 && k >= v - 3; k--) if (POSSIBILITY.has(words[k])) return 'act:potential';
  }
  return null;
}
