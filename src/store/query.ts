/**
 * The store's read queries (events, quotes, entities, articles, dyad series), written once with Kysely so that the
 * PostgreSQL store runs the same builders. Texts (actor names, quote content, evidence) are sliced from the stored
 * article in JavaScript, where offsets are UTF-16 units as everywhere in Parley (SQL substr counts code points).
 * Full-text filters are the one dialect-specific part (search.ts).
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { StoreSchema } from './tables.js';
import { isPostgres } from './dialect.js';
import { quoteMatches, titleMatches } from './search.js';
import type { QuoteVoice } from './quote-voice.js';

export { ftsQuery } from './search.js';

export interface Filters {
  /** Source actor code prefix (USA, USAGOV). */
  actor?: string;
  /** Target actor code prefix. */
  target?: string;
  /** Two country codes: events between them, either direction. */
  dyad?: [string, string];
  /** A country on either side. */
  country?: string;
  /** PLOVER type (ACCUSE) or CAMEO root (11). */
  type?: string;
  /** CAMEO code prefix (112). */
  code?: string;
  quad?: number;
  since?: string;
  until?: string;
  /** Speaker name (quotes): a case-insensitive substring of the speaker's entity name or mention. */
  speaker?: string;
  /** Full-text query: quote content (quotes) or article titles (events, articles). */
  text?: string;
  source?: string;
  /** Quotes: `speech` (the default) leaves out those that report no speech (Quote.voice), `all` keeps them. */
  voice?: QuoteVoice;
  limit?: number;
}

/** Thoughts and an author's own "I" are not speech: left out unless `voice` is `all`. */
export function voiceFilter(eb: ExpressionBuilder<StoreSchema, 'quotes'>, voice: QuoteVoice | undefined) {
  return voice === 'all' ? undefined : eb('quotes.voice', 'is', null);
}

export type QueryRow = Record<string, string | number | null>;

/** A row's place in its listing's order (its sort key): the next page starts after it. */
export type RowKey = (string | number)[];

/**
 * Keyset paging, stable under inserts: a page starts after the sort key of the last row seen, so rows stored between
 * two requests never shift a page (they show on a later page, or before the cursor and not at all).
 */
export interface Page {
  after?: RowKey;
  /** Give each row its sort key as `_key` (JSON), for the caller's cursor. */
  keyed?: boolean;
}

/** Rows after `key` in (day descending, seq ascending) order. */
function afterDayAndSeq(day: string, seq: string, key: RowKey) {
  return sql<SqlBool>`(${sql.ref(day)} < ${key[0]} or (${sql.ref(day)} = ${key[0]} and ${sql.ref(seq)} > ${key[1]}))`;
}

function keyColumn(page: Page | undefined, key: RowKey): { _key?: string } {
  return page?.keyed ? { _key: JSON.stringify(key) } : {};
}

type DB = Kysely<StoreSchema>;

/** Texts of the given articles, by seq. */
export async function articleTexts(db: DB, seqs: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const unique = [...new Set(seqs)];
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db
      .selectFrom('articles')
      .select(['seq', 'text'])
      .where('seq', 'in', unique.slice(i, i + 500))
      .execute())
      out.set(r.seq, r.text);
  }
  return out;
}

/** The text of a stored span, null when the span or the article is missing. */
export function slice(text: string | undefined, start: number | null, end: number | null): string | null {
  return text !== undefined && start !== null && end !== null ? text.slice(start, end) : null;
}

/** Codes are stored in capitals: a prefix in any case finds them on PostgreSQL as on SQLite (LIKE ignores case). */
export function codePrefix(prefix: string | undefined): string | undefined {
  return prefix?.toUpperCase();
}

/** A character after every character of an actor code (ASCII letters and digits). */
const PAST_CODE_CHARS = '\x7f';

