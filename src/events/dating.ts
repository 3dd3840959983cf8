/**
 * Event dates (rules `date.same-clause`, `date.publication`): the time expression tied to the trigger (a DATE
 * timex in the same sentence with no other clause between them, date-ties.ts; nearest to the trigger, skipping
 * one that modifies another event noun: "the April 22 attack"), else the publication date (DCT), marked
 * dateSource "publication". A time expression from an earlier sentence is never borrowed: on real news most such
 * borrowings dated another act (issue 24). "That day" ties an event to an earlier date through the time stage, which
 * resolves it in its own sentence. The clause rules (a nearer verb, a subject participle, a closing frame) are in
 * date-clauses.ts.
 */
import type { Doc } from '../model/doc.js';
import type { Timex } from '../model/schema.js';
import { tiedToTrigger } from './date-ties.js';
import { EVENT_NOUNS } from './lexicon.js';

export interface EventDate {
  date: string;
  dateSource: 'text' | 'publication';
  dateTimexId: string | null;
}

const DAY_VALUE = /^\d{4}-\d{2}(-\d{2})?/;

/** Timexes per sentence index (DATE/TIME with a calendar value), built once per doc. */
export function timexesBySentence(doc: Doc): Map<number, Timex[]> {
  const out = new Map<number, Timex[]>();
  let si = 0;
  const sorted = [...doc.times].sort((a, b) => a.span.start - b.span.start);
  for (const t of sorted) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !DAY_VALUE.test(t.value)) continue;
    while (si < doc.sentences.length && doc.sentences[si].end <= t.span.start) si++;
    if (si >= doc.sentences.length) break;
    let list = out.get(si);
    if (!list) out.set(si, (list = []));
    list.push(t);
  }
  return out;
}

const ownedCache = new WeakMap<Timex, boolean>();

function followsEventNoun(doc: Doc, t: Timex): boolean {
  let owned = ownedCache.get(t);
  if (owned === undefined) {
    owned = computeFollowsEventNoun(doc, t);
    ownedCache.set(t, owned);
  }
  return owned;
}

/** How far after a time (characters) the event noun that owns it may stand. */
const OWNER_REACH = 40;

/**
 * Words that end the modifiers between a time and an event noun: past one, the noun heads another phrase ("on
 * Friday to condemn the attack": the attack is the infinitive's object, not the Friday's owner).
 */
const OWNER_STOPS: ReadonlySet<string> = new Set(['to', 'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'by']);

function computeFollowsEventNoun(doc: Doc, t: Timex): boolean {
  // "the April 22 Pahalgam terrorist attack": an event noun within 4 words after the timex owns it, with only
  // modifiers between them (date.noun-owner).
  const rest = doc.text
    .slice(t.span.end, t.span.end + OWNER_REACH)
    .toLowerCase()
    .split(/[^a-z-]+/)
    .filter(Boolean)
    .slice(0, 4);
  const stop = rest.findIndex((w) => OWNER_STOPS.has(w));
  return (stop < 0 ? rest : rest.slice(0, stop)).some((w) => Object.hasOwn(EVENT_NOUNS, w));
}

export function dateFor(
  doc: Doc,
  byS: Map<number, Timex[]>,
  sentence: number,
  triggerStart: number,
  isNoun: boolean,
): EventDate {
  const list = byS.get(sentence);
  if (list) {
    let best: Timex | null = null;
    let bestDist = Infinity;
    for (const t of list) {
      const owned = followsEventNoun(doc, t);
      // A time that an event noun owns ("the May 2 market bombing") dates that noun only.
      const ownNoun = isNoun && owned && triggerStart >= t.span.end && triggerStart - t.span.end <= OWNER_REACH;
      if (owned && !ownNoun) continue;
      // A noun's own timex ("the April 22 attack") is tied to it whatever stands between.
      if (!ownNoun && !tiedToTrigger(doc, t.span.start, t.span.end, triggerStart, isNoun)) continue;
      const d = Math.abs(t.span.start - triggerStart) + (ownNoun ? -1000 : 0);
      if (d < bestDist) {
        bestDist = d;
        best = t;
      }
    }
    if (best) return { date: best.value.slice(0, 10), dateSource: 'text', dateTimexId: best.id };
  }
  return { date: doc.dct, dateSource: 'publication', dateTimexId: null };
}
