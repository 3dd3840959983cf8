/**
 * What the store commands share: the --db option (default ./parley.db, or PARLEY_DB), a SQLite file or a
 * postgres:// URL, and opening the store.
 */
import type { Command } from 'commander';

export function defaultDbPath(): string {
  return process.env.PARLEY_DB || 'parley.db';
}

export function withDbOption(cmd: Command): Command {
  return cmd.option(
    '--db <path>',
    'the store: a SQLite file or a postgres://user@host/db URL (default: $PARLEY_DB, else ./parley.db)',
  );
}

/** Open the store at --db; the store modules (node:sqlite, Kysely) load only for the commands that use them. */
export async function openStore(db: string | undefined) {
  const { Store } = await import('../store/store.js');
  return Store.open(db ?? defaultDbPath());
}