export function eventFilters(f: Filters, postgres: boolean) {
  return (eb: ExpressionBuilder<StoreSchema, 'events'>) => {
    const all: Expression<SqlBool>[] = [];
    // Code prefixes as ranges, which an index serves (LIKE would need a case-sensitive collation to use one).
    const actor = codePrefix(f.actor);
    const target = codePrefix(f.target);
    if (actor)
      all.push(eb.and([eb('events.source_code', '>=', actor), eb('events.source_code', '<', actor + PAST_CODE_CHARS)]));
    if (target)
      all.push(
        eb.and([eb('events.target_code', '>=', target), eb('events.target_code', '<', target + PAST_CODE_CHARS)]),
      );
    if (f.dyad) {
      const [a, b] = f.dyad;
      all.push(
        eb.or([
          eb.and([eb('events.source_country', '=', a), eb('events.target_country', '=', b)]),
          eb.and([eb('events.source_country', '=', b), eb('events.target_country', '=', a)]),
        ]),
      );
    }
    if (f.country)
      all.push(eb.or([eb('events.source_country', '=', f.country), eb('events.target_country', '=', f.country)]));
    if (f.type)
      all.push(
        /^\d+$/.test(f.type)
          ? eb('events.root', '=', f.type.padStart(2, '0'))
          : eb('events.plover', '=', f.type.toUpperCase()),
      );
    if (f.code) all.push(eb('events.cameo', 'like', `${f.code}%`));
    if (f.quad !== undefined) all.push(eb('events.quad_class', '=', f.quad));
    if (f.since) all.push(eb('events.day', '>=', f.since));
    if (f.until) all.push(eb('events.day', '<=', f.until));
    if (f.text) all.push(eb('events.article', 'in', titleMatches(f.text, postgres)));
    return eb.and(all);
  };
}

/**
 * The columns of an event row that every listing of events reads (events, clusters and articles joined): the
 * evidence, the actors' spans and the cluster's source count.
 */
export const EVENT_ROW_COLUMNS = [
  'events.article',
  'articles.ext_id as article_id',
  'articles.source as article_source',
  'articles.title',
  'events.id as event_id',
  'events.day',
  'events.cameo',
  'events.plover',
  'events.name',
  'events.quad_class',
  'events.goldstein',
  'events.modality',
  'events.source_code',
  'events.source_text',
  'events.source_start',
  'events.source_end',
  'events.target_code',
  'events.target_text',
  'events.target_start',
  'events.target_end',
  'events.trigger_start',
  'events.trigger_end',
  'events.cluster',
  'clusters.num_sources',
] as const;

export interface EventQueryOptions {
  /** Oldest first (exports) instead of newest first. */
  oldestFirst?: boolean;
  /** Add the columns the exports need (sectors, countries, sentence index, location, headline, time stored). */
  detail?: boolean;
  page?: Page;
}

/** Events with their actors, evidence and article, newest first. */
export async function queryEvents(db: DB, f: Filters, options: EventQueryOptions = {}): Promise<QueryRow[]> {
  const rows = await db
    .selectFrom('events')
    .innerJoin('articles', 'articles.seq', 'events.article')
    .leftJoin('clusters', 'clusters.id', 'events.cluster')
    .select([
      ...EVENT_ROW_COLUMNS,
      'events.seq',
      'events.date',
      'events.sentence_start',
      'events.sentence_end',
      'clusters.num_mentions',
      'clusters.num_articles',
      'articles.url',
      'events.source_country',
      'events.source_sector',
      'events.target_country',
      'events.target_sector',
      'events.sentence_idx',
      'events.location',
      'events.extra',
      'articles.ingested_at',
    ])
    .where(eventFilters(f, isPostgres(db)))
    .$if(options.page?.after !== undefined, (q) =>
      q.where(
        options.oldestFirst
          ? sql<SqlBool>`${sql.ref('events.seq')} > ${options.page!.after!.at(-1)!}`
          : afterDayAndSeq('events.day', 'events.seq', options.page!.after!),
      ),
    )
    .$if(!options.oldestFirst, (q) => q.orderBy('events.day', 'desc'))
    .orderBy('events.seq')
    .$if(f.limit !== undefined, (q) => q.limit(f.limit!))
    .execute();
  const texts = await articleTexts(
    db,
    rows.map((r) => r.article),
  );
  return rows.map((r) => {
    const text = texts.get(r.article);
    return {
      article_id: r.article_id,
      event_id: r.event_id,
      day: r.day,
      date: r.date,
      cameo: r.cameo,
      plover: r.plover,
      name: r.name,
      quad_class: r.quad_class,
      goldstein: r.goldstein,
      modality: r.modality,
      source_code: r.source_code,
      source: r.source_text ?? slice(text, r.source_start, r.source_end),
      target_code: r.target_code,
      target: r.target_text ?? slice(text, r.target_start, r.target_end),
      trigger: slice(text, r.trigger_start, r.trigger_end),
      sentence: slice(text, r.sentence_start, r.sentence_end),
      cluster: r.cluster,
      num_mentions: r.num_mentions,
      num_articles: r.num_articles,
      num_sources: r.num_sources,
      article_source: r.article_source,
      url: r.url,
      ...keyColumn(options.page, options.oldestFirst ? [r.seq] : [r.day, r.seq]),
      ...(options.detail
        ? {
            source_country: r.source_country,
            source_sector: r.source_sector,
            target_country: r.target_country,
            target_sector: r.target_sector,
            sentence_idx: r.sentence_idx,
            location: r.location,
            geo: geoOfExtra(r.extra),
            title: r.title,
            ingested_at: r.ingested_at,
          }
        : {}),
    };
  });
}

