/**
 * V8 settings for the `parley` process, applied before the analyzer's modules run. A CLI run is short: on the
 * 249-article Guardian JSONL about 40% of the process's CPU went to TurboFan compiling (and re-compiling after
 * deopts) the pipeline's large functions. A smaller inlining budget makes each compile cheaper, and a larger
 * interrupt budget lets a function collect more type feedback before it is optimized, so fewer optimized
 * versions are thrown away. Interleaved A/B runs of `parley analyze` on that file: ~25% less CPU, ~15% less wall;
 * on 5x that input no slower. A fixed old-generation growth of 1.5x per full GC (instead of V8's dynamic factor,
 * up to 4x) keeps the peak lower where two isolates run (the stage split, src/work/split-stages.ts): Guardian peak
 * RSS 272 -> 250 MB, the 19,043-article Reuters JSONL 398 -> 342 MB, wall time the same (interleaved runs).
 * Only the CLI sets these; the library leaves its host's V8 alone. PARLEY_V8_DEFAULTS=1 turns them off.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=150',
  '--interrupt-budget=200000',
  '--heap-growing-percent=50',
];

if (process.env.PARLEY_V8_DEFAULTS !== '1') for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
