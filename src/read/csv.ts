/**
 * CSV (and quoted TSV) with a header row naming the fields (date, text, and optionally id, title, url, source), read
 * as a stream of lines. This module frames records (a quoted field may hold line breaks) and csv-parse splits each
 * record into fields, so that one broken record costs only itself:
 * - a malformed record (bad quote, wrong number of fields) is reported with the line it starts on and skipped; when
 *   it spans several lines (a stray quote that a later line's quote seemed to close), only its first line is given
 *   up and the lines after it are read again;
 * - a quote that never closes (by the end of the file, or within MAX_RECORD_CHARS) is reported at the line where it
 *   opened, and reading resumes on the next line: each following line that does not start a valid record is
 *   reported, and the first that does is read.
 */
import { parse } from 'csv-parse/sync';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { byteChunks, decodedChunks, lines, type Line } from './source.js';
import { MAX_RECORD_CHARS } from './limits.js';
import type { ReaderContext } from './context.js';
import { columnNames, rowArticle } from './table.js';

export interface CsvReadOptions {
  delimiter?: string;
}

const QUOTE = 0x22;

/**
 * Scan one line of a record: true when it ends inside a quoted field. `inQuotes` says whether the line starts inside
 * one (the record's earlier lines left it open). A quote opens a field only at the field's start (RFC 4180); a
 * doubled quote inside a quoted field is an escaped quote.
 */
export function endsInsideQuotes(line: string, delimiter: number, inQuotes: boolean): boolean {
  let quoted = inQuotes;
  let fieldStart = !inQuotes;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quoted) {
      const q = line.indexOf('"', i);
      if (q < 0) return true;
      if (line.charCodeAt(q + 1) === QUOTE) i = q + 1;
      else {
        quoted = false;
        i = q;
      }
      continue;
    }
    if (c === delimiter) fieldStart = true;
    else {
      if (c === QUOTE && fieldStart) quoted = true;
      fieldStart = false;
    }
  }
  return quoted;
}

/** One framed record: its text and the lines it spans. */
interface Framed {
  text: string;
  first: number;
  last: number;
  lines: Line[];
}

export async function* readCsv(
  ctx: ReaderContext,
  csv: CsvReadOptions = {},
  chunks?: AsyncIterable<string>,
): AsyncGenerator<Article> {
  const delimiter = csv.delimiter ?? ',';
  const delimiterCode = delimiter.charCodeAt(0);
  const maxRecord = Math.max(MAX_RECORD_CHARS, 2 * (ctx.options.maxArticleChars ?? 0));
  let names: string[] | undefined;
  let records = 0;
  let reported = 0;
  const report = (e: ReadError): void => {
    reported++;
    ctx.report(e);
  };
  const rowCtx: ReaderContext = { ...ctx, report };

  /** Fields of a framed record, or the reason csv-parse could not split it. */
  const fieldsOf = (r: Framed): string[] | string => {
    try {
      const rows = parse(r.text, { delimiter, bom: false, relax_column_count: true }) as string[][];
      return rows[0] ?? [];
    } catch (err) {
      return (err instanceof Error ? err.message : String(err)).replace(/ at line \d+/, '');
    }
  };

  // The open record: its lines, while a quoted field runs on.
  let open: Line[] = [];
  let openChars = 0;
  // Lines to read again after an unterminated quote was given up on (read before the stream goes on).
  const again: Line[] = [];

  /** Give up on the open record: report where its quote opened and read the lines after that one again. */
  const abandonOpen = (why: string): void => {
    const [opening, ...rest] = open;
    report(
      new ReadError(
        `unterminated quote: the quoted field opened on this line ${why}; the lines after it are read again as new records`,
        ctx.file,
        opening.line,
      ),
    );
    open = [];
    openChars = 0;
    again.unshift(...rest);
  };

  /** Feed one line; returns a complete record when this line ends one. */
  const feed = (l: Line): Framed | undefined => {
    if (l.overLimit !== undefined) {
      if (open.length > 0) abandonOpen(`runs past the record limit of ${maxRecord} characters (MAX_RECORD_CHARS)`);
      report(
        new ReadError(
          `line is ${l.overLimit} characters; the limit is ${maxRecord} (MAX_RECORD_CHARS)`,
          ctx.file,
          l.line,
        ),
      );
      return undefined;
    }
    if (open.length === 0 && l.text.trim() === '') return undefined; // blank lines between records
    const inQuotes = endsInsideQuotes(l.text, delimiterCode, open.length > 0);
    open.push(l);
    openChars += l.text.length + 1;
    if (inQuotes) {
      if (openChars > maxRecord)
        abandonOpen(`runs past the record limit of ${maxRecord} characters (MAX_RECORD_CHARS)`);
      return undefined;
    }
    const record = { text: open.map((x) => x.text).join('\n'), first: open[0].line, last: l.line, lines: open };
    open = [];
    openChars = 0;
    return record;
  };

  const take = (r: Framed): Article | undefined => {
    const fields = fieldsOf(r);
    if (names === undefined) {
      if (typeof fields === 'string')
        throw new ReadError(`the header row cannot be read: ${fields}`, ctx.file, r.first);
      names = columnNames(fields, ctx, r.first);
      return undefined;
    }
    const problem =
      typeof fields === 'string'
        ? fields
        : fields.length !== names.length
          ? `it has ${fields.length} fields, the header has ${names.length}`
          : undefined;
    if (problem !== undefined && r.lines.length > 1) {
      // A record over several lines that does not read is most likely a stray quote that a later line's quote
      // "closed": give up the opening line only, and read the lines after it again.
      report(
        new ReadError(
          `malformed CSV record skipped (${problem}): a quote opened on this line runs on to line ${r.last}; the lines after this one are read again as new records`,
          ctx.file,
          r.first,
        ),
      );
      again.unshift(...r.lines.slice(1));
      return undefined;
    }
    if (typeof fields === 'string') {
      report(new ReadError(`malformed CSV record skipped: ${fields}`, ctx.file, r.first));
      return undefined;
    }
    records++;
    return rowArticle(names, fields, rowCtx, r.first, r.last);
  };

  const source = lines(chunks ?? decodedChunks(byteChunks(ctx.path), ctx.file, ctx.decode), maxRecord);
  for await (const l of source) {
    again.push(l);
    while (again.length > 0) {
      const r = feed(again.shift() as Line);
      const article = r && take(r);
      if (article) yield article;
    }
  }
  while (open.length > 0 || again.length > 0) {
    if (again.length === 0) abandonOpen('never closes');
    const r = feed(again.shift() as Line);
    const article = r && take(r);
    if (article) yield article;
  }
  if (names === undefined && reported === 0) throw new ReadError('empty file (no header row)', ctx.file);
  if (records === 0 && reported === 0) throw new ReadError('no records (only a header, or nothing)', ctx.file);
}
