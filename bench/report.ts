/** Plain-text tables for the bench output. */

/** A number with 3 significant digits (1,234 style above 1,000), or the text of a non-number. */
export function fmt(x: number | string | null | undefined, digits = 3): string {
  if (typeof x === 'string') return x;
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  if (x === 0) return '0';
  return Number(x.toPrecision(digits)).toString();
}

export function fmtBytes(b: number): string {
  if (b >= 1e6) return `${fmt(b / 1e6)} MB`;
  if (b >= 1e3) return `${fmt(b / 1e3)} KB`;
  return `${b} B`;
}

/** Left-aligned first column, right-aligned others. */
export function table(title: string, header: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => fmt(c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`\n${title}`, line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
