/**
 * The store: Analyses in, Analyses out, through one Kysely query layer. It knows the Analysis schema (model/schema.ts)
 * and nothing of the stages. Writes go in batches, one transaction each, so a killed process leaves whole batches
 * or nothing; an article already stored (same content hash) is never written twice.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Article } from '../model/doc.js';
import type { Analysis, Entity, Event, Mention, Quote, Timex } from '../model/schema.js';
import { openSqlite } from './sqlite.js';
import { isPostgres, isPostgresUrl } from './dialect.js';
import { migrateToLatest } from './migrations.js';
import type { StoreSchema } from './tables.js';
import {
  decodeRecord,
  encodeRecord,
  ENTITY_FIELDS,
  EVENT_FIELDS,
  MENTION_FIELDS,
  QUOTE_FIELDS,
  TIME_FIELDS,
  type Field,
} from './codec.js';
import { analyzerVersion, contentId, dayOf } from './identity.js';
import { minhashSignature } from './minhash.js';
import { type Db, INSERT_CHUNK, insertRows, maxOf, signatureBytes } from './write-sql.js';
import {
  assignClusters,
  countArticleDays,
  dyadKeysOfClusters,
  linkNearDuplicates,
  recountClusters,
  refreshDyadDays,
  type DyadKey,
} from './clusters.js';

export { CLUSTER_WINDOW_DAYS } from './clusters.js';

/** One analyzed article to store. */
export interface StoredItem {
  article: Article;
  analysis: Analysis;
  /** The input path it came from. */
  file?: string;
}

export interface FailureRecord {
  file?: string;
  line?: number;
  record?: number;
  field?: string;
  articleId?: string;
  reason: string;
}

export interface WriteResult {
  added: number;
  /** Already stored (same content id): nothing written. */
  skipped: number;
  nearDuplicates: number;
}

type DB = Kysely<StoreSchema>;

export class Store {
  private constructor(
    readonly db: DB,
    readonly path: string,
    readonly analyzerVersion: string,
  ) {}

