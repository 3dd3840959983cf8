/**
 * V8 settings for the `parley` process. Once the first article is out, old-generation growth is fixed at 1.5x per
 * full GC instead of V8's dynamic factor (up to 4x): where two isolates run (the stage split) that keeps peak memory
 * lower at the same speed; set earlier, the heap's growth while the tables load would cost a full GC at every step.
 * Only the CLI sets it; the library leaves its host's V8 alone. PARLEY_V8_DEFAULTS=1 turns it off.
 * Measurements: docs/performance.md.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS_AFTER_FIRST_ARTICLE = ['--heap-growing-percent=50'];

const tuned = process.env.PARLEY_V8_DEFAULTS !== '1';

let afterFirst = false;

/** Call once the first article's analysis is out (again: no effect). */
export function afterFirstArticle(): void {
  if (afterFirst || !tuned) return;
  afterFirst = true;
  for (const flag of CLI_V8_FLAGS_AFTER_FIRST_ARTICLE) setFlagsFromString(flag);
}
