/** Rows out: a readable table (cli-table3), JSON lines, or CSV with a header (csv-stringify). */
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';

export type OutputFormat = 'table' | 'jsonl' | 'csv';

type Row = Record<string, string | number | null>;

/** Longest cell text in a table; the full text is in jsonl and csv. */
const TABLE_CELL_CHARS = 60;

export function renderRows(rows: Row[], format: OutputFormat): string {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (format === 'csv') return stringify(rows, { header: true, columns, cast: { number: (n) => String(n) } });
  if (rows.length === 0) return '(no rows)\n';
  // No rule between rows: compact enough to read a hundred events.
  const table = new Table({
    head: columns,
    style: { head: [], border: [], compact: true },
  });
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v).replace(/\s+/g, ' ');
    return s.length > TABLE_CELL_CHARS ? s.slice(0, TABLE_CELL_CHARS - 1) + '…' : s;
  };
  for (const r of rows) table.push(columns.map((c) => cell(r[c])));
  return table.toString() + '\n';
}

/** Standard output with back-pressure; a reader that went away (`| head`) ends the writing quietly. */
export function stdoutWriter(): { write(chunk: string): Promise<void>; readonly closed: boolean } {
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
    process.stdout.emit('drain');
  });
  return {
    get closed() {
      return closed;
    },
    write(chunk) {
      if (closed || process.stdout.write(chunk)) return Promise.resolve();
      return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
    },
  };
}

export async function writeRows(rows: Row[], format: OutputFormat): Promise<void> {
  await stdoutWriter().write(renderRows(rows, format));
}
