/**
 * Opening the embedded store: Node's built-in `node:sqlite` behind Kysely's own SqliteDialect.
 *
 * Why node:sqlite and not better-sqlite3: it is part of the Node 24 runtime the project pins, so nothing is
 * downloaded or compiled at install, there is no native addon whose binary must match the Node ABI, and the CLI
 * bundle (esbuild) needs no exception for it. Kysely's SqliteDialect drives any database with better-sqlite3's
 * `prepare / all / run / iterate / close` shape; node:sqlite differs only in taking bind values as arguments
 * instead of one array and in naming `reader` as `columns()`, which the small adapter below translates. Kysely
 * prepares a statement for every query it runs; the adapter keeps the prepared statements of recent SQL texts, so a
 * batch of same-shaped inserts compiles its SQL once.
 */
import { DatabaseSync, type StatementSync, type SQLInputValue } from 'node:sqlite';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { StoreSchema } from './tables.js';

/** Most distinct SQL texts whose prepared statements are kept. */
const STATEMENT_CACHE_SIZE = 256;

/** Wait this long for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;

class NodeSqliteAdapter implements SqliteDatabase {
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(readonly db: DatabaseSync) {}

  prepare(sql: string): SqliteStatement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Refresh its place: the Map's first key is the least recently used.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = adaptStatement(this.db.prepare(sql));
    if (this.statements.size >= STATEMENT_CACHE_SIZE)
      this.statements.delete(this.statements.keys().next().value as string);
    this.statements.set(sql, statement);
    return statement;
  }

  close(): void {
    this.statements.clear();
    if (this.db.isOpen) this.db.close();
  }
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  const values = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
  return {
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...values(parameters)),
    run: (parameters) => statement.run(...values(parameters)),
    iterate: (parameters) => statement.iterate(...values(parameters)),
  };
}

export interface OpenedDatabase {
  /** The raw connection, for the few things Kysely has no builder for (pragmas, FTS5 DDL). */
  sqlite: DatabaseSync;
  db: Kysely<StoreSchema>;
}

/** Open (creating it if needed) a store file with the settings every store connection uses. */
export function openSqlite(path: string): OpenedDatabase {
  const sqlite = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
  // WAL: readers never block the writer and a crash loses at most the transaction being written.
  sqlite.exec('pragma journal_mode = wal');
  // In WAL mode NORMAL still never corrupts the file; a power loss may drop the last commits, a killed process not.
  sqlite.exec('pragma synchronous = normal');
  sqlite.exec('pragma foreign_keys = on');
  sqlite.exec('pragma temp_store = memory');
  sqlite.exec('pragma cache_size = -65536');
  const adapter = new NodeSqliteAdapter(sqlite);
  const db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: adapter }) });
  return { sqlite, db };
}
