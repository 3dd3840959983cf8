#!/usr/bin/env -S node --max-semi-space-size=8 --single-threaded-gc
/**
 * The `parley` command line: one file per command under cli/, parsing by commander. The first line starts node with
 * the V8 flags that only take effect when given to node itself (CLI_NODE_FLAGS in v8-tuning.ts, where they are
 * measured); `node dist/bundle/parley.js` runs the same code without them.
 */
// First import: V8 flags must be set before the pipeline's code runs.
import './v8-tuning.js';
import { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval.js';
import { registerQuotes } from './quotes.js';
import { registerEvents } from './events.js';

const program = new Command();
program
  .name('parley')
  .description('Who said what, who did what to whom, and when — from news text.')
  .version('0.1.0');

registerAnalyze(program);
registerEval(program);
registerQuotes(program);
registerEvents(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`parley: ${msg}\n`);
  process.exitCode = 1;
});
