/**
 * Readers: any input -> Article records. The only module that knows file formats.
 *
 * `readArticles(path, options)` streams Articles from a file, a folder (every supported file in it, recursively,
 * sorted) or stdin ("-"). Formats (by extension, or `options.format` / `--input`):
 *   wire  (.txt with a `date YYYY-MM-DD` header, inline or on its own line; the seed format)
 *   text  (.txt without a header; needs `date`)
 *   json  (.json: one record, an array of records, or Reuters-21578 JSON)
 *   jsonl (.jsonl/.ndjson, streamed), csv/tsv (.csv/.tsv with a header row, streamed)
 *   html  (.html/.htm: Readability main text, meta-tag title/date)
 *   rss   (.rss/.atom/.xml: one article per item/entry)
 * Records are `{id?, url?, title?, date, text, source?}`. Text is normalized (BOM, CRLF, odd spaces) once here;
 * every offset downstream is into the stored, normalized text.
 *
 * Bad input never crashes or hangs: each problem is a ReadError naming file, line or record, and field.
 * With `onError`, a bad record or file is reported and reading goes on; without it, the first error is thrown.
 * Limits (limits.ts): articles up to MAX_ARTICLE_CHARS, whole-read files up to MAX_FILE_BYTES.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { looksLikeWire, parseWire } from './wire.js';
import { normalizeText } from './normalize.js';
import { isValidArticleDate } from './date.js';
import { finishArticle } from './article.js';
import { byteChunks, collectBytes, decodedChunks, decodeMarkup, decodeWhole, displayName, STDIN } from './source.js';
import { formatForExtension, sniffFormat, type InputFormat } from './formats.js';
import { readJsonl } from './jsonl.js';
import { readCsv } from './csv.js';
import { readTsv } from './tsv.js';
import { parseJsonArticles } from './json.js';
// HTML and feed readers pull in DOM and XML libraries: loaded on first use so other inputs start fast.
const htmlReader = () => import('./html.js');
const feedReader = () => import('./feed.js');
import { MAX_FILE_BYTES } from './limits.js';
import type { ReaderContext } from './context.js';
import type { ColumnMap } from './table.js';

export { ReadError } from './errors.js';
export { articleFromRecord } from './record.js';
export { MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_RECORD_CHARS } from './limits.js';
export { INPUT_FORMATS, parseInputFormat, type InputFormat } from './formats.js';
export { parseArticleDate, isValidArticleDate } from './date.js';
export { parseColumnMap, type ColumnMap } from './table.js';

export interface ReadOptions {
  /** Input format; 'auto' (default) goes by file extension, then by content. */
  format?: InputFormat;
  /** Article date when the input has none (plain text, records without a date). */
  date?: string;
  /** Id for a one-article input that names none (default: the file path). */
  id?: string;
  /** Longest article accepted (default MAX_ARTICLE_CHARS). */
  maxArticleChars?: number;
  /** Called for each bad record or file; reading goes on. Without it, the first error is thrown. */
  onError?: (error: ReadError) => void;
  /** Called for input read with a caveat (bytes that are not UTF-8 read as Windows-1252). */
  onWarning?: (warning: ReadError) => void;
  /** Called for each file under a folder that is not read (unsupported extension, dangling or looping link). */
  onSkip?: (path: string, reason: string) => void;
  /** Text encoding (a WHATWG label: utf-8, windows-1252, latin1, ...); default UTF-8 with a Windows-1252 fallback. */
  encoding?: string;
  /** TSV fields may be quoted as in CSV ("a<TAB>b" in double quotes, "" for a quote); by default TSV has no quoting. */
  tsvQuotes?: boolean;
  /** CSV/TSV: the column that holds each article field, where the header names it otherwise (--columns). */
  columns?: ColumnMap;
}

/** Stream the Articles of a file, a folder or stdin ("-"). */
export async function* readArticles(path: string, options: ReadOptions = {}): AsyncGenerator<Article> {
  const report =
    options.onError ??
    ((error: ReadError) => {
      throw error;
    });
  let files: string[];
  try {
    files = inputFiles(path, options.format ?? 'auto', report, options.onSkip ?? (() => {}));
  } catch (err) {
    report(asReadError(err, displayName(path)));
    return;
  }
  for (const file of files) {
    try {
      yield* readOneFile(file, options, report);
    } catch (err) {
      report(asReadError(err, displayName(file)));
    }
  }
}

