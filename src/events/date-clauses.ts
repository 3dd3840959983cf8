/**
 * Event date rules that find the clause a time expression belongs to when no clause opener stands between it and
 * the trigger (date-ties.ts calls them): an act takes a time only from its own verb group and adjuncts.
 * - `date.nearer-verb`: a time after the trigger with another verb between them ("appealed for help, and by Friday
 *   the army had arrived"; "asked them to meet on 10 May") is that verb's.
 * - `date.subject-participle`: a participle set off after the subject, before the main verb ("In May the rebels,
 *   fighting on two fronts, said …") describes the subject; the main verb's time is not its date.
 * - `date.postposed-frame`: a trigger that closes its sentence after a comma (", the two leaders agreed.") frames the
 *   clause before it; a time of that clause dates the framed content, not the framing act.
 * - `date.infinitive-scope`: a time before an infinitive ("gathered on Friday to honour a nurse killed in May") is
 *   the main verb's; an act named inside the infinitive's clause is not dated by it.
 * - `date.for-noun`: a time after "for" right after a noun ("convened a meeting for Monday", "set a vote for May") is
 *   the noun's day, not the day of the verb that arranged it.
 * - `date.closed-relative`: a trigger inside a relative clause set off by commas (", which has members elected to
 *   examine him, on Monday") does not take a time after the closing comma: that is the main clause's.
 */
import type { Doc } from '../model/doc.js';
import { tagOf, wordOf } from './token-words.js';

const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor']);
/** Words after which a finite verb belongs to a subordinate clause, not to a coordinated one. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'if',
  'since',
  'until',
]);

/** The token before k, skipping adverbs ("and only found", ", seriously wounding"). */
function before(doc: Doc, k: number): number {
  let j = k - 1;
  while (j >= 0 && (tagOf(doc, j) === 'RB' || wordOf(doc, j) === 'not')) j--;
  return j;
}

/** First token of token tok's sentence. */
function sentenceStartToken(doc: Doc, tok: number): number {
  const s = doc.sentences[doc.tokens.sentence[tok]];
  return s ? s.tokStart : 0;
}

/** The token after token tok's sentence (exclusive bound). */
function sentenceEndToken(doc: Doc, tok: number): number {
  const s = doc.sentences[doc.tokens.sentence[tok]];
  return s ? s.tokEnd : doc.tokens.count;
}

/**
 * `date.nearer-verb`: tokens strictly between the trigger token and the time (which follows it) hold a verb of its
 * own: a finite verb not directly coordinated with the trigger ("met X and discussed Y on Monday" shares the time,
 * a coordinated clause with its own subject does not), or an infinitive ("to meet").
 */
export function nearerVerbOwnsTime(
  doc: Doc,
  trig: number,
  timeTok: number,
  timeEndTok: number,
  isNounTrigger: boolean,
): boolean {
  let coordinated = false;
  let finiteSeen = false;
  for (let k = trig + 1; k < timeTok; k++) {
    const w = wordOf(doc, k);
    if (COORDINATORS.has(w)) coordinated = true;
    const tag = tagOf(doc, k);
    // A noun's own infinitive relative ("a summit to be held on Friday") keeps the time.
    if (tag === 'VB' && wordOf(doc, before(doc, k)) === 'to' && (!isNounTrigger || finiteSeen)) return true;
    if (!FINITE_TAGS.has(tag)) continue;
    finiteSeen = true;
    // An event noun's own predicate ("the offensive began in May") dates it; a clause after "and" does not.
    if (isNounTrigger && !coordinated) continue;
    if (COORDINATORS.has(wordOf(doc, before(doc, k)))) continue;
    return true;
  }
  let j = timeTok - 1;
  if (tagOf(doc, j) === 'IN') j--;
  return COORDINATORS.has(wordOf(doc, j)) && opensCoordinatedClause(doc, timeEndTok);
}

/** "…, and by Friday the army had arrived": a time after "and" with a finite verb after it heads the next clause. */
function opensCoordinatedClause(doc: Doc, from: number): boolean {
  if (from >= doc.tokens.count) return false;
  const end = sentenceEndToken(doc, from);
  for (let k = from; k < end; k++) {
    const w = wordOf(doc, k);
    if (w === ',' || w === ';' || COORDINATORS.has(w) || SUBORDINATORS.has(w)) return false;
    if (FINITE_TAGS.has(tagOf(doc, k))) return true;
  }
  return false;
}

