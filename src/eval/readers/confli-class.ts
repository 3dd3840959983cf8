/**
 * ConfliBERT's CAMEO class TSV: one sentence per line, a tab, its class (0 none/neutral, 1-4 the quad classes).
 * Sentences may be quoted CSV-style ("..." with "" for a quote). A line that is not blank and has no class is an
 * error naming the file and line.
 */
import { readFileSync } from 'node:fs';

export interface QuadRow {
  line: number;
  text: string;
  label: number;
}

export function readQuadRows(path: string): QuadRow[] {
  const out: QuadRow[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((l, i) => {
      if (!l.trim()) return;
      const tab = l.lastIndexOf('\t');
      const label = tab > 0 ? Number(l.slice(tab + 1)) : NaN;
      if (!Number.isInteger(label) || label < 0 || label > 4)
        throw new Error(`${path}:${i + 1}: expected "sentence<TAB>class" with class 0-4`);
      out.push({ line: i + 1, text: l.slice(0, tab).replace(/^"|"$/g, '').replace(/""/g, '"'), label });
    });
  return out;
}
