/** The SQL helpers of the store's write path: statements compiled once per dialect, row numbering, signatures. */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { StoreSchema } from './tables.js';

/** Rows per multi-row INSERT: a few fixed statement shapes, well under SQLite's bound-parameter limit. */
export const INSERT_CHUNK = 100;

export type Db = Kysely<StoreSchema> | Transaction<StoreSchema>;

export type SeqTable = 'articles' | 'quotes' | 'clusters';

/** The largest key in use (0 when empty): a batch numbers its rows from there, inside its write transaction. */
export async function maxOf(trx: Db, table: SeqTable): Promise<number> {
  const key = table === 'clusters' ? 'id' : 'seq';
  const r = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>(key as never).as('top'))
    .executeTakeFirst();
  return Number(r?.top ?? 0);
}

/** SQL of statements run often, compiled by Kysely once per dialect. */
const compiledSql = new WeakMap<object, Map<string, string>>();

/**
 * Run a query built by `build` with these parameters, building and compiling it only the first time (per dialect):
 * `build` must place the parameters in the SQL in the order given, and nothing else.
 */
export async function runCached<R>(
  trx: Db,
  name: string,
  parameters: unknown[],
  build: (p: unknown[]) => CompiledQuery,
): Promise<R[]> {
  const adapter = trx.getExecutor().adapter;
  let cache = compiledSql.get(adapter);
  if (!cache) compiledSql.set(adapter, (cache = new Map()));
  let text = cache.get(name);
  if (text === undefined) {
    const compiled = build(parameters);
    if (compiled.parameters.length !== parameters.length || compiled.parameters.some((v, i) => v !== parameters[i])) {
      throw new Error(`${name}: the query does not take its parameters in order`);
    }
    text = compiled.sql;
    cache.set(name, text);
  }
  return (await trx.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows as R[];
}

/** SQL of a multi-row INSERT, compiled by Kysely once per dialect, table, columns and row count. */
const insertSql = new WeakMap<object, Map<string, string>>();

/**
 * Insert rows in multi-row INSERTs. The SQL comes from Kysely's builder (so each dialect gets its own); it is built
 * once per shape and then run with the rows' values, which skips building and compiling the same statement for
 * every chunk: on the write path that was a third of the time.
 */
export async function insertRows(trx: Db, table: keyof StoreSchema, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const adapter = trx.getExecutor().adapter;
  let cache = insertSql.get(adapter);
  if (!cache) insertSql.set(adapter, (cache = new Map()));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK) as Record<string, unknown>[];
    const key = `${table}\t${columns.join(',')}\t${chunk.length}`;
    let text = cache.get(key);
    if (text === undefined) {
      const placeholder = Object.fromEntries(columns.map((c) => [c, null]));
      // The rows are built here and by the codec with the table's own columns (tables.ts); the cast names the table.
      text = trx
        .insertInto(table)
        .values(chunk.map(() => placeholder) as never)
        .compile().sql;
      cache.set(key, text);
    }
    const parameters: unknown[] = [];
    for (const row of chunk) {
      if (Object.keys(row).length !== columns.length)
        throw new Error(`${table}: rows of one batch must have the same columns`);
      for (const c of columns) parameters.push(row[c] ?? null);
    }
    await trx.executeQuery(CompiledQuery.raw(text, parameters));
  }
}

/** A MinHash signature as bytes (Uint32 little-endian), and back. */
export function signatureBytes(signature: number[]): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((v, i) => view.setUint32(i * 4, v, true));
  return bytes;
}

export function signatureOf(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getUint32(i * 4, true));
}