/** Read everything into an array (small inputs, tests). */
export async function readAllArticles(path: string, options: ReadOptions = {}): Promise<Article[]> {
  const out: Article[] = [];
  for await (const a of readArticles(path, options)) out.push(a);
  return out;
}

function asReadError(err: unknown, file: string): ReadError {
  if (err instanceof ReadError) return err;
  // A library failing on odd input is still a bad input, not a crash of the whole run.
  return new ReadError(`could not read: ${err instanceof Error ? err.message : String(err)}`, file);
}

/** A failed stat or readdir in words: a file in a folder we may not search is "permission denied", not missing. */
function fsProblem(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links (a link loop)';
  if (code === 'ENOTDIR') return 'no such file or folder (a part of the path is not a folder)';
  if (code === 'ENOENT') return 'no such file or folder';
  return (err as Error).message ?? String(err);
}

/**
 * The files a path stands for: itself, or the supported files under a folder (sorted, recursive). A folder that
 * cannot be listed is reported and the walk goes on; files not read (unsupported extension, dangling or looping
 * links) go to `skip`. Dotfiles are passed over without a word (editor and system files).
 */
function inputFiles(
  path: string,
  format: InputFormat,
  report: (e: ReadError) => void,
  skip: (path: string, reason: string) => void,
): string[] {
  if (path === STDIN) return [STDIN];
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw new ReadError(fsProblem(err), path);
  }
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  // Real paths of folders already walked: a symlink back up the tree must not loop forever.
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    let names: string[];
    let real: string;
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (err) {
      report(new ReadError(`cannot read the folder: ${fsProblem(err)}; the other files are read`, dir));
      return;
    }
    if (seen.has(real)) {
      skip(dir, 'a link to a folder already read (a loop)');
      return;
    }
    seen.add(real);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(full).isDirectory();
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ENOENT') skip(full, 'a dangling link (its target does not exist)');
        else if (code === 'ELOOP') skip(full, 'a link loop');
        else report(new ReadError(fsProblem(err), full));
        continue;
      }
      if (isDir) walk(full);
      else if (format !== 'auto' || formatForExtension(name) !== undefined) out.push(full);
      else skip(full, 'unsupported extension (.txt .json .jsonl .csv .tsv .html .rss .atom .xml are read)');
    }
  };
  walk(path);
  if (out.length === 0)
    throw new ReadError('no supported files in the folder (.txt .json .jsonl .csv .tsv .html .rss .atom .xml)', path);
  return out;
}

async function* readOneFile(
  path: string,
  options: ReadOptions,
  report: (e: ReadError) => void,
): AsyncGenerator<Article> {
  const file = displayName(path);
  const ctx: ReaderContext = {
    path,
    file,
    options: { date: options.date, id: options.id, maxArticleChars: options.maxArticleChars },
    report,
    decode: { encoding: options.encoding, warn: options.onWarning },
    columns: options.columns,
  };
  let format: InputFormat =
    options.format && options.format !== 'auto' ? options.format : (formatForExtension(path) ?? 'auto');
  const streamed = format === 'jsonl' || format === 'csv' || format === 'tsv';
  if (!streamed && path !== STDIN) {
    let size: number;
    try {
      size = statSync(path).size;
    } catch (err) {
      throw new ReadError(fsProblem(err), file);
    }
    if (size > MAX_FILE_BYTES) {
      throw new ReadError(
        `file is ${size} bytes; the limit for formats read whole is ${MAX_FILE_BYTES} (MAX_FILE_BYTES; JSONL and CSV stream without one)`,
        file,
      );
    }
  }
  if (format === 'html' || format === 'rss') {
    // Markup may declare a legacy charset; decode it whole, as a browser would.
    const text = decodeMarkup(await collectBytes(byteChunks(path), file), file, ctx.decode);
    if (text.trim() === '') throw new ReadError('empty file (only whitespace)', file);
    if (format === 'html') yield (await htmlReader()).parseHtmlArticle(text, ctx);
    else yield* (await feedReader()).parseFeedArticles(text, ctx);
    return;
  }
  let chunks: AsyncIterable<string> = decodedChunks(byteChunks(path), file, ctx.decode);
  if (format === 'auto' && (path === STDIN || formatForExtension(path) === undefined)) {
    // No extension to go by: look at the first chunk, then read on from it.
    const it = chunks[Symbol.asyncIterator]();
    const head = await it.next();
    const firstChunk = head.done ? '' : head.value;
    format = sniffFormat(firstChunk);
    chunks = (async function* () {
      yield firstChunk;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })();
  }
  if (format === 'jsonl') return yield* readJsonl(ctx, chunks);
  if (format === 'csv') return yield* readCsv(ctx, { delimiter: ',' }, chunks);
  if (format === 'tsv')
    return yield* options.tsvQuotes ? readCsv(ctx, { delimiter: '\t' }, chunks) : readTsv(ctx, chunks);
  const text = await collect(chunks, file);
  if (format === 'json') return yield* parseJsonArticles(text, ctx);
  if (format === 'html') return yield (await htmlReader()).parseHtmlArticle(text, ctx);
  if (format === 'rss') return yield* (await feedReader()).parseFeedArticles(text, ctx);
  yield textArticle(normalizeText(text), ctx, format);
}

