/**
 * Event date rule `date.reporting-adjunct`: a time right after a verb of saying ("said on Tuesday", "announced the
 * plan late on Wednesday") dates the saying. An act named after that time inside what was said ("… it would cut
 * taxes", "… it had been sent a report on the visit") or in an "as" clause is not dated by it, with one exception:
 * a reported act told in the past tense ("said on Tuesday it had shelled the town", "… it shelled the town"), which
 * the saying usually reports on the day it happened or just before.
 */
import type { Doc } from '../model/doc.js';
import { lookupCue } from '../quotes/lexicon.js';
import { tagOf, wordOf } from './token-words.js';

/** Lemmas of the verbs of saying whose time is their own, not that of the acts they report. */
const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'announce',
  'declare',
  'explain',
  'note',
  'warn',
  'claim',
  'insist',
  'confirm',
  'write',
  'tweet',
  'report',
]);

/** A finite or participle form of a verb of saying ("said", "announces"), not its base form. */
export function isReportingVerb(w: string): boolean {
  const cue = lookupCue(w);
  return !!cue && REPORTING_LEMMAS.has(cue.lemma) && cue.form !== 'base';
}

/** Tags that may stand between a verb of saying and its time: its short object and the time's own preposition. */
const ADJUNCT_GAP_TAGS: ReadonlySet<string> = new Set(['DT', 'PRP', 'PRP$', 'NN', 'NNS', 'JJ', 'IN', 'RB', 'POS']);
/** How many tokens the object and preposition between a verb of saying and its time may take. */
const ADJUNCT_GAP = 5;
/** Tags or words after the time that open the reported clause or an "as" clause. */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** The verb of saying whose adjunct the time at token timeTok is, or -1. */
function reportingVerbBefore(doc: Doc, timeTok: number): number {
  for (let k = timeTok - 1; k >= Math.max(0, timeTok - 1 - ADJUNCT_GAP); k--) {
    if (isReportingVerb(wordOf(doc, k))) return k;
    if (!ADJUNCT_GAP_TAGS.has(tagOf(doc, k))) return -1;
  }
  return -1;
}

/** Auxiliaries before a participle that make it present or ahead ("is sent", "will be sent", "has sent"). */
const NOT_PAST_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be', 'will', 'would', 'to', 'has', 'have']);

/** "said on Monday it had shelled", "… it was shelled", "… they shelled": the reported act told in the past. */
function pastReportedAct(doc: Doc, trig: number): boolean {
  const tag = tagOf(doc, trig);
  if (tag === 'VBD') return true;
  if (tag !== 'VBN') return false;
  let k = trig - 1;
  while (k >= 0 && (tagOf(doc, k) === 'RB' || wordOf(doc, k) === 'been')) k--;
  return !NOT_PAST_AUX.has(wordOf(doc, k));
}

/**
 * `date.reporting-adjunct`: the time [timeTok, timeEndTok) follows a verb of saying and the trigger (after the time)
 * stands in a clause opened after it (a finite verb, a modal or "as" between): the time is the saying's.
 */
export function reportingAdjunct(doc: Doc, timeTok: number, timeEndTok: number, trig: number): boolean {
  if (trig < timeEndTok || reportingVerbBefore(doc, timeTok) < 0) return false;
  let opened = false;
  for (let k = timeEndTok; k < trig; k++) {
    if (CLAUSE_TAGS.has(tagOf(doc, k)) || wordOf(doc, k) === 'as') {
      opened = true;
      break;
    }
  }
  // "said on Monday it shelled the town": with no auxiliary between, the trigger itself is the clause's verb.
  if (!opened && !/^(VBD|VBZ|VBP|VBN)$/.test(tagOf(doc, trig))) return false;
  return !pastReportedAct(doc, trig);
}
