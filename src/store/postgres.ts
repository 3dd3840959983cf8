/**
 * Opening the shared store on PostgreSQL (`--db postgres://...`): the `pg` driver behind Kysely's own
 * PostgresDialect, so the store runs the same query layer as on SQLite. Two type parsers make PostgreSQL's answers
 * look like SQLite's: bigint (`count(*)`, identity keys) and numeric (`avg`) come back as numbers, not strings, and
 * jsonb comes back as its text, which the codec parses as it parses SQLite's JSON text.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { StoreSchema } from './tables.js';

/** Connections per process: a worker writes on one and heartbeats on another; queries of `serve` share the rest. */
const POOL_SIZE = 4;

const INT8 = 20;
const NUMERIC = 1700;
const JSONB = 3802;
const JSON_OID = 114;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    if (oid === JSONB || oid === JSON_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The pool of a PostgreSQL store; its errors on idle connections (server restart) surface on the next query. */
export function postgresPool(url: string, max = POOL_SIZE): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types });
  pool.on('error', () => {});
  return pool;
}

export function openPostgres(url: string): { db: Kysely<StoreSchema>; pool: pg.Pool } {
  const pool = postgresPool(url);
  return { db: new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) }), pool };
}