  /** Open a store file (created if missing) or a `postgres://` database and bring its schema up to date. */
  static async open(path: string, options: { analyzerVersion?: string } = {}): Promise<Store> {
    const { db } = isPostgresUrl(path) ? (await import('./postgres.js')).openPostgres(path) : openSqlite(path);
    try {
      await migrateToLatest(db as unknown as Kysely<unknown>);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return new Store(db, path, options.analyzerVersion ?? analyzerVersion());
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** The content ids among `ids` that are stored already. */
  async storedIds(ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.db
        .selectFrom('articles')
        .select('id')
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async startRun(command: string): Promise<number> {
    const r = await this.db
      .insertInto('runs')
      .values({ command, started_at: new Date().toISOString(), analyzer_version: this.analyzerVersion })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async finishRun(
    run: number,
    counts: { read: number; added: number; skipped: number; failures: number },
  ): Promise<void> {
    await this.db
      .updateTable('runs')
      .set({
        finished_at: new Date().toISOString(),
        articles_read: counts.read,
        articles_added: counts.added,
        articles_skipped: counts.skipped,
        failures: counts.failures,
      })
      .where('id', '=', run)
      .execute();
  }

  async addFailures(run: number | null, failures: FailureRecord[]): Promise<void> {
    await insertRows(this.db, 'failures', failureRows(failures, run));
  }

  /**
   * Store analyzed articles in one transaction. Articles whose content id is stored already are skipped (so a batch
   * written again after a crash, or the same file ingested twice, adds nothing); failures go in the same transaction.
   * Rows of the whole batch go in shared multi-row INSERTs: a few statement shapes, each prepared once.
   */
  async write(
    items: StoredItem[],
    failures: FailureRecord[] = [],
    run: number | null = null,
    /** More writes for the same transaction (a job queue marks its jobs done). */
    alsoInTransaction?: (trx: Transaction<StoreSchema>) => Promise<void>,
  ): Promise<WriteResult> {
    return this.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx);
      const fresh = await freshItems(trx, items);
      const result: WriteResult = { added: fresh.length, skipped: items.length - fresh.length, nearDuplicates: 0 };
      if (fresh.length > 0) {
        const firstSeq = (await maxOf(trx, 'articles')) + 1;
        const stored = fresh.map((item, i) => ({
          ...item,
          seq: firstSeq + i,
          signature: minhashSignature(item.article.text),
        }));
        await insertRows(
          trx,
          'articles',
          stored.map((item) => articleRow(item, this.analyzerVersion)),
        );
        await logChanges(
          trx,
          stored.map((item) => item.seq),
          'added',
          this.analyzerVersion,
        );
        await countArticleDays(
          trx,
          stored.map((item) => articleDay(item.article)),
        );
        await insertLayers(
          trx,
          stored.map((item) => ({
            seq: item.seq,
            analysis: item.analysis,
            text: item.article.text,
            day: articleDay(item.article),
          })),
        );
        result.nearDuplicates = await linkNearDuplicates(trx, stored);
      }
      await insertRows(trx, 'failures', failureRows(failures, run));
      await alsoInTransaction?.(trx);
      return result;
    });
  }

  /** Replace an article's analysis (reanalyze): its layers, clusters and analyzer version; the text stays. */
  async replaceAnalysis(seq: number, analysis: Analysis): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await takeWriteLock(trx);
      const row = await trx
        .selectFrom('articles')
        .select(['text', 'day'])
        .where('seq', '=', seq)
        .executeTakeFirstOrThrow();
      const oldClusters = (
        await trx.selectFrom('events').select('cluster').distinct().where('article', '=', seq).execute()
      )
        .map((r) => r.cluster)
        .filter((c): c is number => c !== null);
      const oldKeys = await trx
        .selectFrom('events')
        .select(['source_country', 'target_country', 'day', 'quad_class'])
        .distinct()
        .where('article', '=', seq)
        .execute();
      for (const table of ['events', 'quotes', 'times', 'mentions', 'entities'] as const)
        await trx.deleteFrom(table).where('article', '=', seq).execute();
      await trx
        .updateTable('articles')
        .set({
          sentences: JSON.stringify(analysis.sentences.flatMap((s) => [s.start, s.end])),
          schema_version: analysis.schemaVersion,
          analyzer_version: this.analyzerVersion,
          ...analysisExtraColumns(analysis),
        })
        .where('seq', '=', seq)
        .execute();
      await insertLayers(trx, [{ seq, analysis, text: row.text, day: row.day }], oldClusters, oldKeys);
      await logChanges(trx, [seq], 'reanalyzed', this.analyzerVersion);
    });
  }

  /** Row counts of the main tables. */
  async totals(): Promise<
    Record<'articles' | 'events' | 'clusters' | 'quotes' | 'entities' | 'failures' | 'near_duplicates', number>
  > {
    const tables = ['articles', 'events', 'clusters', 'quotes', 'entities', 'failures', 'near_duplicates'] as const;
    const out = {} as Record<(typeof tables)[number], number>;
    for (const table of tables) {
      const r = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[table] = Number(r.n);
    }
    return out;
  }

  /** Articles stored under another analyzer version than this store's: [seq, ext id, date, title, url, source]. */
  async staleArticles(limit: number, afterSeq = 0): Promise<{ seq: number; article: Article }[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['seq', 'ext_id', 'date', 'title', 'url', 'source', 'text', 'meta'])
      .where('analyzer_version', '!=', this.analyzerVersion)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ seq: r.seq, article: articleOf(r) }));
  }

  /** The stored article with this content id or input id, as the reader gave it. */
  async article(id: string): Promise<{ seq: number; article: Article } | undefined> {
    const r = await this.db
      .selectFrom('articles')
      .select(['seq', 'ext_id', 'date', 'title', 'url', 'source', 'text', 'meta'])
      .where((eb) => eb.or([eb('id', '=', id), eb('ext_id', '=', id)]))
      .orderBy('seq')
      .executeTakeFirst();
    return r ? { seq: r.seq, article: articleOf(r) } : undefined;
  }

  /** Rebuild the Analysis of a stored article (by content id or input id), exactly as analyze() returned it. */
  async analysis(id: string): Promise<Analysis | undefined> {
    const r = await this.db
      .selectFrom('articles')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', id), eb('ext_id', '=', id)]))
      .orderBy('seq')
      .executeTakeFirst();
    if (!r) return undefined;
    const text = r.text;
    const offsets = JSON.parse(r.sentences) as number[];
    const sentences = [];
    for (let i = 0; i < offsets.length; i += 2)
      sentences.push({ start: offsets[i], end: offsets[i + 1], text: text.slice(offsets[i], offsets[i + 1]) });
    const layer = async <T>(
      table: 'entities' | 'mentions' | 'quotes' | 'times' | 'events',
      fields: Field[],
    ): Promise<T[]> => {
      const rows = await this.db.selectFrom(table).selectAll().where('article', '=', r.seq).orderBy('idx').execute();
      return rows.map((row) => decodeRecord<T>(row as Record<string, unknown>, fields, text));
    };
    return {
      ...(r.analysis_extra ? (JSON.parse(r.analysis_extra) as object) : {}),
      schemaVersion: r.schema_version,
      article: {
        id: r.ext_id,
        date: r.date,
        ...(r.title !== null ? { title: r.title } : {}),
        ...(r.url !== null ? { url: r.url } : {}),
        ...(r.source !== null ? { source: r.source } : {}),
      },
      sentences,
      entities: await layer<Entity>('entities', ENTITY_FIELDS),
      mentions: await layer<Mention>('mentions', MENTION_FIELDS),
      quotes: await layer<Quote>('quotes', QUOTE_FIELDS),
      times: await layer<Timex>('times', TIME_FIELDS),
      events: await layer<Event>('events', EVENT_FIELDS),
    } as Analysis;
  }
}