/** The event's places (Event.geo) as JSON, which the row keeps in its `extra`; null when it has none. */
function geoOfExtra(extra: string | null): string | null {
  if (!extra) return null;
  const geo = (JSON.parse(extra) as { geo?: unknown }).geo;
  return geo ? JSON.stringify(geo) : null;
}

/** Quotes with speaker and content, newest first. */
export async function queryQuotes(db: DB, f: Filters, page?: Page): Promise<QueryRow[]> {
  const rows = await db
    .selectFrom('quotes')
    .innerJoin('articles', 'articles.seq', 'quotes.article')
    .leftJoin('entities as speaker', (join) =>
      join.onRef('speaker.article', '=', 'quotes.article').onRef('speaker.id', '=', 'quotes.speaker_entity'),
    )
    .select([
      'quotes.article',
      'quotes.seq',
      'articles.ext_id as article_id',
      'quotes.id as quote_id',
      'articles.day',
      'quotes.date',
      'quotes.type',
      'speaker.name as speaker_name',
      'speaker.country as speaker_country',
      'speaker.actor_code as speaker_code',
      'quotes.speaker_start',
      'quotes.speaker_end',
      'quotes.cue_start',
      'quotes.cue_end',
      'quotes.content_start',
      'quotes.content_end',
      'articles.source as article_source',
    ])
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (f.speaker) {
        // A speaker without an entity is matched on its mention. SQL substr counts code points, not UTF-16 units:
        // the two differ only after a character outside the BMP (an emoji) earlier in the article.
        const mention = sql<string>`substr(${sql.ref('articles.text')}, ${sql.ref('quotes.speaker_start')} + 1, ${sql.ref('quotes.speaker_end')} - ${sql.ref('quotes.speaker_start')})`;
        all.push(eb(eb.fn('lower', [eb.fn.coalesce('speaker.name', mention)]), 'like', `%${f.speaker.toLowerCase()}%`));
      }
      if (f.country) all.push(eb('speaker.country', '=', f.country));
      if (f.actor) all.push(eb('speaker.actor_code', 'like', `${codePrefix(f.actor)}%`));
      const voice = voiceFilter(eb, f.voice);
      if (voice) all.push(voice);
      if (f.since) all.push(eb('articles.day', '>=', f.since));
      if (f.until) all.push(eb('articles.day', '<=', f.until));
      if (f.source) all.push(eb('articles.source', '=', f.source));
      if (f.text) all.push(eb('quotes.seq', 'in', quoteMatches(f.text, isPostgres(db))));
      return eb.and(all);
    })
    .$if(page?.after !== undefined, (q) => q.where(afterDayAndSeq('articles.day', 'quotes.seq', page!.after!)))
    .orderBy('articles.day', 'desc')
    .orderBy('quotes.seq')
    .$if(f.limit !== undefined, (q) => q.limit(f.limit!))
    .execute();
  const texts = await articleTexts(
    db,
    rows.map((r) => r.article),
  );
  return rows.map((r) => {
    const text = texts.get(r.article);
    return {
      article_id: r.article_id,
      quote_id: r.quote_id,
      day: r.day,
      date: r.date,
      type: r.type,
      speaker: r.speaker_name ?? slice(text, r.speaker_start, r.speaker_end),
      speaker_code: r.speaker_code,
      cue: slice(text, r.cue_start, r.cue_end),
      content: slice(text, r.content_start, r.content_end),
      article_source: r.article_source,
      ...keyColumn(page, [r.day, r.seq]),
    };
  });
}

