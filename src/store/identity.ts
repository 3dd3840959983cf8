/** What identifies an article and an analysis in the store: the content hash, the analyzer version, the day. */
import { createHash } from 'node:crypto';
import type { Article } from '../model/doc.js';
import { SCHEMA_VERSION } from '../model/version.js';

/**
 * The article's id in the store: a hash of its dateline, title and text, with runs of whitespace made one space
 * (the reader has already normalized line ends and odd spaces). The same story read again, from any file or
 * format, gets the same id; the same text under another headline or date is another article (a near-duplicate).
 */
export function contentId(article: Pick<Article, 'date' | 'title' | 'text'>): string {
  const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${squeeze(article.date)}\n${squeeze(article.title ?? '')}\n${squeeze(article.text)}`)
    .digest('hex')
    .slice(0, 32);
}

/** The package version the analyses were made with; bump it (or the schema) when analyses change. */
const PACKAGE_VERSION = '0.1.0';

/**
 * The analyzer version stored with every article: `parley reanalyze` redoes the articles stored under another.
 * PARLEY_ANALYZER_VERSION overrides it (to force a reanalysis, and in tests).
 */
export function analyzerVersion(): string {
  return process.env.PARLEY_ANALYZER_VERSION || `parley-${PACKAGE_VERSION}/schema-${SCHEMA_VERSION}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The YYYY-MM-DD day of a date or timestamp, or `fallback` when it names no day (2025-W19, 2025-05, XXXX). */
export function dayOf(date: string, fallback: string): string {
  const m = DAY.exec(date);
  return m ? m[0] : fallback;
}

/** The day `n` days after a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const mondays = new Map<string, string>();

/** The Monday that starts the ISO week of a YYYY-MM-DD day (remembered: a series asks for the same days often). */
export function weekOf(day: string): string {
  let monday = mondays.get(day);
  if (monday === undefined) {
    const d = new Date(`${day}T00:00:00Z`);
    monday = addDays(day, -((d.getUTCDay() + 6) % 7));
    if (mondays.size > 100_000) mondays.clear();
    mondays.set(day, monday);
  }
  return monday;
}
