/** `parley eval <task> --gold <path> [--json]`: score a stage against gold data. */
import type { Command } from 'commander';
import { EVAL_TASKS } from '../eval/tasks.js';
import type { EvalResult } from '../eval/types.js';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score against gold data; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`)
    .argument('<task>', 'what to score')
    .requiredOption('--gold <path>', 'gold file or folder')
    .option('--json', 'print one JSON object')
    .option('--limit <n>', 'score at most n documents', (v) => Number.parseInt(v, 10))
    .option('--dict <dir>', 'dictionaries folder (events: PETRARCH validation dictionaries)')
    .action(async (task: string, opts: { gold: string; json?: boolean; limit?: number; dict?: string }) => {
      const load = EVAL_TASKS[task];
      if (!load) throw new Error(`unknown eval task "${task}"; tasks: ${Object.keys(EVAL_TASKS).join(', ')}`);
      const { evaluate } = await load();
      const result = await evaluate(opts.gold, { limit: opts.limit, dict: opts.dict });
      process.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatEval(result));
    });
}

export function formatEval(r: EvalResult): string {
  const lines = [`${r.task} on ${r.gold} (${r.docs} docs)`];
  const rows = Object.entries(r.metrics);
  const w = Math.max(8, ...rows.map(([k]) => k.length));
  lines.push(`${'metric'.padEnd(w)}  precision  recall     f1     tp     fp     fn`);
  for (const [name, m] of rows) {
    if ('precision' in m) {
      lines.push(
        `${name.padEnd(w)}  ${m.precision.toFixed(4).padStart(9)}  ${m.recall.toFixed(4).padStart(6)}  ${m.f1.toFixed(4).padStart(6)}` +
          `  ${String(m.tp).padStart(5)}  ${String(m.fp).padStart(5)}  ${String(m.fn).padStart(5)}`,
      );
    } else {
      lines.push(`${name.padEnd(w)}  accuracy ${Number(m.accuracy).toFixed(4)} (n=${m.n})`);
    }
  }
  if (r.notes) lines.push(`notes: ${JSON.stringify(r.notes, null, 1)}`);
  return lines.join('\n') + '\n';
}
