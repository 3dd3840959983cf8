/** Which database a store runs on, for the few places where SQL differs (migrations, full-text search, locking). */
import { PostgresAdapter } from 'kysely';

/** True for a `postgres://` or `postgresql://` URL (anything else is a SQLite file path). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** True when this Kysely instance (or transaction) talks to PostgreSQL. */
export function isPostgres(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}
