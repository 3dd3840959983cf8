/** cue-gerund-of: "footage of Trump saying, “...”", "a video of Clinton asking: “...”":
 * the phrase after "of" speaks. */
import type { Attribution } from '../context.js';
import { npLeft } from '../phrases.js';
import type { CueCase } from './case.js';

/** Refines a gerund cue left with no rule of its own. */
export function gerundOf(x: Attribution, c: CueCase): void {
  const { a, left } = c;
  if (c.entry.form !== 'gerund' || c.rule !== 'cue' || left < a) return;
  const w = x.w;
  const np = npLeft(w, left, a);
  let of = left;
  while (np && of >= np.start - 1 && of >= a && w.lower(of) !== 'of') of--;
  if (np && of >= a && of < left && w.lower(of) === 'of' && np.end === left + 1) {
    c.speaker = { start: of + 1, end: left + 1 };
    c.rule = 'cue-gerund-of';
  }
}