async function collect(chunks: AsyncIterable<string>, file: string): Promise<string> {
  const parts: string[] = [];
  let length = 0;
  for await (const c of chunks) {
    length += c.length;
    if (length > MAX_FILE_BYTES)
      throw new ReadError(
        `input is over ${MAX_FILE_BYTES} characters, the limit for formats read whole (MAX_FILE_BYTES)`,
        file,
      );
    parts.push(c);
  }
  const text = parts.join('');
  if (text.trim() === '') throw new ReadError('empty file (only whitespace)', file);
  return text;
}

/** Wire (header + body) or plain text; `text` is already normalized. */
function textArticle(text: string, ctx: ReaderContext, format: InputFormat): Article {
  const place = { file: ctx.file };
  if (format === 'wire' || (format !== 'text' && looksLikeWire(text))) {
    const a = parseWire(text, ctx.file, { date: ctx.options.date, id: ctx.options.id });
    return finishArticle(a, place, ctx.options);
  }
  return finishArticle({ text }, place, ctx.options);
}

/** Synchronous one-file read of wire or plain text (kept for callers that cannot await). */
export function readInput(file: string, options: ReadOptions = {}): Article[] {
  let bytes: Uint8Array;
  const name = displayName(file);
  if (file === STDIN) {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      size = statSync(file).size;
    } catch (err) {
      throw new ReadError(fsProblem(err), file);
    }
    if (size > MAX_FILE_BYTES) throw new ReadError(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, file);
    bytes = readFileSync(file);
  }
  return parseText(
    normalizeText(decodeWhole(bytes, name, { encoding: options.encoding, warn: options.onWarning })),
    name,
    options,
  );
}

/** Wire or plain text already in memory (normalized by the caller). */
export function parseText(text: string, name: string, options: ReadOptions = {}): Article[] {
  const format = options.format ?? 'auto';
  if (format !== 'auto' && format !== 'wire' && format !== 'text')
    throw new ReadError(`readInput reads wire or plain text only, not ${format}: use readArticles`, name);
  if (format === 'wire' || (format === 'auto' && looksLikeWire(text))) return [parseWire(text, name, options)];
  if (!options.date) throw new ReadError('plain text has no date: pass --date YYYY-MM-DD', name, undefined, 'date');
  if (!isValidArticleDate(options.date))
    throw new ReadError(`invalid --date "${options.date}"`, name, undefined, 'date');
  if (text.trim() === '') throw new ReadError('article has no text', name);
  return [{ id: options.id ?? name, date: options.date, text, meta: {} }];
}

/**
 * One article from a wire-format text (`date YYYY-MM-DD` header, then the body) or plain text with `options.date`,
 * checked as a file would be (`file` names it in errors). The HTTP API reads its request bodies with it.
 */
export function articleFromText(raw: string, file: string, options: ReadOptions = {}): Article {
  const ctx: ReaderContext = {
    path: file,
    file,
    options: { date: options.date, id: options.id, maxArticleChars: options.maxArticleChars },
    report: () => {},
  };
  if (raw.trim() === '') throw new ReadError('empty text', file, undefined, 'text');
  return textArticle(normalizeText(raw), ctx, 'auto');
}
