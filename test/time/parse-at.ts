/** Runs one time parser at one token of a short text, for the parsers' unit tests. */
import { runPipeline } from '../../src/pipeline.js';
import { parseYmd } from '../../src/time/calendar.js';
import type { TimeContext } from '../../src/time/context.js';
import { timeContext } from '../../src/time/recognize.js';
import { SETTLED, type Parser } from '../../src/time/types.js';

export interface Reading {
  /** The text the expression covers. */
  text: string;
  type: string;
  value: string;
  rule: string;
  mod?: string;
  anchor?: string;
}

/**
 * The context over `text` (DCT `date`, a Friday by default) and the index of the token `opening` (its nth
 * occurrence).
 */
export function contextAt(text: string, opening: string, date = '2025-05-09', nth = 0): { c: TimeContext; i: number } {
  const doc = runPipeline({ id: 't', date, text, meta: {} }, { until: 'text' });
  const c = timeContext(doc, parseYmd(date)!);
  const found: number[] = [];
  for (let i = 0; i < doc.tokens.count; i++)
    if (doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) === opening) found.push(i);
  if (found[nth] === undefined) throw new Error(`no token "${opening}" in "${text}"`);
  return { c, i: found[nth] };
}

/** What `parser` reads at the token `opening` of `text`: a Reading, 'settled', or null when it does not open there. */
export function parseAt(
  parser: Parser<TimeContext>,
  text: string,
  opening: string,
  date?: string,
  nth?: number,
): Reading | 'settled' | null {
  const { c, i } = contextAt(text, opening, date, nth);
  const w = c.lower(i);
  if (!parser.opens(w)) return null;
  const r = parser.parse(c, i, w);
  if (r === null) return null;
  if (r === SETTLED) return 'settled';
  const { start, end } = c.doc.tokens;
  const reading: Reading = {
    text: text.slice(start[i], r.ce ?? end[r.e - 1]),
    type: r.type,
    value: r.value,
    rule: r.rule,
  };
  if (r.mod) reading.mod = r.mod;
  if (r.anchor) reading.anchor = r.anchor;
  return reading;
}
