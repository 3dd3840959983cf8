/** `parley quotes <path...>`: who said what, one quotation per block, or the quotes as JSON. */
import type { Command } from 'commander';
import type { Analysis } from '../model/schema.js';
import { analyzeEach, withInputOptions, type InputOptions } from './run-articles.js';
import { parseVoice } from './query.js';
import type { QuoteVoice } from '../store/quote-voice.js';

export function registerQuotes(program: Command): void {
  withInputOptions(
    program.command('quotes').description('print who said what (quotes with speaker, cue and addressee)'),
  )
    .option('--json', 'print the quotes as JSON (one line per article)')
    .option('--voice <speech|all>', 'speech (default), or all with thoughts and an author\'s own "I"', parseVoice)
    .action(async (paths: string[], opts: InputOptions & { json?: boolean; voice?: QuoteVoice }) => {
      await analyzeEach(paths, opts, (analysis) => {
        const a = quotesOfVoice(analysis, opts.voice);
        return opts.json ? JSON.stringify({ article: a.article, quotes: a.quotes }) + '\n' : renderQuotes(a);
      });
    });
}

/** The analysis with its speech alone, unless `voice` is `all` (the Analysis JSON keeps every quote). */
export function quotesOfVoice(a: Analysis, voice: QuoteVoice = 'speech'): Analysis {
  return voice === 'all' ? a : { ...a, quotes: a.quotes.filter((q) => q.voice === undefined) };
}

export function renderQuotes(a: Analysis): string {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const who = (p: Analysis['quotes'][number]['speaker']) =>
    p
      ? p.entityId && names.get(p.entityId)
        ? `${names.get(p.entityId)} (“${p.mention.text}”)`
        : p.mention.text
      : 'unknown speaker';
  const out = [`${a.article.id}  ${a.article.date}  — ${a.quotes.length} quotations`];
  for (const q of a.quotes) {
    const to = q.addressee ? ` to ${who(q.addressee)}` : '';
    const cue = q.cue ? ` ${q.cue.text}` : '';
    out.push('', `${who(q.speaker)}${cue}${to}  [${q.type}, ${q.rule}]`, `  “${q.content.text}”`);
  }
  return out.join('\n') + '\n';
}
