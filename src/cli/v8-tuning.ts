/**
 * V8 settings for the `parley` process, applied before the analyzer's modules run. A CLI run is short: on the
 * 249-article Guardian JSONL about 40% of the process's CPU went to TurboFan compiling (and re-compiling after
 * deopts) the pipeline's large functions. A smaller inlining budget makes each compile cheaper, and a larger
 * interrupt budget lets a function collect more type feedback before it is optimized, so fewer optimized
 * versions are thrown away. Interleaved A/B runs of `parley analyze` on that file: ~25% less CPU, ~15% less wall;
 * on 5x that input no slower.
 * Only the CLI sets these; the library leaves its host's V8 alone. PARLEY_V8_DEFAULTS=1 turns them off.
 */
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=200000'];

if (process.env.PARLEY_V8_DEFAULTS !== '1') for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
