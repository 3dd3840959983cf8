/**
 * cue-passive-agent: "The arrest was confirmed by the ministry", "The arrest was reported by the Daily Mail and
 * later confirmed by the ministry": a speech verb in the passive with a "by" agent: the agent speaks and the clause's
 * subject is what it reports (the subject is no speaker).
 */
import type { Attribution, Draft } from '../context.js';
import type { CueEntry } from '../lexicon.js';
import { npRight } from '../phrases.js';
import { DETERMINERS, PASSIVE_AUX } from '../words.js';

/** Verbs whose passive subject is a report ("was confirmed by"); "was condemned by" is an act, no quotation. */
const REPORT_LEMMAS = new Set(['confirm', 'deny', 'report', 'announce', 'disclose', 'reveal', 'dispute']);

/** The draft of passive cue token i in sentence si ([a, b)), or null when it is no passive with an agent. */
export function passiveAgent(
  x: Attribution,
  si: number,
  i: number,
  a: number,
  b: number,
  entry: CueEntry,
): Draft[] | null {
  const w = x.w;
  if (!REPORT_LEMMAS.has(entry.lemma)) return null;
  if ((entry.form !== 'past' && entry.form !== 'participle') || i + 2 >= b || w.lower(i + 1) !== 'by') return null;
  if (!DETERMINERS.has(w.lower(i + 2)) && !w.nameLike(i + 2)) return null;
  const agent = npRight(w, i + 2, b);
  if (!agent) return null;
  // The passive auxiliary: in the verb group or before an earlier participle of the clause ("was reported ... and").
  let aux = -1;
  for (let k = i - 1; k >= a && k >= i - 12; k--) {
    if (x.regionOf[k] >= 0 || w.isPunct(k, ',') || w.isPunct(k, ';') || w.isPunct(k, ':')) return null;
    if (PASSIVE_AUX.has(w.lower(k))) {
      aux = k;
      break;
    }
  }
  if (aux <= a) return null;
  // The subject runs back to the clause start: the sentence start, a comma, "that" or another cue.
  let s = aux;
  while (s - 1 >= a && x.regionOf[s - 1] < 0 && !w.isPunct(s - 1, ',') && w.lower(s - 1) !== 'that' && !w.cue(s - 1))
    s--;
  if (s >= aux || aux - s > 10) return null;
  const t = x.doc.tokens;
  const speaker = agent;
  return [
    x.draft(t.start[s], t.end[aux - 1], { start: i, end: i + 1 }, entry.lemma, speaker, null, si, 'cue-passive-agent'),
  ];
}
