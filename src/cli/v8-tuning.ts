/**
 * V8 settings for the `parley` process. A CLI run is short: on the 249-article Guardian JSONL about 40% of the
 * process's CPU went to TurboFan compiling (and re-compiling after deopts) the pipeline's large functions. A smaller
 * inlining budget makes each compile cheaper, and a larger interrupt budget lets a function collect more type
 * feedback before it is optimized, so fewer optimized versions are thrown away. Interleaved A/B runs of `parley
 * analyze` on that file: ~25% less CPU, ~15% less wall; on 5x that input no slower. These are set before the
 * analyzer's modules run.
 *
 * A fixed old-generation growth of 1.5x per full GC (instead of V8's dynamic factor, up to 4x) keeps the peak lower
 * where two isolates run (the stage split, src/work/split-stages.ts): Guardian peak RSS 272 -> 250 MB, the
 * 19,043-article Reuters JSONL 398 -> 342 MB, wall time the same (interleaved runs). It is set once the first
 * article is out (afterFirstArticle, called by analyze, quotes and events; `parley eval` keeps V8's own growth):
 * while the tables load, the heap grows from nothing to ~20 MB, all of it live, and a fixed 1.5x meant a full GC at
 * every step of that (5 on the main thread of a Guardian split run instead of 3). Set then instead of at start,
 * Guardian split, paired runs of wall / CPU: 0.940 / 0.969, 0.971 / 0.970 and 0.966 / 0.962 (10 each), peak RSS
 * within 4 MB; one article 0.956 / 0.929 (8); --jobs 1 0.996 / 1.006 (8); the Reuters file 12.6 -> 12.3 s, peak
 * RSS 303 -> 313 MB (one run each).
 *
 * Only the CLI sets these; the library leaves its host's V8 alone. PARLEY_V8_DEFAULTS=1 turns them off.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Flags V8 reads only when node makes an isolate, so the CLI's code is too late to set them: the first line of
 * src/cli/main.ts (and so of dist/bundle/parley.js, the `parley` bin) gives them to node (`#!/usr/bin/env -S node
 * ...`). An 8 MB semi-space for the main thread too (the split's worker has one already, worker-limits.ts): fewer fresh
 * pages touched, and fresh pages are dear on the bench machine (~3 ms per MB). Garbage collection on the thread that
 * allocates: in the split both cores run JavaScript, so V8's GC helper threads only take turns with it. Interleaved
 * runs of the bin against `node dist/bundle/parley.js` (same code, no start flags), paired ratios of wall / CPU time:
 * Guardian JSONL split 0.960 / 0.952 (10 rounds; ~0.94 / ~0.94 in two earlier sets of 10 with the flags given to
 * node by hand), `--jobs 1` 1.033 / 0.967 (8; that run's own walls ranged 2.5-3.4 s), one article 1.017 / 0.959
 * (10); the whole Reuters file (19,043 articles) 1.005 / 0.977 (2). With `--no-concurrent-recompilation` as well the
 * split gained ~2% more, but `--jobs 1` took 1.27x the wall time (compiles then wait on the only busy thread).
 */
export const CLI_NODE_FLAGS = ['--max-semi-space-size=8', '--single-threaded-gc'];

export const CLI_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=200000'];

export const CLI_V8_FLAGS_AFTER_FIRST_ARTICLE = ['--heap-growing-percent=50'];

const tuned = process.env.PARLEY_V8_DEFAULTS !== '1';
if (tuned) for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);

let afterFirst = false;

/** Call once the first article's analysis is out (again: no effect). */
export function afterFirstArticle(): void {
  if (afterFirst || !tuned) return;
  afterFirst = true;
  for (const flag of CLI_V8_FLAGS_AFTER_FIRST_ARTICLE) setFlagsFromString(flag);
}
