/** What every format reader gets: where it reads, the caller's options, and where to report bad records. */
import type { ReadError } from './errors.js';
import type { FinishOptions } from './article.js';
import type { DecodeOptions } from './source.js';
import type { ColumnMap } from './table.js';

export interface ReaderContext {
  /** Path as given ("-" for stdin). */
  path: string;
  /** Name used in errors and default ids. */
  file: string;
  options: FinishOptions;
  /** A bad record: reported, and reading goes on with the next one. */
  report(error: ReadError): void;
  /** How bytes become text (--encoding) and where a decoding caveat goes. */
  decode?: DecodeOptions;
  /** CSV/TSV: the column that holds each article field, where the header names it otherwise (--columns). */
  columns?: ColumnMap;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line a JSON.parse error points at (its message carries "position N"), if any. */
export function jsonErrorLine(err: unknown, text: string): number | undefined {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  return m ? lineAt(text, Number(m[1])) : undefined;
}

/** JSON.parse's message without the position noise, which the error's line already says. */
export function jsonErrorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*in JSON at position \d+(?: \(line \d+ column \d+\))?/, '');
}