/** Entities across articles: one row per (name, type), with how many articles and mentions. */
export async function queryEntities(db: DB, f: Filters, page?: Page): Promise<QueryRow[]> {
  const rows = await db
    .selectFrom('entities')
    .innerJoin('articles', 'articles.seq', 'entities.article')
    .select((eb) => [
      'entities.name',
      'entities.type',
      eb.fn.max('entities.country').as('country'),
      eb.fn.max('entities.actor_code').as('actor_code'),
      eb.fn.count<number>('entities.article').distinct().as('articles'),
      eb.fn.min('articles.day').as('first_day'),
      eb.fn.max('articles.day').as('last_day'),
    ])
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (f.type) all.push(eb('entities.type', '=', f.type.toUpperCase()));
      if (f.country) all.push(eb('entities.country', '=', f.country));
      if (f.actor) all.push(eb('entities.actor_code', 'like', `${codePrefix(f.actor)}%`));
      if (f.text) all.push(eb(eb.fn('lower', ['entities.name']), 'like', `%${f.text.toLowerCase()}%`));
      if (f.since) all.push(eb('articles.day', '>=', f.since));
      if (f.until) all.push(eb('articles.day', '<=', f.until));
      return eb.and(all);
    })
    .groupBy(['entities.name', 'entities.type'])
    .$if(page?.after !== undefined, (q) => {
      // An entity's article count can grow between two pages and move it across the cursor (see src/api/README.md).
      const [n, name, type] = page!.after!;
      const count = sql`count(distinct ${sql.ref('entities.article')})`;
      return q.having(
        sql<SqlBool>`(${count} < ${n} or (${count} = ${n} and (${sql.ref('entities.name')} > ${name} or (${sql.ref('entities.name')} = ${name} and ${sql.ref('entities.type')} > ${type}))))`,
      );
    })
    .orderBy('articles', 'desc')
    .orderBy('entities.name')
    .orderBy('entities.type')
    .$if(f.limit !== undefined, (q) => q.limit(f.limit!))
    .execute();
  return rows.map(
    (r) =>
      ({ ...r, articles: Number(r.articles), ...keyColumn(page, [Number(r.articles), r.name, r.type]) }) as QueryRow,
  );
}

/** Articles with their counts and the earlier article each nearly repeats. */
export async function queryArticles(db: DB, f: Filters, page?: Page): Promise<QueryRow[]> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [
      'articles.seq',
      'articles.id',
      'articles.ext_id',
      'articles.day',
      'articles.source',
      'articles.title',
      'articles.url',
      'articles.chars',
      'articles.analyzer_version',
      eb
        .selectFrom('events')
        .select((sb) => sb.fn.countAll<number>().as('n'))
        .whereRef('events.article', '=', 'articles.seq')
        .as('events'),
      eb
        .selectFrom('quotes')
        .select((sb) => sb.fn.countAll<number>().as('n'))
        .whereRef('quotes.article', '=', 'articles.seq')
        .as('quotes'),
      eb
        .selectFrom('near_duplicates')
        .innerJoin('articles as other', 'other.seq', 'near_duplicates.other')
        .select('other.ext_id')
        .whereRef('near_duplicates.article', '=', 'articles.seq')
        .orderBy('near_duplicates.similarity', 'desc')
        .limit(1)
        .as('near_duplicate_of'),
    ])
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (f.since) all.push(eb('articles.day', '>=', f.since));
      if (f.until) all.push(eb('articles.day', '<=', f.until));
      if (f.source) all.push(eb('articles.source', '=', f.source));
      if (f.text) all.push(eb('articles.seq', 'in', titleMatches(f.text, isPostgres(db))));
      return eb.and(all);
    })
    .$if(page?.after !== undefined, (q) => q.where(afterDayAndSeq('articles.day', 'articles.seq', page!.after!)))
    .orderBy('articles.day', 'desc')
    .orderBy('articles.seq')
    .$if(f.limit !== undefined, (q) => q.limit(f.limit!))
    .execute();
  return rows.map(
    ({ seq, ...r }) =>
      ({ ...r, events: Number(r.events), quotes: Number(r.quotes), ...keyColumn(page, [r.day, seq]) }) as QueryRow,
  );
}

