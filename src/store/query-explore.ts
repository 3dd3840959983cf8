/**
 * Read queries for the dashboard (src/web): events sorted by any column with offset pages, the actor network, quote
 * search with an addressee, actor search. Kysely builders only, so the PostgreSQL store runs them too; texts are
 * sliced from the stored article in JavaScript (UTF-16 offsets, as everywhere in Parley).
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { StoreSchema } from './tables.js';
import {
  articleTexts,
  EVENT_ROW_COLUMNS,
  eventFilters,
  slice,
  voiceFilter,
  type Filters,
  type QueryRow,
} from './query.js';
import { isPostgres } from './dialect.js';
import { quoteMatches } from './search.js';

type DB = Kysely<StoreSchema>;

/** The columns the events table sorts on, by their name in the API. */
export const EVENT_SORTS = {
  day: 'events.day',
  goldstein: 'events.goldstein',
  quad: 'events.quad_class',
  cameo: 'events.cameo',
  source: 'events.source_code',
  target: 'events.target_code',
} as const;
export type EventSort = keyof typeof EVENT_SORTS;

export interface TablePage {
  sort: EventSort;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** One page of events in the order asked, and how many match in all. */
export async function queryEventTable(
  db: DB,
  f: Filters,
  page: TablePage,
): Promise<{ total: number; items: QueryRow[] }> {
  const count = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(eventFilters(f, isPostgres(db)))
    .executeTakeFirst();
  const rows = await db
    .selectFrom('events')
    .innerJoin('articles', 'articles.seq', 'events.article')
    .leftJoin('clusters', 'clusters.id', 'events.cluster')
    .select(EVENT_ROW_COLUMNS)
    .where(eventFilters(f, isPostgres(db)))
    .orderBy(EVENT_SORTS[page.sort], page.dir)
    .orderBy('events.seq', page.dir)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const texts = await articleTexts(
    db,
    rows.map((r) => r.article),
  );
  const items = rows.map((r) => {
    const text = texts.get(r.article);
    return {
      article_id: r.article_id,
      article_source: r.article_source,
      title: r.title,
      event_id: r.event_id,
      day: r.day,
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
      cluster: r.cluster,
      num_sources: r.num_sources,
    };
  });
  return { total: Number(count?.n ?? 0), items };
}

export interface NetworkEdge {
  a: string;
  b: string;
  a_country: string | null;
  b_country: string | null;
  reports: number;
  events: number;
  goldstein_mean: number;
}

/**
 * The actor network of the events that match: one undirected edge per pair of countries (or actor codes), with its
 * reports, event clusters and mean Goldstein; the `limit` busiest edges and the nodes they touch.
 */
export async function queryNetwork(
  db: DB,
  f: Filters,
  level: 'country' | 'actor',
  limit: number,
): Promise<{ nodes: { id: string; country: string | null; reports: number }[]; edges: NetworkEdge[] }> {
  const [src, tgt] =
    level === 'country'
      ? (['events.source_country', 'events.target_country'] as const)
      : (['events.source_code', 'events.target_code'] as const);
  const rows = await db
    .selectFrom('events')
    .select((eb) => [
      eb.ref(src).as('a'),
      eb.ref(tgt).as('b'),
      eb.fn.max('events.source_country').as('a_country'),
      eb.fn.max('events.target_country').as('b_country'),
      eb.fn.countAll<number>().as('reports'),
      eb.fn.count<number>('events.cluster').distinct().as('events'),
      eb.fn.sum<number>('events.goldstein').as('goldstein'),
    ])
    .where(src, 'is not', null)
    .where(tgt, 'is not', null)
    .whereRef(src, '!=', tgt)
    .where(eventFilters(f, isPostgres(db)))
    .groupBy([src, tgt])
    .execute();
  const pairs = new Map<string, NetworkEdge & { sum: number }>();
  for (const r of rows) {
    const [a, b] = [String(r.a), String(r.b)];
    const flip = a > b;
    const key = flip ? `${b}\t${a}` : `${a}\t${b}`;
    const e = pairs.get(key) ?? {
      a: flip ? b : a,
      b: flip ? a : b,
      a_country: (flip ? r.b_country : r.a_country) ?? null,
      b_country: (flip ? r.a_country : r.b_country) ?? null,
      reports: 0,
      events: 0,
      goldstein_mean: 0,
      sum: 0,
    };
    e.reports += Number(r.reports);
    e.events += Number(r.events);
    // Goldstein scores have one decimal: rounding each SQL sum drops the float noise of its summation order, which
    // differs between SQLite and PostgreSQL and could tip a mean at x.xx5 either way.
    e.sum += Math.round(Number(r.goldstein) * 1e6) / 1e6;
    pairs.set(key, e);
  }
  const edges = [...pairs.values()]
    .sort((x, y) => y.reports - x.reports || (x.a + x.b < y.a + y.b ? -1 : 1))
    .slice(0, limit)
    .map(({ sum, ...e }) => ({ ...e, goldstein_mean: Math.round((sum / e.reports) * 100) / 100 }));
  const nodes = new Map<string, { id: string; country: string | null; reports: number }>();
  for (const e of edges)
    for (const [id, country] of [
      [e.a, e.a_country],
      [e.b, e.b_country],
    ] as const) {
      const n = nodes.get(id) ?? { id, country, reports: 0 };
      n.reports += e.reports;
      nodes.set(id, n);
    }
  return { nodes: [...nodes.values()], edges };
}

export interface QuoteSearch extends Filters {
  /** Addressee name (entity name or mention), a case-insensitive substring. */
  addressee?: string;
  offset?: number;
}

/** Quotes by speaker, addressee, content words and date, newest first, with where they sit in their article. */
export async function searchQuotes(db: DB, f: QuoteSearch): Promise<QueryRow[]> {
  const mention = (start: 'quotes.speaker_start' | 'quotes.addressee_start', end: string) =>
    sql<string>`substr(${sql.ref('articles.text')}, ${sql.ref(start)} + 1, ${sql.ref(end)} - ${sql.ref(start)})`;
  const rows = await db
    .selectFrom('quotes')
    .innerJoin('articles', 'articles.seq', 'quotes.article')
    .leftJoin('entities as speaker', (join) =>
      join.onRef('speaker.article', '=', 'quotes.article').onRef('speaker.id', '=', 'quotes.speaker_entity'),
    )
    .leftJoin('entities as addressee', (join) =>
      join.onRef('addressee.article', '=', 'quotes.article').onRef('addressee.id', '=', 'quotes.addressee_entity'),
    )
    .select([
      'quotes.article',
      'articles.ext_id as article_id',
      'articles.title',
      'articles.source as article_source',
      'articles.day',
      'quotes.id as quote_id',
      'quotes.date',
      'quotes.type',
      'speaker.name as speaker_name',
      'speaker.actor_code as speaker_code',
      'addressee.name as addressee_name',
      'quotes.speaker_start',
      'quotes.speaker_end',
      'quotes.addressee_start',
      'quotes.addressee_end',
      'quotes.cue_start',
      'quotes.cue_end',
      'quotes.content_start',
      'quotes.content_end',
    ])
    .where((eb) => {
      const all: Expression<SqlBool>[] = [];
      if (f.speaker)
        all.push(
          eb(
            eb.fn('lower', [eb.fn.coalesce('speaker.name', mention('quotes.speaker_start', 'quotes.speaker_end'))]),
            'like',
            `%${f.speaker.toLowerCase()}%`,
          ),
        );
      if (f.addressee)
        all.push(
          eb(
            eb.fn('lower', [
              eb.fn.coalesce('addressee.name', mention('quotes.addressee_start', 'quotes.addressee_end')),
            ]),
            'like',
            `%${f.addressee.toLowerCase()}%`,
          ),
        );
      const voice = voiceFilter(eb, f.voice);
      if (voice) all.push(voice);
      if (f.since) all.push(eb('articles.day', '>=', f.since));
      if (f.until) all.push(eb('articles.day', '<=', f.until));
      if (f.text) all.push(eb('quotes.seq', 'in', quoteMatches(f.text, isPostgres(db))));
      return eb.and(all);
    })
    .orderBy('articles.day', 'desc')
    .orderBy('quotes.seq')
    .limit(f.limit ?? 50)
    .offset(f.offset ?? 0)
    .execute();
  const texts = await articleTexts(
    db,
    rows.map((r) => r.article),
  );
  return rows.map((r) => {
    const text = texts.get(r.article);
    return {
      article_id: r.article_id,
      title: r.title,
      article_source: r.article_source,
      day: r.day,
      quote_id: r.quote_id,
      date: r.date,
      type: r.type,
      speaker: r.speaker_name ?? slice(text, r.speaker_start, r.speaker_end),
      speaker_code: r.speaker_code,
      addressee: r.addressee_name ?? slice(text, r.addressee_start, r.addressee_end),
      cue: slice(text, r.cue_start, r.cue_end),
      content: slice(text, r.content_start, r.content_end),
    };
  });
}

/**
 * Actors whose code starts with the query, or whose entity name contains it (countries for a dyad: "Pakis" →
 * PAK), with how many event reports name each code.
 */
export async function searchActors(db: DB, q: string, limit: number): Promise<QueryRow[]> {
  const upper = q.toUpperCase();
  const found = new Map<string, { code: string; country: string | null; name: string | null; reports: number }>();
  for (const side of [
    ['events.source_code', 'events.source_country'],
    ['events.target_code', 'events.target_country'],
  ] as const) {
    const rows = await db
      .selectFrom('events')
      .select((eb) => [eb.ref(side[0]).as('code'), eb.fn.max(side[1]).as('country'), eb.fn.countAll<number>().as('n')])
      .where(side[0], '>=', upper)
      .where(side[0], '<', upper + '\x7f')
      .groupBy(side[0])
      .execute();
    for (const r of rows) {
      const code = String(r.code);
      const a = found.get(code) ?? { code, country: r.country ?? null, name: null, reports: 0 };
      a.reports += Number(r.n);
      found.set(code, a);
    }
  }
  const named = await db
    .selectFrom('entities')
    .select((eb) => [
      'entities.name',
      eb.fn.max('entities.actor_code').as('code'),
      eb.fn.max('entities.country').as('country'),
      eb.fn.count<number>('entities.article').as('n'),
    ])
    .where((eb) => eb(eb.fn('lower', ['entities.name']), 'like', `%${q.toLowerCase()}%`))
    .where('entities.actor_code', 'is not', null)
    .groupBy('entities.name')
    .orderBy('n', 'desc')
    .limit(limit)
    .execute();
  for (const r of named) {
    const code = String(r.code);
    const a = found.get(code) ?? { code, country: r.country ?? null, name: null, reports: 0 };
    a.name ??= r.name;
    found.set(code, a);
  }
  return [...found.values()]
    .sort((x, y) => y.reports - x.reports || (x.code < y.code ? -1 : 1))
    .slice(0, limit)
    .map((a) => ({ ...a }));
}
