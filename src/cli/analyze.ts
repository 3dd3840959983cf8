/** `parley analyze <file|->`: the full analysis as JSON, or a readable terminal view. */
import type { Command } from 'commander';
import { analyze } from '../pipeline.js';
import { readInput, type InputFormat } from '../read/index.js';
import { renderPretty } from './pretty.js';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze an article file (or - for stdin) and print entities, quotes, times and events')
    .argument('<file>', 'article file, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', 'input format: auto|wire|text', 'auto')
    .option('--format <format>', 'output: json|pretty', 'json')
    .action((file: string, opts: { date?: string; input: string; format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'pretty') throw new Error(`--format must be json or pretty, not "${opts.format}"`);
      const articles = readInput(file, { date: opts.date, format: opts.input as InputFormat });
      for (const article of articles) {
        const result = analyze(article);
        process.stdout.write(opts.format === 'pretty' ? renderPretty(result) : JSON.stringify(result) + '\n');
      }
    });
}
