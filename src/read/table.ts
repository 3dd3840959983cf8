/** What CSV and TSV share once a row is split into fields: the header's column names and a row -> Article. */
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { articleFromRecord } from './record.js';
import type { ReaderContext } from './context.js';

/** The header row's names (trimmed, lower case); a header without a text column is an error for the whole file. */
export function columnNames(header: string[], ctx: ReaderContext, line: number): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('text') && !names.includes('body')) {
    throw new ReadError(`the header row has no "text" column (columns: ${names.join(', ')})`, ctx.file, line, 'text');
  }
  return names;
}

/**
 * The Article of one row, or undefined after reporting why it cannot be read (wrong number of fields, a bad field).
 * `line` is where the row starts (for errors), `idLine` the line that names it in default ids (where it ends).
 */
export function rowArticle(
  names: string[],
  fields: string[],
  ctx: ReaderContext,
  line: number,
  idLine = line,
): Article | undefined {
  if (fields.length !== names.length) {
    ctx.report(
      new ReadError(
        `row skipped: it has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${names.length}`,
        ctx.file,
        line,
      ),
    );
    return undefined;
  }
  const record: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) record[names[i]] = fields[i];
  try {
    return articleFromRecord(record, { file: ctx.file, line: idLine }, ctx.options);
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    ctx.report(err);
    return undefined;
  }
}
