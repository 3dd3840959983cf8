/** `parley events <file|->`: the coded events as a readable table, or as JSON. */
import type { Command } from 'commander';
import { analyze } from '../pipeline.js';
import { readInput, type InputFormat } from '../read/index.js';
import type { Analysis } from '../model/schema.js';
import { loadDictionaryDir } from '../dictionaries/index.js';

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('print who did what to whom and when (CAMEO/PLOVER events)')
    .argument('<file>', 'article file, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', 'input format: auto|wire|text', 'auto')
    .option('--dict <dir>', 'user dictionaries folder (PETRARCH actors/agents/verbs or Parley JSON)')
    .option('--json', 'print the events as JSON (one line per article)')
    .action((file: string, opts: { date?: string; input: string; dict?: string; json?: boolean }) => {
      const dictionaries = opts.dict ? loadDictionaryDir(opts.dict) : undefined;
      for (const article of readInput(file, { date: opts.date, format: opts.input as InputFormat })) {
        const result = analyze(article, dictionaries ? { dictionaries } : {});
        process.stdout.write(opts.json ? JSON.stringify({ article: result.article, events: result.events }) + '\n' : renderEvents(result));
      }
    });
}

function cell(s: string, w: number): string {
  return s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w);
}

export function renderEvents(a: Analysis): string {
  const out = [`${a.article.id}  ${a.article.date}  — ${a.events.length} events`, ''];
  out.push(`${cell('date', 11)} ${cell('cameo', 5)} ${cell('plover', 10)} ${cell('source', 24)} ${cell('target', 24)} ${cell('modality', 12)} ${cell('gold', 5)} trigger / name`);
  for (const e of a.events) {
    const actor = (x: typeof e.source): string => (x ? `${x.code} ${x.text}` : '-');
    const date = e.dateSource === 'text' ? e.date : `${e.date}*`;
    out.push(
      `${cell(date, 11)} ${cell(e.cameo, 5)} ${cell(e.plover ?? '-', 10)} ${cell(actor(e.source), 24)} ${cell(actor(e.target), 24)} ` +
        `${cell(e.modality, 12)} ${cell(String(e.goldstein), 5)} “${e.evidence.trigger.text}” ${e.name}`,
    );
  }
  out.push('', '* publication date (no date in the text)');
  return out.join('\n') + '\n';
}
