/**
 * Versioned migrations, applied in name order by Kysely's Migrator (which records them in kysely_migration and
 * holds a lock while it runs). Migrations live in code, not in files found at run time, so the bundled CLI carries
 * them. A released migration is never edited: a change is a new entry.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { actorMemoryMigration } from './migration-actor-memory.js';
import { isPostgres } from './dialect.js';

/**
 * The column types and table options that differ between the dialects; the SQLite store's SQL is what it always was.
 * PostgreSQL gets identity keys (SQLite's `integer primary key` numbers rows by itself), `double precision` for
 * SQLite's 8-byte `real` (PostgreSQL's `real` is 4 bytes), `bytea` for `blob` and `jsonb` for JSON text.
 */
function dialectOf(db: Kysely<unknown>) {
  const pg = isPostgres(db);
  return {
    pg,
    real: pg ? ('double precision' as const) : ('real' as const),
    blob: pg ? ('bytea' as const) : ('blob' as const),
    json: pg ? ('jsonb' as const) : ('text' as const),
    key: (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()),
    withoutRowid: <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
      pg ? b : b.modifyEnd(sql`without rowid`),
  };
}

const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const d = dialectOf(db);
    await db.schema
      .createTable('articles')
      .addColumn('seq', 'integer', d.key)
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('ext_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('url', 'text')
      .addColumn('source', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('meta', d.json)
      .addColumn('sentences', d.json, (c) => c.notNull())
      .addColumn('chars', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('schema_version', 'text', (c) => c.notNull())
      .addColumn('analyzer_version', 'text', (c) => c.notNull())
      .addColumn('file', 'text')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('minhash', d.blob)
      .execute();
    await db.schema.createIndex('articles_day').on('articles').columns(['day', 'source']).execute();
    await db.schema.createIndex('articles_ext_id').on('articles').column('ext_id').execute();
    await db.schema.createIndex('articles_analyzer').on('articles').column('analyzer_version').execute();

    await db.schema
      .createTable('entities')
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('actor_code', 'text')
      .addColumn('actor_country', 'text')
      .addColumn('actor_sector', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('extra', d.json)
      .addPrimaryKeyConstraint('entities_pk', ['article', 'idx'])
      .$call(d.withoutRowid)
      .execute();
    await db.schema.createIndex('entities_name').on('entities').columns(['name', 'type']).execute();

    await db.schema
      .createTable('mentions')
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('extra', d.json)
      .addPrimaryKeyConstraint('mentions_pk', ['article', 'idx'])
      .$call(d.withoutRowid)
      .execute();

    await db.schema
      .createTable('quotes')
      .addColumn('seq', 'integer', d.key)
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('content_start', 'integer', (c) => c.notNull())
      .addColumn('content_end', 'integer', (c) => c.notNull())
      .addColumn('cue_start', 'integer')
      .addColumn('cue_end', 'integer')
      .addColumn('cue_lemma', 'text')
      .addColumn('speaker_entity', 'text')
      .addColumn('speaker_start', 'integer')
      .addColumn('speaker_end', 'integer')
      .addColumn('addressee_entity', 'text')
      .addColumn('addressee_start', 'integer')
      .addColumn('addressee_end', 'integer')
      .addColumn('sentence_idx', 'integer')
      .addColumn('sentence_start', 'integer')
      .addColumn('sentence_end', 'integer')
      .addColumn('date', 'text')
      .addColumn('date_source', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('extra', d.json)
      .addUniqueConstraint('quotes_article_idx', ['article', 'idx'])
      .execute();

    await db.schema
      .createTable('times')
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('anchor', 'text')
      .addColumn('mod', 'text')
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('extra', d.json)
      .addPrimaryKeyConstraint('times_pk', ['article', 'idx'])
      .$call(d.withoutRowid)
      .execute();

    await db.schema
      .createTable('clusters')
      .addColumn('id', 'integer', d.key)
      .addColumn('source_code', 'text', (c) => c.notNull())
      .addColumn('target_code', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('first_day', 'text', (c) => c.notNull())
      .addColumn('last_day', 'text', (c) => c.notNull())
      .addColumn('num_mentions', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('num_articles', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('num_sources', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('clusters_key')
      .on('clusters')
      .columns(['source_code', 'target_code', 'root', 'first_day'])
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('seq', 'integer', d.key)
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('plover', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('goldstein', d.real, (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull())
      .addColumn('source_code', 'text')
      .addColumn('source_country', 'text')
      .addColumn('source_sector', 'text')
      .addColumn('source_entity', 'text')
      .addColumn('source_text', 'text')
      .addColumn('source_start', 'integer')
      .addColumn('source_end', 'integer')
      .addColumn('target_code', 'text')
      .addColumn('target_country', 'text')
      .addColumn('target_sector', 'text')
      .addColumn('target_entity', 'text')
      .addColumn('target_text', 'text')
      .addColumn('target_start', 'integer')
      .addColumn('target_end', 'integer')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('date_source', 'text', (c) => c.notNull())
      .addColumn('date_timex', 'text')
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('sentence_idx', 'integer')
      .addColumn('sentence_start', 'integer')
      .addColumn('sentence_end', 'integer')
      .addColumn('trigger_start', 'integer', (c) => c.notNull())
      .addColumn('trigger_end', 'integer', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('quote_id', 'text')
      .addColumn('location', 'text')
      .addColumn('cluster', 'integer', (c) => c.references('clusters.id'))
      .addColumn('extra', d.json)
      .addUniqueConstraint('events_article_idx', ['article', 'idx'])
      .execute();
    // The dyad series reads (source country, target country, day) ranges, each direction a range of this index,
    // and finds the quad class, Goldstein score and cluster in it without visiting the table.
    await db.schema
      .createIndex('events_dyad')
      .on('events')
      .columns(['source_country', 'target_country', 'day', 'quad_class', 'goldstein', 'cluster'])
      .execute();
    await db.schema.createIndex('events_day').on('events').column('day').execute();
    await db.schema.createIndex('events_source_code').on('events').columns(['source_code', 'day']).execute();
    await db.schema.createIndex('events_target_code').on('events').columns(['target_code', 'day']).execute();
    await db.schema.createIndex('events_cluster').on('events').column('cluster').execute();

    await db.schema
      .createTable('near_duplicates')
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('other', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('similarity', d.real, (c) => c.notNull())
      .addPrimaryKeyConstraint('near_duplicates_pk', ['article', 'other'])
      .$call(d.withoutRowid)
      .execute();
    await db.schema.createIndex('near_duplicates_other').on('near_duplicates').column('other').execute();

    await db.schema
      .createTable('minhash_bands')
      .addColumn('band', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addPrimaryKeyConstraint('minhash_bands_pk', ['band', 'hash', 'article'])
      .$call(d.withoutRowid)
      .execute();
    await db.schema.createIndex('minhash_bands_article').on('minhash_bands').column('article').execute();

    await db.schema
      .createTable('runs')
      .addColumn('id', 'integer', d.key)
      .addColumn('command', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('analyzer_version', 'text', (c) => c.notNull())
      .addColumn('articles_read', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('articles_added', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('articles_skipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('failures')
      .addColumn('id', 'integer', d.key)
      .addColumn('run', 'integer', (c) => c.references('runs.id'))
      .addColumn('file', 'text')
      .addColumn('line', 'integer')
      .addColumn('record', 'integer')
      .addColumn('field', 'text')
      .addColumn('article_ext_id', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();

    if (d.pg) {
      // Full-text search on PostgreSQL: GIN indexes over tsvectors of quote contents (kept in a table of their own, the
      // quotes hold only offsets) and titles; a deleted quote's row goes with it.
      await sql`create table quote_search (rowid integer primary key references quotes (seq) on delete cascade, content text not null)`.execute(
        db,
      );
      await sql`create index quote_search_content on quote_search using gin (to_tsvector('simple', content))`.execute(
        db,
      );
      await sql`create index articles_title_search on articles using gin (to_tsvector('simple', coalesce(title, '')))`.execute(
        db,
      );
      return;
    }
    // Full-text search (SQLite FTS5; the PostgreSQL store indexes the same texts with tsvector). Quote content is
    // not stored twice: the index is contentless and the text is read from the article by offsets.
    await sql`create virtual table quote_search using fts5(content, content = '', contentless_delete = 1)`.execute(db);
    await sql`create trigger quotes_search_delete after delete on quotes begin delete from quote_search where rowid = old.seq; end`.execute(
      db,
    );
    await sql`create virtual table title_search using fts5(title, content = 'articles', content_rowid = 'seq')`.execute(
      db,
    );
    await sql`create trigger articles_title_insert after insert on articles when new.title is not null begin
      insert into title_search(rowid, title) values (new.seq, new.title); end`.execute(db);
    await sql`create trigger articles_title_delete after delete on articles when old.title is not null begin
      insert into title_search(title_search, rowid, title) values ('delete', old.seq, old.title); end`.execute(db);
  },
};

/**
 * Rollups for the dyad series: reports, Goldstein sum and events (clusters, counted on their first day) per
 * directed country pair, day and quad class; and articles per day. A series then reads a few hundred rows, not
 * every report of a busy dyad. Both are filled from what is stored already.
 */
const dyadRollups: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const d = dialectOf(db);
    await db.schema
      .createTable('dyad_days')
      .addColumn('source_country', 'text', (c) => c.notNull())
      .addColumn('target_country', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull())
      .addColumn('reports', 'integer', (c) => c.notNull())
      .addColumn('goldstein_sum', d.real, (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('dyad_days_pk', ['source_country', 'target_country', 'day', 'quad_class'])
      .$call(d.withoutRowid)
      .execute();
    await db.schema
      .createTable('day_articles')
      .addColumn('day', 'text', (c) => c.primaryKey())
      .addColumn('articles', 'integer', (c) => c.notNull())
      .execute();
    // A cluster's first day is found by (cluster, day).
    await db.schema.dropIndex('events_cluster').execute();
    await db.schema.createIndex('events_cluster').on('events').columns(['cluster', 'day']).execute();
    await sql`insert into day_articles (day, articles) select day, count(*) from articles group by day`.execute(db);
    await sql`insert into dyad_days (source_country, target_country, day, quad_class, reports, goldstein_sum, events)
      select source_country, target_country, day, quad_class, count(*), sum(goldstein),
        count(distinct case when not exists (select 1 from events e2 where e2.cluster = e.cluster and e2.day < e.day) then e.cluster end)
      from events e where source_country is not null and target_country is not null
      group by source_country, target_country, day, quad_class`.execute(db);
  },
};

/**
 * Parts of the Analysis beside the layers that have tables (schema 1.1 added relevance and discards): kept whole as
 * JSON per article, so a schema addition is stored before it gets columns of its own; the relevance score and verdict
 * also as columns, to filter on.
 */
const analysisExtra: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const d = dialectOf(db);
    await db.schema.alterTable('articles').addColumn('analysis_extra', d.json).execute();
    await db.schema.alterTable('articles').addColumn('relevance_score', d.real).execute();
    await db.schema.alterTable('articles').addColumn('relevant', 'integer').execute();
  },
};

/**
 * A change log for syncing a copy (`GET /changes`): one row per article added or re-analyzed, numbered in commit
 * order. Articles stored before it are logged as added, in their order.
 */
const changeLog: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('changes')
      .addColumn('seq', 'integer', dialectOf(db).key)
      .addColumn('article', 'integer', (c) => c.notNull().references('articles.seq').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('analyzer_version', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('changes_article').on('changes').column('article').execute();
    await sql`insert into changes (article, kind, analyzer_version, at) select seq, 'added', analyzer_version, ingested_at from articles order by seq`.execute(
      db,
    );
  },
};

/**
 * Feeds that `parley watch` polls: the validators of the last response (ETag, Last-Modified) for conditional
 * requests, and how the last poll went.
 */
const feeds: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('feeds')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('polled_at', 'text')
      .addColumn('status', 'text')
      .addColumn('items_added', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};

/**
 * Quote.voice as a column, so queries count speech alone by default; stores written before keep it in the quotes'
 * extra JSON, copied over here.
 */
const quoteVoice: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('quotes').addColumn('voice', 'text').execute();
    await (
      dialectOf(db).pg
        ? sql`update quotes set voice = extra->>'voice' where extra ? 'voice'`
        : sql`update quotes set voice = json_extract(extra, '$.voice') where extra like '%"voice"%'`
    ).execute(db);
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_dyad_rollups': dyadRollups,
  '0003_analysis_extra': analysisExtra,
  '0004_change_log': changeLog,
  '0005_feeds': feeds,
  '0006_actor_memory': actorMemoryMigration,
  '0007_quote_voice': quoteVoice,
};

class InCodeMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/** Bring a store's schema up to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new InCodeMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`store migration ${failed?.migrationName ?? ''} failed: ${why}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