/**
 * Actor codes of the events (either side) with how often each acts and is acted on, most reports first, then by code.
 * Event filters apply to the events counted.
 */
export async function queryActors(db: DB, f: Filters, page?: Page): Promise<QueryRow[]> {
  const side = (
    code: 'events.source_code' | 'events.target_code',
    country: 'events.source_country' | 'events.target_country',
    sector: 'events.source_sector' | 'events.target_sector',
  ) =>
    db
      .selectFrom('events')
      .select((eb) => [
        eb.ref(code).as('code'),
        eb.fn.max(country).as('country'),
        eb.fn.max(sector).as('sector'),
        eb.fn.countAll<number>().as('reports'),
        eb.fn.min('events.day').as('first_day'),
        eb.fn.max('events.day').as('last_day'),
      ])
      .where(code, 'is not', null)
      .where(eventFilters({ ...f, actor: undefined, target: undefined }, isPostgres(db)))
      .$if(!!f.actor, (q) => q.where(code, 'like', `${codePrefix(f.actor)}%`))
      .groupBy(code)
      .execute();
  const actors = new Map<
    string,
    {
      code: string;
      country: string | null;
      sector: string | null;
      as_source: number;
      as_target: number;
      first_day: string;
      last_day: string;
    }
  >();
  for (const [rows, which] of [
    [await side('events.source_code', 'events.source_country', 'events.source_sector'), 'as_source'],
    [await side('events.target_code', 'events.target_country', 'events.target_sector'), 'as_target'],
  ] as const) {
    for (const r of rows) {
      const code = r.code as string;
      const a = actors.get(code) ?? {
        code,
        country: r.country,
        sector: r.sector,
        as_source: 0,
        as_target: 0,
        first_day: r.first_day,
        last_day: r.last_day,
      };
      a[which] += Number(r.reports);
      if (r.first_day < a.first_day) a.first_day = r.first_day;
      if (r.last_day > a.last_day) a.last_day = r.last_day;
      a.country ??= r.country;
      a.sector ??= r.sector;
      actors.set(code, a);
    }
  }
  const after = page?.after;
  return [...actors.values()]
    .map((a) => ({ ...a, reports: a.as_source + a.as_target }))
    .sort((x, y) => y.reports - x.reports || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
    .filter(
      (a) => !after || a.reports < Number(after[0]) || (a.reports === Number(after[0]) && a.code > String(after[1])),
    )
    .slice(0, f.limit ?? Infinity)
    .map((a) => ({
      code: a.code,
      country: a.country,
      sector: a.sector,
      reports: a.reports,
      as_source: a.as_source,
      as_target: a.as_target,
      first_day: a.first_day,
      last_day: a.last_day,
      ...keyColumn(page, [a.reports, a.code]),
    }));
}

/** Articles added or re-analyzed after change `after` (the change log of migration 0004), oldest change first. */
export async function queryChanges(db: DB, after: number, limit: number): Promise<QueryRow[]> {
  return db
    .selectFrom('changes')
    .innerJoin('articles', 'articles.seq', 'changes.article')
    .select([
      'changes.seq as change',
      'changes.kind',
      'changes.at',
      'changes.analyzer_version',
      'articles.id',
      'articles.ext_id',
      'articles.day',
      'articles.source',
      'articles.title',
    ])
    .where('changes.seq', '>', after)
    .orderBy('changes.seq')
    .limit(limit)
    .execute();
}
