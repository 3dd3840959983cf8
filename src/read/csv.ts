/**
 * CSV (and TSV) with a header row naming the fields (date, text, and optionally id, title, url, source),
 * read as a stream with csv-parse. A malformed record (bad quote, wrong column count) is reported with its
 * line and skipped; an unterminated quote at the end swallows the rest of the file and is reported there.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { articleFromRecord } from './record.js';
import { byteChunks, decodedChunks } from './source.js';
import { MAX_RECORD_CHARS } from './limits.js';
import type { ReaderContext } from './context.js';

export interface CsvReadOptions {
  delimiter?: string;
}

export async function* readCsv(ctx: ReaderContext, csv: CsvReadOptions = {}, chunks?: AsyncIterable<string>): AsyncGenerator<Article> {
  let lastSkipLine = -1;
  const parser = parse({
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim().toLowerCase());
      if (!names.includes('text') && !names.includes('body')) {
        throw new ReadError(`the header row has no "text" column (columns: ${names.join(', ')})`, ctx.file, 1, 'text');
      }
      return names;
    },
    delimiter: csv.delimiter ?? ',',
    info: true,
    bom: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: Math.max(MAX_RECORD_CHARS, 2 * (ctx.options.maxArticleChars ?? 0)),
    on_skip: (err: CsvError | undefined) => {
      if (!err) return;
      const line = (err as CsvError & { lines?: number }).lines;
      // csv-parse can raise several errors for one broken record; report it once.
      if (line !== undefined && line === lastSkipLine) return;
      lastSkipLine = line ?? -1;
      ctx.report(new ReadError(`malformed CSV record skipped: ${err.message}`, ctx.file, line));
    },
  });
  const source = Readable.from(chunks ?? decodedChunks(byteChunks(ctx.path), ctx.file));
  // pipe() does not forward errors: a decoding error (bad UTF-8, binary) must end the parse, not hang it.
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  let records = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: Info }>) {
      records++;
      try {
        yield articleFromRecord(record, { file: ctx.file, line: info.lines }, ctx.options);
      } catch (err) {
        if (!(err instanceof ReadError)) throw err;
        ctx.report(err);
      }
    }
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const e = err as CsvError & { lines?: number };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) throw new ReadError(`malformed CSV: ${e.message}`, ctx.file, e.lines);
    throw err;
  } finally {
    parser.destroy();
  }
  if (records === 0 && lastSkipLine < 0) throw new ReadError('no records (only a header, or nothing)', ctx.file);
}
