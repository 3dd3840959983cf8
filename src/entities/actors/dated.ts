/**
 * Dated actor codes (the Phoenix dictionaries' "[GBRGOV 970502-070627]"): a person's code depends on the date.
 * The actor table keeps a row's ranges as one string ("GBRELI 19710101-19970502|GBRGOV 19970502-20070627|GBRELI");
 * the matcher picks the code in force on the article's date.
 */
import { splitActorCode } from './codes.js';

/** One code with its inclusive range as YYYYMMDD numbers (0 = open). */
export interface DatedRange {
  code: string;
  from: number;
  to: number;
}

/** "GBRGOV 19970502-20070627|GBRELI" -> ranges; a range with no dates is the undated default. */
export function parseRanges(text: string): DatedRange[] {
  return text.split('|').map((part) => {
    const [code, dates] = part.split(' ');
    if (!dates) return { code, from: 0, to: 0 };
    const [from, to] = dates.split('-');
    return { code, from: Number(from) || 0, to: Number(to) || 0 };
  });
}

/** The inverse of parseRanges. */
export function formatRanges(ranges: readonly DatedRange[]): string {
  return ranges.map((r) => (r.from || r.to ? `${r.code} ${r.from}-${r.to}` : r.code)).join('|');
}

/** "2005-03-01" or a full ISO timestamp -> 20050301; 0 when it is no date. */
export function dayNumber(date: string | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? Number(m[1] + m[2] + m[3]) : 0;
}

/** "2019-06-01" as YYYY-MM-DD -> 20190601 (a user dictionary's bounds); 0 when absent. */
export function boundNumber(bound: string | undefined): number {
  return bound ? dayNumber(bound) : 0;
}

const NO_CODE = /^-+$/;

/**
 * The code in force on `day` (YYYYMMDD): the first range that holds it, else the undated default. Outside every
 * range of a record with no default, a person of a country's list (with `eliteFallback`: the shipped lists, whose
 * records end with the office) is one of its elites (CAMEO ELI: a former office holder); a transnational code has no
 * such reading and gives null, as does a user entry (PETRARCH reads no code there). Day 0 (no date) gives `current`.
 */
export function codeOnDate(
  ranges: readonly DatedRange[],
  day: number,
  current: string,
  eliteFallback: boolean,
): string | null {
  if (day === 0) return current;
  let fallback: string | null = null;
  for (const r of ranges) {
    if (!r.from && !r.to) {
      fallback ??= r.code;
      continue;
    }
    if ((!r.from || day >= r.from) && (!r.to || day <= r.to)) return NO_CODE.test(r.code) ? null : r.code;
  }
  if (fallback) return NO_CODE.test(fallback) ? null : fallback;
  if (!eliteFallback) return null;
  const country = splitActorCode(current).country;
  return country ? `${country}ELI` : null;
}
