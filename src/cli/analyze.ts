/**
 * `parley analyze <path...>`: one JSON analysis per line (JSONL), written as each article is read, or a readable
 * terminal view. Paths are files, folders (every supported file, sorted) or - for stdin.
 */
import type { Command } from 'commander';
import { renderPretty } from './pretty.js';
import { analyzeEach, withInputOptions, type InputOptions } from './run-articles.js';

export function registerAnalyze(program: Command): void {
  withInputOptions(
    program
      .command('analyze')
      .description('analyze articles (files, folders, or - for stdin) and print entities, quotes, times and events'),
  )
    .option('--format <format>', 'output: json (one analysis per line) | pretty', 'json')
    .action(async (paths: string[], opts: InputOptions & { format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'pretty')
        throw new Error(`--format must be json or pretty, not "${opts.format}"`);
      await analyzeEach(paths, opts, opts.format === 'pretty' ? renderPretty : 'jsonl');
    });
}
