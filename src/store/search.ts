/**
 * Full-text search, the one place where the two stores differ in SQL: SQLite's FTS5 tables (`title_search`,
 * `quote_search`, migration 0001) against PostgreSQL's tsvector GIN indexes over the same texts. Both use the
 * `simple` behaviour (lower-cased words, no stemming), and a query's words are all required.
 */
import { sql } from 'kysely';

/** A user's words as an FTS5 query: each word quoted (so punctuation is not syntax), all required. */
export function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`)
    .join(' ');
}

/** Article seqs whose title has all these words. */
export function titleMatches(text: string, postgres: boolean) {
  return postgres
    ? sql<number>`(select seq from articles where to_tsvector('simple', coalesce(title, '')) @@ plainto_tsquery('simple', ${text}))`
    : sql<number>`(select rowid from title_search where title_search match ${ftsQuery(text)})`;
}

/** Quote seqs whose content has all these words. */
export function quoteMatches(text: string, postgres: boolean) {
  return postgres
    ? sql<number>`(select rowid from quote_search where to_tsvector('simple', content) @@ plainto_tsquery('simple', ${text}))`
    : sql<number>`(select rowid from quote_search where quote_search match ${ftsQuery(text)})`;
}
