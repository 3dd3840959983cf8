/**
 * Turning raw fields into a checked Article: text normalized, date validated, size limits applied.
 * Every reader ends here, so every format gets the same checks and the same error wording.
 */
import type { Article } from '../model/doc.js';
import { readErrorAt, type RecordPlace } from './errors.js';
import { parseArticleDate } from './date.js';
import { MAX_ARTICLE_CHARS } from './limits.js';
import { normalizeText } from './normalize.js';

export interface ArticleFields {
  id?: string;
  date?: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  meta?: Record<string, string>;
}

export interface FinishOptions {
  /** Date used when the input gives none (the CLI's --date). */
  date?: string;
  /** Id for a one-article input that names none (records in a multi-record file get file:line or file#n). */
  id?: string;
  maxArticleChars?: number;
}

/** Default id of an article: the file for a one-article file, "file:line" or "file#n" for a record in one. */
export function defaultId(place: RecordPlace): string {
  if (place.line !== undefined) return `${place.file}:${place.line}`;
  if (place.record !== undefined) return `${place.file}#${place.record}`;
  return place.file;
}

/** One-line metadata (titles, sources): normalized spaces, trimmed; undefined when empty. */
export function cleanLine(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = normalizeText(s).replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

/** Validate and normalize; throws a ReadError naming the place (and field) on any problem. */
export function finishArticle(fields: ArticleFields, place: RecordPlace, options: FinishOptions = {}): Article {
  const rawDate = fields.date?.trim() ? fields.date : options.date;
  if (!rawDate?.trim()) throw readErrorAt(place, 'no date: the input has none and no --date was given', 'date');
  const date = parseArticleDate(rawDate);
  if (date === undefined)
    throw readErrorAt(
      place,
      `invalid date ${JSON.stringify(rawDate)} (expected a real date: YYYY-MM-DD, an ISO timestamp or an RFC 2822 date)`,
      'date',
    );
  const text = normalizeText(fields.text);
  if (text.trim() === '') throw readErrorAt(place, 'article has no text', 'text');
  const limit = options.maxArticleChars ?? MAX_ARTICLE_CHARS;
  if (text.length > limit) {
    throw readErrorAt(
      place,
      `article is ${text.length} characters; the limit is ${limit} (MAX_ARTICLE_CHARS): split it into several articles`,
      'text',
    );
  }
  const title = cleanLine(fields.title);
  const url = cleanLine(fields.url);
  const source = cleanLine(fields.source);
  return {
    id:
      cleanLine(fields.id) ??
      (place.line === undefined && place.record === undefined ? options.id : undefined) ??
      defaultId(place),
    date,
    text,
    ...(title !== undefined ? { title } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(source !== undefined ? { source } : {}),
    meta: fields.meta ?? {},
  };
}
