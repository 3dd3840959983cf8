/**
 * The `parley` command line: one file per command under cli/, parsing by commander. bin.ts loads it once the Node.js
 * version is known to be new enough.
 */
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
