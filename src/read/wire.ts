/**
 * The wire format of the seed: optional `key value` header lines (`date 2025-05-09`), then the body.
 * The header may also be inline: " date 2025-05-09 Washington, May 9 (IANS) ..." (body on the same line).
 */
import { ReadError } from './errors.js';
import { isValidArticleDate } from './date.js';
import type { Article } from '../model/doc.js';

const HEADER_KEYS = new Set(['date', 'id', 'title', 'url', 'source']);
const INLINE_DATE = /^[ \t]*date[ \t]+(\S+)[ \t]+/;
const HEADER_LINE = /^[ \t]*([a-z_]+)[ \t]+(.*?)[ \t]*$/;

export interface WireOptions {
  /** Date to use when the file has none (e.g. --date). */
  date?: string;
  id?: string;
}

/** True when the text starts with a wire header (`date ...` as first word). */
export function looksLikeWire(text: string): boolean {
  return /^[ \t]*date[ \t]+\S+/.test(text);
}

export function parseWire(raw: string, file: string, options: WireOptions = {}): Article {
  const meta: Record<string, string> = {};
  let body = raw;
  let line = 1;
  for (;;) {
    const nl = body.indexOf('\n');
    const first = nl < 0 ? body : body.slice(0, nl);
    const m = HEADER_LINE.exec(first);
    if (m && HEADER_KEYS.has(m[1]) && !(m[1] in meta)) {
      const value = m[2];
      // Inline header: "date 2025-05-09 Washington, ..." — the date is one token and the body follows.
      if (m[1] === 'date' && /\s/.test(value)) {
        const im = INLINE_DATE.exec(first)!;
        meta.date = im[1];
        body = body.slice(im[0].length);
        break;
      }
      meta[m[1]] = value;
      body = nl < 0 ? '' : body.slice(nl + 1);
      line++;
      continue;
    }
    break;
  }
  const date = meta.date ?? options.date;
  if (!date) throw new ReadError('no date: add a "date YYYY-MM-DD" header line or pass --date', file, 1, 'date');
  if (!isValidArticleDate(date))
    throw new ReadError(`invalid date "${date}" (expected YYYY-MM-DD)`, file, meta.date ? 1 : undefined, 'date');
  const text = body.replace(/^\s*\n/, '');
  if (text.trim() === '') throw new ReadError('article has no text', file, line);
  return {
    id: meta.id ?? options.id ?? file,
    date,
    text,
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    meta,
  };
}
