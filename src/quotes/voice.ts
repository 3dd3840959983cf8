/**
 * Attributions that report no speech (Quote.voice), each rule with an id and its own test:
 *  - `voice-author`: in a first-person piece (an op-ed: the writer's "I"/"we" speaks at least 3 attributions, a
 *    quarter of all) the writer's own "I hope ...", "I think ..." outside quotation marks is no quotation;
 *  - `voice-thought`: "Smith thinks the plan will fail", "Smith wants a deal": a verb of thinking or wanting is a
 *    state of mind the writer ascribes, not something said, unless a speech cue before it in the sentence reports
 *    it ("Smith said he hoped ...").
 * They are marked, not dropped: PolNeAR annotates both as attributions (dropping them cost 0.008 speaker F1 and
 * 0.013 content F1 on PolNeAR dev), while a reader of quotations wants them out.
 */
import type { Attribution, Draft } from './context.js';
import { lookupCue } from './lexicon.js';

/** Verbs of thinking and wanting (lemmas). */
export const THOUGHT_LEMMAS: ReadonlySet<string> = new Set([
  'think',
  'believe',
  'hope',
  'want',
  'wish',
  'feel',
  'reckon',
  'suppose',
  'guess',
  'imagine',
  'fear',
  'doubt',
]);

const FIRST_PERSON = new Set(['i', 'we']);

/** Is the draft's speaker the writer's own "I"/"we", outside any quotation? */
export function writerFirstPerson(x: Attribution, d: Draft): boolean {
  const s = d.speaker;
  if (!s || s.end - s.start !== 1 || !FIRST_PERSON.has(x.w.lower(s.start))) return false;
  return x.regionOf[s.start] < 0 && (d.cue === null || x.regionOf[d.cue.start] < 0);
}

/** Is the document a first-person piece: the writer's "I"/"we" speaks at least 3 drafts, a quarter of them all? */
export function firstPersonPiece(x: Attribution, drafts: readonly Draft[]): boolean {
  const n = drafts.filter((d) => writerFirstPerson(x, d)).length;
  return n >= 3 && n * 4 >= drafts.length;
}

/** Is the draft's cue a verb of thinking or wanting that no speech cue before it in the sentence reports? */
export function unreportedThought(x: Attribution, d: Draft): boolean {
  if (!d.cue || !d.cueLemma || !THOUGHT_LEMMAS.has(d.cueLemma)) return false;
  if (x.regionOf[d.cue.start] >= 0) return false; // inside a quotation someone speaks it
  const a = x.doc.sentences[d.sentence].tokStart;
  for (let k = d.cue.start - 1; k >= a; k--) {
    const e = lookupCue(x.w.lower(k));
    if (e && e.cls === 'speech' && x.regionOf[k] < 0) return false;
  }
  return true;
}

/** Sets `voice` on the drafts that report no speech. */
export function markVoices(x: Attribution, drafts: Draft[]): void {
  const piece = firstPersonPiece(x, drafts);
  for (const d of drafts) {
    if (piece && writerFirstPerson(x, d)) d.voice = 'author';
    else if (unreportedThought(x, d)) d.voice = 'thought';
  }
}
