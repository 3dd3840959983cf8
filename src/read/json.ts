/**
 * JSON files read whole: an array of records, `{articles: [...]}` / `{items: [...]}`, or one record.
 * Reuters-21578's JSON files are arrays of this kind (see record.ts).
 */
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { articleFromRecord } from './record.js';
import { jsonErrorLine, jsonErrorMessage, type ReaderContext } from './context.js';

export function* parseJsonArticles(text: string, ctx: ReaderContext): Generator<Article> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ReadError(`invalid JSON: ${jsonErrorMessage(err)}`, ctx.file, jsonErrorLine(err, text));
  }
  const list = recordList(doc);
  if (list === undefined) {
    // One record: the whole file is the article.
    yield articleFromRecord(doc, { file: ctx.file }, { ...ctx.options });
    return;
  }
  if (list.length === 0) throw new ReadError('no records (empty array)', ctx.file);
  for (let i = 0; i < list.length; i++) {
    try {
      yield articleFromRecord(list[i], { file: ctx.file, record: i + 1 }, ctx.options);
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      ctx.report(err);
    }
  }
}

function recordList(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    if (o.text === undefined && o.body === undefined) {
      for (const key of ['articles', 'items', 'records', 'data']) if (Array.isArray(o[key])) return o[key] as unknown[];
    }
  }
  return undefined;
}
