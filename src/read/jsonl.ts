/**
 * JSONL / NDJSON: one record per line, read as a stream (one bounded line in memory at a time).
 * A bad line is reported with file:line and the other lines still go through.
 */
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { articleFromRecord } from './record.js';
import { byteChunks, decodedChunks, lines } from './source.js';
import { MAX_RECORD_CHARS } from './limits.js';
import { jsonErrorMessage, type ReaderContext } from './context.js';

export async function* readJsonl(ctx: ReaderContext, chunks?: AsyncIterable<string>): AsyncGenerator<Article> {
  const maxLine = Math.max(MAX_RECORD_CHARS, 2 * (ctx.options.maxArticleChars ?? 0));
  let records = 0;
  for await (const { line, text, overLimit } of lines(
    chunks ?? decodedChunks(byteChunks(ctx.path), ctx.file, ctx.decode),
    maxLine,
  )) {
    if (overLimit !== undefined) {
      records++;
      ctx.report(
        new ReadError(`line is ${overLimit} characters; the limit is ${maxLine} (MAX_RECORD_CHARS)`, ctx.file, line),
      );
      continue;
    }
    if (text.trim() === '') continue;
    records++;
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch (err) {
      ctx.report(new ReadError(`invalid JSON: ${jsonErrorMessage(err)}`, ctx.file, line));
      continue;
    }
    try {
      yield articleFromRecord(rec, { file: ctx.file, line }, ctx.options);
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      ctx.report(err);
    }
  }
  if (records === 0) throw new ReadError('no records (the file has only blank lines)', ctx.file);
}
