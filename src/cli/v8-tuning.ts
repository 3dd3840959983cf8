/**
 * V8 settings for the `parley` process. Only the CLI sets them; the library leaves its host's V8 alone.
 * PARLEY_V8_DEFAULTS=1 turns them all off. Measurements: docs/performance.md.
 *
 * - A batch starts in V8's efficiency mode, whose tiering leaves most functions in Maglev instead of recompiling
 *   them with TurboFan on background threads: over a few thousand articles those compiles cost more CPU than the
 *   faster code saves. Once a batch has read enough text for TurboFan's code to pay, the default mode returns.
 * - Once the first article is out, old-generation growth is fixed at 1.5x per full GC instead of V8's dynamic factor
 *   (up to 4x): where two isolates run (the stage split) that keeps peak memory lower at the same speed; set earlier,
 *   the heap's growth while the tables load would cost a full GC at every step.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS_AFTER_FIRST_ARTICLE = ['--heap-growing-percent=50'];

/** UTF-16 chars of article text after which a batch leaves efficiency mode. */
export const EFFICIENCY_MODE_CHARS = 8_000_000;

const tuned = process.env.PARLEY_V8_DEFAULTS !== '1';

let batchStarted = false;
let afterFirst = false;
let efficient = false;
let charsSeen = 0;

/** Call before a batch of articles starts (again: no effect); the stage split's worker shares the process's flags. */
export function beforeBatch(): void {
  if (batchStarted || !tuned) return;
  batchStarted = true;
  efficient = true;
  setFlagsFromString('--efficiency-mode');
}

/** Call once per article whose analysis is out, with the length of its text. */
export function afterArticle(textLength: number): void {
  if (!tuned) return;
  if (!afterFirst) {
    afterFirst = true;
    for (const flag of CLI_V8_FLAGS_AFTER_FIRST_ARTICLE) setFlagsFromString(flag);
  }
  if (!efficient) return;
  charsSeen += textLength;
  if (charsSeen >= EFFICIENCY_MODE_CHARS) {
    efficient = false;
    setFlagsFromString('--no-efficiency-mode');
  }
}
