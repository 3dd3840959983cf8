/**
 * The read routes: the lists of `parley query` with cursor pages and the exports' formats, one article with its
 * analysis, the dyads and a dyad's series, the change log. All of it through the store's query functions.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import {
  queryActors,
  queryArticles,
  queryChanges,
  queryEntities,
  queryEvents,
  queryQuotes,
  type Filters,
  type Page,
  type QueryRow,
} from '../store/query.js';
import { queryDyadSeries, topDyads } from '../store/query-dyads.js';
import { gdeltLine, ploverRecord } from '../store/export.js';
import { contentId } from '../store/identity.js';
import { renderRows } from '../cli/table-output.js';
import { decodeCursor, encodeCursor, type KeyShape } from './cursor.js';
import {
  errorResponses,
  filterProperties,
  filtersOf,
  listQuery,
  MAX_PAGE,
  rowsPage,
  type FilterQuery,
} from './schemas.js';

type ListQuery = FilterQuery & { limit: number; cursor?: string; format: string };

interface Listing {
  path: string;
  summary: string;
  filters: (keyof typeof filterProperties)[];
  formats: readonly string[];
  /** The types of the listing's sort key (the cursor). */
  key: KeyShape;
  /** `detail`: the columns the GDELT and PLOVER formats need. */
  rows: (store: Store, filters: Filters, page: Page, detail: boolean) => Promise<QueryRow[]>;
}

const LISTINGS: Listing[] = [
  {
    path: '/events',
    summary:
      'events (reports), newest first; gdelt: one GDELT 2.0 row per event cluster on the page; plover: PLOVER JSON lines',
    filters: ['actor', 'target', 'dyad', 'country', 'type', 'code', 'quad', 'since', 'until', 'text'],
    formats: ['json', 'csv', 'gdelt', 'plover'],
    key: ['s', 'n'],
    rows: (store, f, page, detail) => queryEvents(store.db, f, { page, detail }),
  },
  {
    path: '/quotes',
    summary: 'quotes with speaker and content, newest first',
    filters: ['speaker', 'country', 'actor', 'since', 'until', 'source', 'text', 'voice'],
    formats: ['json', 'csv'],
    key: ['s', 'n'],
    rows: (store, f, page) => queryQuotes(store.db, f, page),
  },
  {
    path: '/entities',
    summary: 'entities across articles, one row per name and type, most articles first',
    filters: ['type', 'country', 'actor', 'text', 'since', 'until'],
    formats: ['json', 'csv'],
    key: ['n', 's', 's'],
    rows: (store, f, page) => queryEntities(store.db, f, page),
  },
  {
    path: '/actors',
    summary: 'actor codes of the events, with reports as source and as target, most reports first',
    filters: ['actor', 'country', 'type', 'code', 'quad', 'since', 'until'],
    formats: ['json', 'csv'],
    key: ['n', 's'],
    rows: (store, f, page) => queryActors(store.db, f, page),
  },
  {
    path: '/articles',
    summary: 'stored articles (search by title words, source, date), newest first',
    filters: ['since', 'until', 'source', 'text'],
    formats: ['json', 'csv'],
    key: ['s', 'n'],
    rows: (store, f, page) => queryArticles(store.db, f, page),
  },
];

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
};

