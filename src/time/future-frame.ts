/**
 * time.weekday.future-frame: a bare weekday in a clause whose verb group is a present frame that schedules or
 * forecasts the act ("is expected to sign the deal with both rivals in the capital on Friday", "are tipped to name
 * him on Monday") is the coming day, however far the frame stands to its left. The tense window alone misses such a
 * frame past its reach, or reads "tipped" as a past verb.
 */
import { CLAUSE_STOP, markerTense, SCHEDULING_BEFORE_TO } from './tense.js';

/** Participles and adjectives that, between a present "be" and "to", put the act ahead. */
const FRAME_WORDS: ReadonlySet<string> = new Set([
  ...SCHEDULING_BEFORE_TO,
  'expected',
  'tipped',
  'scheduled',
  'likely',
]);
/** Present forms of "be" (and "be" itself, as in "will be expected to") that open such a frame. */
const FRAME_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', "'s", '’s', 'be']);
/** Words that open another clause between the frame and the weekday ("… to say that they met on Monday"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'which', 'when', 'after', 'since', 'because']);
/** How far left of the weekday the frame may stand. */
const REACH = 24;

/** Whether the weekday at token `start` (sentence from `sStart`) stands in a present future frame. */
export function inFutureFrame(lower: (i: number) => string, start: number, sStart: number): boolean {
  for (let i = start - 1; i >= Math.max(sStart, start - REACH); i--) {
    const w = lower(i);
    if (CLAUSE_STOP.has(w) || w === ',' || CLAUSE_OPENERS.has(w)) return false;
    if (w === 'to' && FRAME_WORDS.has(lower(i - 1))) {
      const be = lower(i - 2) === 'widely' || lower(i - 2) === 'now' ? lower(i - 3) : lower(i - 2);
      return FRAME_BE.has(be);
    }
    // Another finite verb told in the past between them owns the weekday ("… to report it was seen on Monday").
    if (markerTense(w) === 'past' && !FRAME_WORDS.has(w)) return false;
  }
  return false;
}
