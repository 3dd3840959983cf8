/** `parley eval <task> (--gold <path> | --corpus <path>) [--json]`: score a stage against gold data, or report on a corpus. */
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
    .action(async (task: string, opts: EvalCliOptions) => {
      const load = EVAL_TASKS[task];
      if (!load) throw new Error(`unknown eval task "${task}"; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`);
      const wantsCorpus = CORPUS_TASKS.has(task);
      const path = wantsCorpus ? opts.corpus : opts.gold;
      if (!path) throw new Error(`eval ${task} needs ${wantsCorpus ? '--corpus <path>' : '--gold <path>'}`);
      const { evaluate } = await load();
      const result = await evaluate(path, { limit: opts.limit, dict: opts.dict, date: opts.date });
      process.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatEval(result));
    });
}

export function formatEval(r: EvalResult): string {
  const lines = [`${r.task} on ${r.gold} (${r.docs} docs)`];
  const rows = Object.entries(r.metrics);
  const w = Math.max(8, ...rows.map(([k]) => k.length));
  if (!rows.every(([, m]) => 'rate' in m)) lines.push(`${'metric'.padEnd(w)}  precision  recall     f1     tp     fp     fn`);
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