export function registerReadRoutes(app: FastifyInstance, store: Store): void {
  for (const listing of LISTINGS) {
    app.get<{ Querystring: ListQuery }>(
      listing.path,
      {
        schema: {
          summary: listing.summary,
          querystring: listQuery(listing.formats, listing.filters),
          response: { 200: rowsPage, ...errorResponses },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, listing.key);
        // One row more than asked tells whether there is a next page.
        const rows = await listing.rows(
          store,
          { ...filtersOf(q), limit: q.limit + 1 },
          { after, keyed: true },
          q.format === 'gdelt' || q.format === 'plover',
        );
        const more = rows.length > q.limit;
        const page = rows.slice(0, q.limit);
        const next = more ? encodeCursor(JSON.parse(String(page[page.length - 1]._key))) : null;
        for (const r of page) delete r._key;
        return sendRows(reply, page, q.format, next);
      },
    );
  }

  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        summary:
          'one stored article (by content id or input id): its text and full analysis, spans as UTF-16 offsets into the text',
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 500 } },
          required: ['id'],
        },
        response: { 200: { type: 'object', additionalProperties: true }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const found = await store.article(request.params.id);
      const analysis = found && (await store.analysis(request.params.id));
      if (!found || !analysis)
        return reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `no stored article with id "${request.params.id}"` });
      const { article } = found;
      return { id: contentId(article), article, analysis };
    },
  );

  app.get<{ Querystring: FilterQuery & { limit: number; format: string } }>(
    '/dyads',
    {
      schema: {
        summary:
          'the most active country pairs (either direction) in a period, with events, reports and mean Goldstein',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...pick(['actor', 'target', 'country', 'type', 'code', 'quad', 'since', 'until']),
            limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 20 },
            format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        },
        response: { 200: rowsPage, ...errorResponses },
      },
    },
    async (request, reply) => {
      const rows = await topDyads(store.db, { ...filtersOf(request.query), limit: request.query.limit });
      return sendRows(reply, rows, request.query.format, null);
    },
  );

  app.get<{
    Params: { a: string; b: string };
    Querystring: FilterQuery & { interval: 'day' | 'week'; format: string };
  }>(
    '/dyads/:a/:b/series',
    {
      schema: {
        summary:
          'a dyad series: per day or week, events (clusters) and reports by quad class, Goldstein sum and mean, reports per 1,000 articles',
        params: {
          type: 'object',
          properties: {
            a: { type: 'string', pattern: '^[A-Za-z]{3}$' },
            b: { type: 'string', pattern: '^[A-Za-z]{3}$' },
          },
          required: ['a', 'b'],
        },
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            interval: { type: 'string', enum: ['day', 'week'], default: 'week' },
            ...pick(['actor', 'target', 'type', 'code', 'quad', 'since', 'until', 'text']),
            format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
          },
        },
        response: { 200: rowsPage, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { a, b } = request.params;
      const dyad: [string, string] = [a.toUpperCase(), b.toUpperCase()];
      const rows = await queryDyadSeries(store.db, { ...filtersOf(request.query), dyad }, request.query.interval);
      return sendRows(reply, rows, request.query.format, null);
    },
  );

  app.get<{ Querystring: { since?: string; limit: number } }>(
    '/changes',
    {
      schema: {
        summary:
          'articles added or re-analyzed after a cursor, oldest change first (for syncing a copy); poll again with `next`',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            since: {
              type: 'string',
              maxLength: 200,
              description: 'the `next` of the previous call; omitted: from the first change',
            },
            limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 100 },
          },
        },
        response: {
          200: { type: 'object', properties: { items: rowsPage.properties.items, next: { type: 'string' } } },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const since = request.query.since === undefined ? 0 : Number(decodeCursor(request.query.since, ['n'])[0]);
      const items = await queryChanges(store.db, since, request.query.limit);
      const last = items.length > 0 ? Number(items[items.length - 1].change) : since;
      return { items, next: encodeCursor([last]) };
    },
  );
}

function pick(names: (keyof typeof filterProperties)[]) {
  return Object.fromEntries(names.map((n) => [n, filterProperties[n]]));
}

function sendRows(reply: FastifyReply, rows: QueryRow[], format: string, next: string | null) {
  if (format === 'json') return reply.send({ items: rows, next });
  if (next) reply.header('X-Next-Cursor', next);
  reply.type(CONTENT_TYPES[format]);
  if (format === 'csv') return reply.send(renderRows(rows, 'csv'));
  if (format === 'plover') return reply.send(rows.map((r) => JSON.stringify(ploverRecord(r)) + '\n').join(''));
  const seen = new Set<number>();
  return reply.send(rows.map((r) => gdeltLine(r, seen) ?? '').join(''));
}