function articleOf(r: {
  ext_id: string;
  date: string;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  meta: string | null;
}): Article {
  return {
    id: r.ext_id,
    date: r.date,
    text: r.text,
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.url !== null ? { url: r.url } : {}),
    ...(r.source !== null ? { source: r.source } : {}),
    meta: r.meta ? (JSON.parse(r.meta) as Record<string, string>) : {},
  };
}

function articleDay(article: Article): string {
  return dayOf(article.date, '0000-00-00');
}

/** The items whose content is not stored yet, each content once. */
async function freshItems(
  trx: Transaction<StoreSchema>,
  items: StoredItem[],
): Promise<(StoredItem & { id: string })[]> {
  const withIds = items.map((item) => ({ ...item, id: contentId(item.article) }));
  const stored = new Set<string>();
  const ids = withIds.map((i) => i.id);
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await trx
      .selectFrom('articles')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      stored.add(r.id);
  }
  const fresh: (StoredItem & { id: string })[] = [];
  for (const item of withIds) {
    if (stored.has(item.id)) continue;
    stored.add(item.id);
    fresh.push(item);
  }
  return fresh;
}

/** The key of the PostgreSQL advisory lock that write transactions hold ("PARLEY" as bytes). */
const WRITE_LOCK = 0x5041_524c_4559;

/**
 * On PostgreSQL, where many workers write at once, write transactions take turns on one transaction-scoped advisory
 * lock: what a batch reads to number its rows, find its clusters and near-duplicates was committed before it, and
 * nothing it reads changes until it commits (no lost update, no cluster made twice). Analysis, the slow part, runs
 * outside it. SQLite has one writer at a time anyway.
 */
async function takeWriteLock(trx: Transaction<StoreSchema>): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
}
/** Note articles added or re-analyzed in the change log (`GET /changes`), in the same transaction. */
async function logChanges(trx: Db, articles: number[], kind: 'added' | 'reanalyzed', version: string): Promise<void> {
  const at = new Date().toISOString();
  await insertRows(
    trx,
    'changes',
    articles.map((article) => ({ article, kind, analyzer_version: version, at })),
  );
}

function failureRows(failures: FailureRecord[], run: number | null): object[] {
  const at = new Date().toISOString();
  return failures.map((f) => ({
    run,
    file: f.file ?? null,
    line: f.line ?? null,
    record: f.record ?? null,
    field: f.field ?? null,
    article_ext_id: f.articleId ?? null,
    reason: f.reason,
    at,
  }));
}

function articleRow(
  item: StoredItem & { id: string; seq: number; signature: number[] | null },
  version: string,
): object {
  const { article, analysis } = item;
  return {
    seq: item.seq,
    id: item.id,
    ext_id: analysis.article.id,
    date: article.date,
    day: articleDay(article),
    title: article.title ?? null,
    url: article.url ?? null,
    source: article.source ?? null,
    text: article.text,
    meta: Object.keys(article.meta).length > 0 ? JSON.stringify(article.meta) : null,
    sentences: JSON.stringify(analysis.sentences.flatMap((s) => [s.start, s.end])),
    chars: article.text.length,
    bytes: Buffer.byteLength(article.text, 'utf8'),
    schema_version: analysis.schemaVersion,
    analyzer_version: version,
    file: item.file ?? null,
    ingested_at: new Date().toISOString(),
    minhash: item.signature ? signatureBytes(item.signature) : null,
    ...analysisExtraColumns(analysis),
  };
}

