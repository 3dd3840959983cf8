/** `parley eval <task> (--gold <path> | --corpus <path>) [--json]`: score a stage against gold data,
 * or report on a corpus. */
import type { Command } from 'commander';
import { EVAL_TASKS } from '../eval/tasks.js';
import type { EvalResult } from '../eval/types.js';

/** Tasks that read an unannotated corpus (--corpus) rather than gold data (--gold). */
const CORPUS_TASKS = new Set(['offtopic']);

interface EvalCliOptions {
  gold?: string;
  corpus?: string;
  date?: string;
  json?: boolean;
  limit?: number;
  dict?: string;
  model?: boolean;
  modelFile?: string;
  split?: string;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score against gold data; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`)
    .argument('<task>', 'what to score')
    .option('--gold <path>', 'gold file or folder')
    .option('--corpus <path>', 'articles to report on, any input format (offtopic: a corpus with no gold)')
    .option('--date <YYYY-MM-DD>', 'article date for a corpus whose articles have none (offtopic)')
    .option('--json', 'print one JSON object')
    .option('--limit <n>', 'score at most n documents', (v) => Number.parseInt(v, 10))
    .option('--dict <dir>', 'dictionaries folder (events: PETRARCH validation dictionaries)')
    .option('--model', 'events, offtopic: judge candidates with the shipped classifier (the default)')
    .option('--no-model', 'events, offtopic: code with the rules and gates alone, no learned classifier')
    .option('--model-file <path>', 'events, offtopic: judge candidates with this model (npm run train:events -- --out)')
    .option('--split <part>', 'events, ConfliBERT .tsv: score only the heldout or the train part (src/events/split.ts)')
    .action(async (task: string, opts: EvalCliOptions) => {
      const load = EVAL_TASKS[task];
      if (!load) throw new Error(`unknown eval task "${task}"; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`);
      const wantsCorpus = CORPUS_TASKS.has(task);
      const path = wantsCorpus ? opts.corpus : opts.gold;
      if (!path) throw new Error(`eval ${task} needs ${wantsCorpus ? '--corpus <path>' : '--gold <path>'}`);
      const { evaluate } = await load();
      const expected = GOLD_FORMATS[task] ?? 'gold data of that task';
      let result: EvalResult;
      try {
        result = await evaluate(path, {
          limit: opts.limit,
          dict: opts.dict,
          date: opts.date,
          model: opts.model,
          modelFile: opts.modelFile,
          split: opts.split,
          // Per-record results travel with --json only: the text report stays one screen.
          records: opts.json === true,
        });
      } catch (err) {
        // A gold reader that trips over the file's shape (a TypeError deep in it) was given something else.
        if (wantsCorpus || !(err instanceof Error) || err.constructor === Error) throw err;
        throw new Error(`${path}: not ${task} gold: it does not read as ${expected} (${err.message})`, { cause: err });
      }
      const problem = wantsCorpus ? undefined : goldProblem(result);
      if (problem) throw new Error(`${path}: not ${task} gold: ${problem} (expected ${expected})`);
      process.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatEval(result));
    });
}

/** What each task reads as gold, for the message when a file is not that. */
const GOLD_FORMATS: Record<string, string> = {
  ner: 'a CoNLL-2003 file or a MEANTIME folder',
  quotes: 'a brat attribution folder (PolNeAR layout)',
  timex: 'TimeML .tml files or a MEANTIME folder',
  events: 'PLOVER .json, PETRARCH .xml or a ConfliBERT class .tsv',
};

/**
 * Why a result shows that the gold was not gold of the task (no documents, or no gold annotation in any of them:
 * every score would be 0 of 0), or undefined when it is a real score.
 */
export function goldProblem(r: EvalResult): string | undefined {
  if (r.docs === 0) return 'no documents found in it';
  const metrics = Object.values(r.metrics);
  const gold = metrics.reduce((n, m) => n + ('precision' in m ? m.tp + m.fn : m.n), 0);
  return gold === 0 ? 'no gold annotations found in it' : undefined;
}

export function formatEval(r: EvalResult): string {
  const lines = [`${r.task} on ${r.gold} (${r.docs} docs)`];
  const rows = Object.entries(r.metrics);
  const w = Math.max(8, ...rows.map(([k]) => k.length));
  if (!rows.every(([, m]) => 'rate' in m))
    lines.push(`${'metric'.padEnd(w)}  precision  recall     f1     tp     fp     fn`);
  for (const [name, m] of rows) {
    if ('precision' in m) {
      lines.push(
        `${name.padEnd(w)}  ${m.precision.toFixed(4).padStart(9)}  ${m.recall.toFixed(4).padStart(6)}  ${m.f1.toFixed(4).padStart(6)}` +
          `  ${String(m.tp).padStart(5)}  ${String(m.fp).padStart(5)}  ${String(m.fn).padStart(5)}`,
      );
    } else if ('rate' in m) {
      lines.push(`${name.padEnd(w)}  ${m.rate.toFixed(3).padStart(8)}  (${m.total} in ${m.n})`);
    } else {
      lines.push(`${name.padEnd(w)}  accuracy ${Number(m.accuracy).toFixed(4)} (n=${m.n})`);
    }
  }
  if (r.notes) lines.push(`notes: ${JSON.stringify(r.notes, null, 1)}`);
  return lines.join('\n') + '\n';
}
