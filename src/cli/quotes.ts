/** `parley quotes <file|->`: who said what, one quotation per block, or the quotes as JSON. */
import type { Command } from 'commander';
import { analyze } from '../pipeline.js';
import { readInput, type InputFormat } from '../read/index.js';
import type { Analysis } from '../model/schema.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('print who said what (quotes with speaker, cue and addressee)')
    .argument('<file>', 'article file, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', 'input format: auto|wire|text', 'auto')
    .option('--json', 'print the quotes as JSON (one line per article)')
    .action((file: string, opts: { date?: string; input: string; json?: boolean }) => {
      for (const article of readInput(file, { date: opts.date, format: opts.input as InputFormat })) {
        const result = analyze(article);
        process.stdout.write(opts.json ? JSON.stringify({ article: result.article, quotes: result.quotes }) + '\n' : renderQuotes(result));
      }
    });
}

export function renderQuotes(a: Analysis): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const who = (p: Analysis['quotes'][number]['speaker']) =>
    p ? (p.entityId && names.get(p.entityId) ? `${names.get(p.entityId)} (“${p.mention.text}”)` : p.mention.text) : 'unknown speaker';
  const out = [`${a.article.id}  ${a.article.date}  — ${a.quotes.length} quotations`];
  for (const q of a.quotes) {
    const to = q.addressee ? ` to ${who(q.addressee)}` : '';
    const cue = q.cue ? ` ${q.cue.text}` : '';
    out.push('', `${who(q.speaker)}${cue}${to}  [${q.type}, ${q.rule}]`, `  “${q.content.text}”`);
  }
  return out.join('\n') + '\n';
}
