/**
 * TSV as the format defines it (IANA text/tab-separated-values): one record per line, fields split at tabs, no
 * quoting, so a `"` is an ordinary character. The common escapes \t \n \r and \\ stand for a tab, a line break, a
 * carriage return and a backslash inside a field. Files that quote fields as CSV does are read with
 * `tsvQuotes` (`--tsv-quotes`) by the CSV reader instead.
 */
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { byteChunks, decodedChunks, lines } from './source.js';
import { MAX_RECORD_CHARS } from './limits.js';
import type { ReaderContext } from './context.js';
import { columnNames, rowArticle } from './table.js';

const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '\\': '\\' };

/** A field with its backslash escapes read (an unknown escape is kept as written). */
export function unescapeTsvField(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(/\\([tnr\\])/g, (_, c: string) => ESCAPES[c]);
}

export async function* readTsv(ctx: ReaderContext, chunks?: AsyncIterable<string>): AsyncGenerator<Article> {
  const maxLine = Math.max(MAX_RECORD_CHARS, 2 * (ctx.options.maxArticleChars ?? 0));
  let names: string[] | undefined;
  let records = 0;
  let reported = 0;
  const rowCtx: ReaderContext = {
    ...ctx,
    report: (e) => {
      reported++;
      ctx.report(e);
    },
  };
  for await (const { line, text, overLimit } of lines(
    chunks ?? decodedChunks(byteChunks(ctx.path), ctx.file, ctx.decode),
    maxLine,
  )) {
    if (overLimit !== undefined) {
      rowCtx.report(
        new ReadError(`line is ${overLimit} characters; the limit is ${maxLine} (MAX_RECORD_CHARS)`, ctx.file, line),
      );
      continue;
    }
    if (text.trim() === '') continue;
    const fields = text.split('\t').map(unescapeTsvField);
    if (names === undefined) {
      names = columnNames(fields, ctx, line);
      continue;
    }
    records++;
    const article = rowArticle(names, fields, rowCtx, line);
    if (article) yield article;
  }
  if (names === undefined) throw new ReadError('empty file (no header row)', ctx.file);
  if (records === 0 && reported === 0) throw new ReadError('no records (only a header, or nothing)', ctx.file);
}
