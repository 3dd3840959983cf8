/**
 * Whether a time expression in an event's sentence is tied to the event's trigger (event date rule
 * `date.same-clause`): nothing between them opens another clause. A relative or subordinate clause ("which rebels
 * had held since 2014", "after troops left on Monday"), a reported clause ("said on Tuesday that X would withdraw")
 * or a ";" between them gives the time to another verb; a quotation mark gives it to the quote or to its frame; an
 * infinitive after the time ("in August to help") was intended then, not done then; a verb of saying between them
 * ("… to send aid, the minister said on Wednesday") takes the time for the saying, as does one right before the time
 * when the act follows in what was said (date-reported.ts). A participle before a noun
 * ("released prisoners", "the recently captured town") names a state, not an act done then; a relative clause with
 * no "who/that" ("the brigade she commanded", "a reporter previously detained") is not dated by a time before it.
 * A limit ("until at least February") dates no act; a participle after the object's noun ("a deal struck in March")
 * or an "as" clause after a comma takes a time that follows it.
 */
import { tokenAtOrAfter, TokKind, type Doc } from '../model/doc.js';
import { SUBJECT_PRONOUNS } from './coder-words.js';
import {
  closedRelative,
  forNounTime,
  infinitiveScope,
  nearerVerbOwnsTime,
  postposedFrame,
  reducedClauseVerb,
  subjectParticiple,
} from './date-clauses.js';
import { isReportingVerb, reportingAdjunct } from './date-reported.js';
import { tagOf, wordOf } from './token-words.js';

/** Words that open another clause between a time expression and a trigger. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'where',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'until',
  'unless',
  'if',
  'but',
]);

const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const BEFORE_ATTRIBUTIVE: ReadonlySet<string> = new Set(['DT', 'IN', 'PRP$', 'CD', 'JJ', 'POS']);
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DT', 'CD', 'NN', 'NNS', 'NNP', 'NNPS', 'PRP', 'PRP$', 'JJ']);

/** "for released prisoners", "the recently captured town": a participle used as an adjective before a noun. */
function attributiveParticiple(doc: Doc, k: number): boolean {
  if (!/(ed|en)$/.test(wordOf(doc, k)) || !['VBN', 'VBD', 'JJ'].includes(tagOf(doc, k))) return false;
  const next = tagOf(doc, k + 1);
  if (!NOUN_TAGS.has(next) && next !== 'JJ') return false;
  // Not after a verb: in "the brigade she commanded cleared roads" the participle-like word is a verb.
  const prev = tagOf(doc, k - 1) === 'RB' ? k - 2 : k - 1;
  return BEFORE_ATTRIBUTIVE.has(tagOf(doc, prev));
}

/** "the brigade she commanded", "a reporter previously detained by": a relative clause with no relative word. */
function reducedRelative(doc: Doc, k: number): boolean {
  const prev = k > 0 && tagOf(doc, k - 1) === 'RB' ? k - 2 : k - 1;
  if (SUBJECT_PRONOUNS.has(wordOf(doc, prev))) return NOUN_TAGS.has(tagOf(doc, prev - 1));
  // A passive participle after a common noun, with no object after it ("troops arrested five men" is active).
  const prevTag = tagOf(doc, prev);
  return tagOf(doc, k) === 'VBN' && (prevTag === 'NN' || prevTag === 'NNS') && !OBJECT_STARTS.has(tagOf(doc, k + 1));
}

/** "until (at least) February": a limit on a state, not the time of an act (the hedge "at least" skipped). */
function isLimit(doc: Doc, k: number): boolean {
  if (wordOf(doc, k) === 'least' && wordOf(doc, k - 1) === 'at') k -= 2;
  const w = wordOf(doc, k);
  return w === 'until' || w === 'till';
}

/**
 * Between a trigger and a later time: "accused him over a deal struck in March" (a participle after the object's
 * noun takes the time) or ", as ministers meet on Thursday" (an "as" clause after a comma has its own verb).
 */
function laterClauseOwnsTime(doc: Doc, trig: number, k: number): boolean {
  if (k === trig) return false;
  const w = wordOf(doc, k);
  if (w === 'as' && wordOf(doc, k - 1) === ',') return true;
  return reducedClauseVerb(doc, k);
}

/** Is the time expression [tStart, tEnd) tied to the trigger starting at trigStart (same sentence)? */
export function tiedToTrigger(doc: Doc, tStart: number, tEnd: number, trigStart: number, isNoun = false): boolean {
  const [from, to] = tEnd <= trigStart ? [tEnd, trigStart] : [trigStart, tStart];
  const t = doc.tokens;
  if (isLimit(doc, tokenAtOrAfter(doc, tStart) - 1)) return false;
  // An infinitive ("travelled in August to help", "agreed on Monday to withdraw") is an act intended then, not done
  // then; a time after it is its own ("agreed to meet on Monday").
  const trig = tokenAtOrAfter(doc, trigStart);
  if (tEnd <= trigStart && trig > 0 && doc.text.slice(t.start[trig - 1], t.end[trig - 1]).toLowerCase() === 'to')
    return false;
  if (attributiveParticiple(doc, trig) || (tEnd <= trigStart && reducedRelative(doc, trig))) return false;
  if (tEnd <= trigStart) {
    const timeTok = tokenAtOrAfter(doc, tStart);
    if (subjectParticiple(doc, trig) || (!isNoun && postposedFrame(doc, trig, timeTok))) return false;
    if (reportingAdjunct(doc, timeTok, tokenAtOrAfter(doc, tEnd), trig)) return false;
    if (infinitiveScope(doc, tokenAtOrAfter(doc, tEnd), trig)) return false;
  } else if (nearerVerbOwnsTime(doc, trig, tokenAtOrAfter(doc, tStart), tokenAtOrAfter(doc, tEnd), isNoun))
    return false;
  else if (
    closedRelative(doc, trig, tokenAtOrAfter(doc, tStart)) ||
    forNounTime(doc, trig, tokenAtOrAfter(doc, tStart))
  )
    return false;
  for (let k = tokenAtOrAfter(doc, from); k < t.count && t.start[k] < to; k++) {
    if (t.start[k] < from) continue;
    if (t.kind[k] === TokKind.Quote) return false;
    const w = doc.text.slice(t.start[k], t.end[k]).toLowerCase();
    // The trigger's own opener lies outside [from, to) ("after the army withdrew on Monday" keeps Monday).
    if (w === ';' || CLAUSE_OPENERS.has(w)) return false;
    if (t.start[k] !== trigStart && isReportingVerb(w)) return false;
    if (tStart > trigStart && laterClauseOwnsTime(doc, tokenAtOrAfter(doc, trigStart), k)) return false;
  }
  return true;
}