/** The Analysis's keys that have tables (or article columns) of their own. */
const LAYER_KEYS = new Set([
  'schemaVersion',
  'article',
  'sentences',
  'entities',
  'mentions',
  'quotes',
  'times',
  'events',
]);

/** The article columns for the rest of an Analysis: its other parts as JSON, and the relevance to filter on. */
function analysisExtraColumns(analysis: Analysis): {
  analysis_extra: string | null;
  relevance_score: number | null;
  relevant: number | null;
} {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis))
    if (!LAYER_KEYS.has(key) && value !== undefined) rest[key] = value;
  const relevance = analysis.relevance;
  return {
    analysis_extra: Object.keys(rest).length > 0 ? JSON.stringify(rest) : null,
    relevance_score: relevance ? relevance.score : null,
    relevant: relevance ? (relevance.relevant ? 1 : 0) : null,
  };
}

/** The offsets of the sentence a quote or event names by index:
 * queries show it without reading `articles.sentences`. */
function sentenceOffsets(
  analysis: Analysis,
  index: number,
): { sentence_start: number | null; sentence_end: number | null } {
  const s = analysis.sentences[index];
  return { sentence_start: s ? s.start : null, sentence_end: s ? s.end : null };
}

interface LayerSource {
  seq: number;
  analysis: Analysis;
  text: string;
  day: string;
}

/** Write the layers of several articles (already in `articles`), cluster their events, index their quotes. */
async function insertLayers(
  trx: Transaction<StoreSchema>,
  articles: LayerSource[],
  clustersBefore: number[] = [],
  dyadKeysBefore: DyadKey[] = [],
): Promise<void> {
  const entities: object[] = [];
  const mentions: object[] = [];
  const quotes: Record<string, unknown>[] = [];
  const times: object[] = [];
  const events: Record<string, unknown>[] = [];
  const searchRows: { rowid: number; content: string }[] = [];
  let quoteSeq = (await maxOf(trx, 'quotes')) + 1;
  for (const { seq, analysis, text, day } of articles) {
    analysis.entities.forEach((r, idx) =>
      entities.push({ article: seq, idx, ...encodeRecord(r, ENTITY_FIELDS, text) }),
    );
    analysis.mentions.forEach((r, idx) =>
      mentions.push({ article: seq, idx, ...encodeRecord(r, MENTION_FIELDS, text) }),
    );
    analysis.times.forEach((r, idx) => times.push({ article: seq, idx, ...encodeRecord(r, TIME_FIELDS, text) }));
    analysis.quotes.forEach((q, idx) => {
      const row = {
        seq: quoteSeq++,
        article: seq,
        idx,
        ...sentenceOffsets(analysis, q.sentence),
        ...encodeRecord(q, QUOTE_FIELDS, text),
      };
      quotes.push(row);
      searchRows.push({ rowid: row.seq, content: text.slice(q.content.start, q.content.end) });
    });
    analysis.events.forEach((e, idx) =>
      events.push({
        article: seq,
        idx,
        day: dayOf(e.date, day),
        ...sentenceOffsets(analysis, e.sentence),
        ...encodeRecord(e, EVENT_FIELDS, text),
      }),
    );
  }
  const touched = await assignClusters(trx, events);
  await insertRows(trx, 'entities', entities);
  await insertRows(trx, 'mentions', mentions);
  await insertRows(trx, 'quotes', quotes);
  await insertRows(trx, 'times', times);
  await insertRows(trx, 'events', events);
  // quote_search is an FTS5 table that the typed schema does not list.
  for (let i = 0; i < searchRows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('quote_search' as never)
      .values(searchRows.slice(i, i + INSERT_CHUNK) as never)
      .execute();
  }
  const clusters = [...new Set([...touched, ...clustersBefore])];
  await recountClusters(trx, clusters);
  await refreshDyadDays(trx, [
    ...dyadKeysBefore,
    ...(events as unknown as DyadKey[]),
    ...(await dyadKeysOfClusters(trx, clusters)),
  ]);
}