/** `date.subject-participle`: an "-ing" trigger after a comma with no finite verb before it in its sentence. */
export function subjectParticiple(doc: Doc, trig: number): boolean {
  if (tagOf(doc, trig) !== 'VBG' || wordOf(doc, before(doc, trig)) !== ',') return false;
  for (let k = sentenceStartToken(doc, trig); k < trig; k++) {
    if (FINITE_TAGS.has(tagOf(doc, k))) return false;
  }
  return true;
}

/**
 * `date.postposed-frame`: the trigger is a finite verb after ", subject" that closes its sentence, and a finite verb
 * stands before the time (timeTok, before that comma): the time then belongs to the framed clause.
 */
export function postposedFrame(doc: Doc, trig: number, timeTok: number): boolean {
  if (!FINITE_TAGS.has(tagOf(doc, trig))) return false;
  const end = sentenceEndToken(doc, trig);
  // The frame's tail ("with Chile") holds no verb or clause of its own.
  for (let k = trig + 1; k < end; k++) if (/^VB|^MD$/.test(tagOf(doc, k)) || wordOf(doc, k) === ',') return false;
  let comma = -1;
  for (let k = trig - 1; k > timeTok; k--) {
    if (wordOf(doc, k) === ',') {
      comma = k;
      break;
    }
    // The frame's own subject is a short noun phrase with no verb.
    if (/^VB|^MD$/.test(tagOf(doc, k))) return false;
  }
  if (comma < 0) return false;
  // The framed clause's own verb stands before the time ("will be in place by 30 April, X agreed").
  for (let k = sentenceStartToken(doc, trig); k < timeTok; k++) {
    if (FINITE_TAGS.has(tagOf(doc, k))) return true;
  }
  return false;
}

/** A participle after a noun or comma ("a letter, published on Monday"): a reduced clause with its own time. */
export function reducedClauseVerb(doc: Doc, k: number): boolean {
  const tag = tagOf(doc, k);
  if (tag !== 'VBN' && tag !== 'VBD') return false;
  const prev = tagOf(doc, k - 1);
  return NOUN_TAGS.has(prev) || wordOf(doc, k - 1) === ',';
}

/** Verbs whose infinitive names their own act ("seemed to make it clear", "managed to flee"), not a purpose. */
const ACT_ITSELF_BEFORE_TO: ReadonlySet<string> = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
  'manage',
  'manages',
  'managed',
  'began',
  'begins',
  'started',
  'starts',
  'continued',
  'continues',
  'happened',
  'went',
]);

/** Words that end the scope of an infinitive before a trigger: the trigger is coordinated with the main verb. */
const SCOPE_ENDS: ReadonlySet<string> = new Set([...COORDINATORS, ';', ':']);

/**
 * `date.infinitive-scope`: an infinitive ("to" + base verb) stands between a time (ending before token timeEnd) and
 * the later trigger, with no coordinator or ";" between the infinitive and the trigger.
 */
export function infinitiveScope(doc: Doc, timeEnd: number, trig: number): boolean {
  for (let k = timeEnd; k < trig - 1; k++) {
    if (wordOf(doc, k) !== 'to' || tagOf(doc, k + 1) !== 'VB' || k + 1 === trig) continue;
    // "seemed to make it clear", "managed to reach": the infinitive is the act itself, done at the time.
    if (ACT_ITSELF_BEFORE_TO.has(wordOf(doc, k - 1))) continue;
    for (let j = k + 2; j < trig; j++) if (SCOPE_ENDS.has(wordOf(doc, j))) return false;
    return true;
  }
  return false;
}

/** Relative words that open a clause set off by commas (", which …,", ", who …,"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/**
 * `date.closed-relative`: the trigger lies in a ", which/who …" clause (no comma between the relative word and the
 * trigger), and a comma closes that clause before the time (timeTok, after the trigger).
 */
export function closedRelative(doc: Doc, trig: number, timeTok: number): boolean {
  const start = sentenceStartToken(doc, trig);
  let rel = -1;
  for (let k = trig - 1; k > start; k--) {
    const w = wordOf(doc, k);
    if (w === ',' || w === ';') break;
    if (RELATIVE_WORDS.has(w) && wordOf(doc, k - 1) === ',') {
      rel = k;
      break;
    }
  }
  if (rel < 0) return false;
  for (let k = trig + 1; k < timeTok; k++) if (wordOf(doc, k) === ',') return true;
  return false;
}

/**
 * `date.for-noun`: the time at timeTok follows "for" right after a noun other than the trigger itself ("convened a
 * meeting for Monday"): it is the day set for that noun.
 */
export function forNounTime(doc: Doc, trig: number, timeTok: number): boolean {
  const noun = timeTok - 2;
  return wordOf(doc, timeTok - 1) === 'for' && noun > trig && NOUN_TAGS.has(tagOf(doc, noun));
}
