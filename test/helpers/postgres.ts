/**
 * A throwaway PostgreSQL database per test file on the local server (127.0.0.1:5432, trust auth, or
 * PARLEY_TEST_PG naming the server), created with a random name and dropped after: others use the same server.
 * Where no server answers the test is skipped with the reason; under CI (which starts PostgreSQL) that is an error.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';

const SERVER = process.env.PARLEY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  /** The URL of the new database. */
  url: string;
  drop(): Promise<void>;
}

/** The reason to skip (no server), or false; throws under CI when the server is not there. */
export async function postgresSkip(): Promise<string | false> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return false;
  } catch (err) {
    const why = `needs PostgreSQL at ${SERVER} (${(err as Error).message})`;
    if (process.env.CI) throw new Error(`${why}, and CI is set: .ci/run starts it`, { cause: err });
    return why;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Create a fresh database; `drop()` removes it, closing whatever connections are left. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `parley_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
