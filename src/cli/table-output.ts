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

export async function writeRows(rows: Row[], format: OutputFormat): Promise<void> {
  const out = renderRows(rows, format);
  await new Promise<void>((resolve) => {
    if (process.stdout.write(out)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
