/**
 * Migration 0006: the actor memory (actor-memory.ts), the office-holders learned from the titles articles give them
 * ("US President Donald Trump" -> USAGOV), one row per person, code and source article. Written with Kysely's schema
 * builder alone (no SQL text, no SQLite-only clause), so it runs the same on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const actorMemoryMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('actor_memory')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('sector', 'text')
      /** The title the article gave ("President"), for review. */
      .addColumn('title', 'text')
      /** The source article's day (YYYY-MM-DD): the fact holds around it. */
      .addColumn('day', 'text', (c) => c.notNull())
      /** The source article's content id (articles.id). */
      .addColumn('article', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('learned_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('actor_memory_pk', ['name', 'code', 'article'])
      .execute();
    await db.schema.createIndex('actor_memory_day').on('actor_memory').columns(['day']).execute();
  },
};
