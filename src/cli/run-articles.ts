/**
 * What every analyzing command shares: the input options (paths, --date, --input, --dict), streaming articles from
 * files, folders or stdin, analyzing each, writing with back-pressure, and reporting bad records on stderr while
 * the rest of the batch goes on (exit status 1 at the end when anything was reported).
 */
import type { Command } from 'commander';
import { analyze } from '../pipeline.js';
import { INPUT_FORMATS, parseInputFormat, readArticles, type ReadError } from '../read/index.js';
import type { Analysis } from '../model/schema.js';
import { loadDictionaries } from './dictionaries.js';

export interface InputOptions {
  date?: string;
  input: string;
  dict: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Add the shared arguments and options to a command. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .argument('<paths...>', 'article files or folders, or - for standard input')
    .option('--date <YYYY-MM-DD>', 'article date when the input has none')
    .option('--input <format>', `input format: ${INPUT_FORMATS.join('|')} (auto: by extension, then content)`, 'auto')
    .option('--dict <path>', 'user dictionary file or folder (PETRARCH .actors/.agents/verbs or Parley JSON); repeatable', collect, []);
}

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

/** Analyze every article under `paths` and write `render(analysis)` for each. */
export async function analyzeEach(paths: string[], opts: InputOptions, render: (a: Analysis) => string): Promise<void> {
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
        out = render(analyze(article, dictionaries ? { dictionaries } : {}));
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
}
