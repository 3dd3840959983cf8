/**
 * `parley analyze <path...>`: one JSON analysis per line (JSONL), written as each article is read, or a readable
 * terminal view. Paths are files, folders (every supported file, sorted) or - for stdin.
 * A bad record or file is reported on stderr (file:line: message) and the rest still goes through;
 * the exit status is 1 at the end if anything was reported.
 */
import type { Command } from 'commander';
import { analyze } from '../pipeline.js';
import { INPUT_FORMATS, parseInputFormat, readArticles, ReadError } from '../read/index.js';
import { renderPretty } from './pretty.js';
import { loadDictionaries } from './dictionaries.js';

/** Standard output as a sink that respects back-pressure and notices a reader that went away (`| head`). */
class Output {
  closed = false;

  constructor() {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      this.closed = true;
      process.stdout.emit('drain');
    });
  }

  /** Resolves when the chunk may be followed by the next (so a slow reader does not make us buffer everything). */
  write(chunk: string): Promise<void> | void {
    if (this.closed) return;
    if (!process.stdout.write(chunk)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze articles (files, folders, or - for stdin) and print entities, quotes, times and events')
    .argument('<paths...>', 'article files or folders, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', `input format: ${INPUT_FORMATS.join('|')} (auto: by extension, then content)`, 'auto')
    .option('--format <format>', 'output: json (one analysis per line) | pretty', 'json')
    .option('--dict <path>', 'user dictionary file or folder (PETRARCH .actors/.agents/verbs or Parley JSON); repeatable', collect, [])
    .action(async (paths: string[], opts: { date?: string; input: string; format: string; dict: string[] }) => {
      if (opts.format !== 'json' && opts.format !== 'pretty') throw new Error(`--format must be json or pretty, not "${opts.format}"`);
      const format = parseInputFormat(opts.input);
      if (!format) throw new Error(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${opts.input}"`);
      const dictionaries = loadDictionaries(opts.dict);
      const output = new Output();
      let problems = 0;
      const onError = (err: ReadError): void => {
        problems++;
        process.stderr.write(`parley: ${err.message}\n`);
      };
      reading: for (const path of paths) {
        for await (const article of readArticles(path, { date: opts.date, format, onError })) {
          if (output.closed) break reading;
          let out: string;
          try {
            const result = analyze(article, dictionaries ? { dictionaries } : {});
            out = opts.format === 'pretty' ? renderPretty(result) : JSON.stringify(result) + '\n';
          } catch (err) {
            // One article that trips a stage must not stop the rest of a batch.
            problems++;
            process.stderr.write(`parley: ${article.id}: analysis failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
            continue;
          }
          await output.write(out);
        }
      }
      if (problems > 0) {
        process.stderr.write(`parley: ${problems} input problem${problems === 1 ? '' : 's'} reported above\n`);
        process.exitCode = 1;
      }
    });
}
