/** What CSV and TSV share once a row is split into fields: the header's column names and a row -> Article. */
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { articleFromRecord } from './record.js';
import type { ReaderContext } from './context.js';

/** The article fields a CSV/TSV column can be mapped to (--columns). */
export const MAPPABLE_FIELDS = ['id', 'url', 'title', 'date', 'text', 'source'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Which column holds each article field, for tables whose header uses other names (`text=body,date=published`). */
export type ColumnMap = Partial<Record<MappableField, string>>;

/** Parse `--columns text=body,date=published,title=headline`; throws a one-line Error naming the bad pair. */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of spec.split(',')) {
    const m = /^\s*([\w-]+)\s*=\s*(.*?)\s*$/.exec(pair);
    if (!m || m[2] === '')
      throw new Error(`--columns: "${pair.trim()}" is not FIELD=COLUMN (e.g. text=body,date=published,title=headline)`);
    const field = m[1].toLowerCase() as MappableField;
    if (!MAPPABLE_FIELDS.includes(field))
      throw new Error(`--columns: "${m[1]}" is not an article field (${MAPPABLE_FIELDS.join(', ')})`);
    if (map[field] !== undefined) throw new Error(`--columns: the field "${field}" is mapped twice`);
    const taken = Object.entries(map).find(([, column]) => column.toLowerCase() === m[2].toLowerCase());
    if (taken) throw new Error(`--columns: the column "${m[2]}" is mapped to both ${taken[0]} and ${field}`);
    map[field] = m[2];
  }
  return map;
}

/**
 * The header row's names (trimmed, lower case), with the columns that `ctx.columns` maps renamed to their article
 * field (a column that already bore that field's name is then ignored); a header without a text column, or without
 * a mapped column, is an error for the whole file.
 */
export function columnNames(header: string[], ctx: ReaderContext, line: number): string[] {
  const original = header.map((h) => h.trim().toLowerCase());
  const names = [...original];
  const mapped = Object.entries(ctx.columns ?? {}) as [MappableField, string][];
  for (const [field] of mapped) {
    // The map names the field's column: another column of that name would be read in its place.
    for (let i = 0; i < names.length; i++) if (names[i] === field) names[i] = '';
  }
  for (const [field, column] of mapped) {
    const at = original.indexOf(column.trim().toLowerCase());
    if (at < 0)
      throw new ReadError(
        `the header row has no "${column}" column for --columns ${field}=${column} (columns: ${original.join(', ')})`,
        ctx.file,
        line,
        field,
      );
    names[at] = field;
  }
  if (!names.includes('text') && !names.includes('body')) {
    throw new ReadError(
      `the header row has no "text" column (columns: ${original.join(', ')}; name it with --columns text=COLUMN)`,
      ctx.file,
      line,
      'text',
    );
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
