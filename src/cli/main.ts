/**
 * The `parley` command line: one file per command under cli/, parsing by commander. bin.ts loads it once the Node.js
 * version is known to be new enough.
 */
import { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerEval } from './eval.js';
import { registerQuotes } from './quotes.js';
import { registerEvents } from './events.js';
import { CliError } from './run-articles.js';
import { ReadError } from '../read/errors.js';
import { DictionaryError } from '../dictionaries/errors.js';
import { registerIngest } from './ingest.js';
import { registerQuery } from './query.js';
import { registerExport } from './export.js';
import { registerReanalyze } from './reanalyze.js';
import { registerServe } from './serve.js';
import { registerAlerts } from './alerts.js';
import { registerWatch } from './watch.js';
import { registerActors } from './actors.js';
import { registerQueue } from './queue.js';

const program = new Command();
program.name('parley').description('Who said what, who did what to whom, and when — from news text.').version('0.1.0');

registerAnalyze(program);
registerEval(program);
registerQuotes(program);
registerEvents(program);
registerIngest(program);
registerQuery(program);
registerExport(program);
registerReanalyze(program);
registerServe(program);
registerAlerts(program);
registerWatch(program);
registerActors(program);
registerQueue(program);

/**
 * Every failure reaches the user as one line, never a stack trace: errors of input and use say what is wrong; an
 * unexpected one says it is a bug. PARLEY_DEBUG=1 prints the stack as well, for a bug report.
 */
function fail(err: unknown): void {
  const msg = err instanceof Error ? err.message : String(err);
  const expected =
    err instanceof CliError ||
    err instanceof ReadError ||
    err instanceof DictionaryError ||
    (err instanceof Error && err.constructor === Error);
  process.stderr.write(
    `parley: ${expected ? firstLine(msg) : `internal error: ${firstLine(msg)} (a bug: please report it; PARLEY_DEBUG=1 shows where)`}\n`,
  );
  if (process.env.PARLEY_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  process.exitCode = 1;
}

function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl);
}

process.on('uncaughtException', (err) => {
  fail(err);
  process.exit();
});
process.on('unhandledRejection', (err) => {
  fail(err);
  process.exit();
});

program.parseAsync(process.argv).catch(fail);
