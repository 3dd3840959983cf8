/** `parley events <path...>`: the coded events as a readable table, or as JSON. */
import type { Command } from 'commander';
import type { Analysis } from '../model/schema.js';
import { analyzeEach, withInputOptions, type InputOptions } from './run-articles.js';

export function registerEvents(program: Command): void {
  withInputOptions(program.command('events').description('print who did what to whom and when (CAMEO/PLOVER events)'))
    .option('--json', 'print the events as JSON (one line per article)')
    .action(async (paths: string[], opts: InputOptions & { json?: boolean }) => {
      await analyzeEach(paths, opts, (a) =>
        opts.json ? JSON.stringify({ article: a.article, events: a.events }) + '\n' : renderEvents(a),
      );
    });
}

function cell(s: string, w: number): string {
  return s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w);
}

export function renderEvents(a: Analysis): string {
  const out = [`${a.article.id}  ${a.article.date}  — ${a.events.length} events`, ''];
  out.push(
    `${cell('date', 11)} ${cell('cameo', 5)} ${cell('plover', 10)} ${cell('source', 24)} ${cell('target', 24)} ${cell('modality', 12)} ${cell('gold', 5)} trigger / name`,
  );
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
