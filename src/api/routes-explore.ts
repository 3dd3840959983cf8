/**
 * Routes the dashboard (src/web) reads beside the lists: events sorted by a column with offset pages and a total,
 * the actor network, quote search with an addressee, actor search. Through src/store/query-explore.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { EVENT_SORTS, queryEventTable, queryNetwork, searchActors, searchQuotes } from '../store/query-explore.js';
import { errorResponses, filterProperties, filtersOf, rowsPage, type FilterQuery } from './schemas.js';

const EVENT_FILTERS = ['actor', 'target', 'dyad', 'country', 'type', 'code', 'quad', 'since', 'until', 'text'] as const;
const pick = (names: readonly (keyof typeof filterProperties)[]) =>
  Object.fromEntries(names.map((n) => [n, filterProperties[n]]));
const MAX_OFFSET = 1_000_000;
const offset = { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'rows to skip' } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export function registerExploreRoutes(app: FastifyInstance, store: Store): void {
  app.get<{
    Querystring: FilterQuery & { sort: keyof typeof EVENT_SORTS; dir: 'asc' | 'desc'; offset: number; limit: number };
  }>(
    '/events/table',
    {
      schema: {
        summary: 'events (reports) sorted by a column, a page at an offset, with the total that match',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...pick(EVENT_FILTERS),
            sort: { type: 'string', enum: Object.keys(EVENT_SORTS), default: 'day' },
            dir: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
            offset,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
        response: {
          200: { type: 'object', properties: { total: { type: 'integer' }, items: rowsPage.properties.items } },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { sort, dir, offset, limit } = request.query;
      return queryEventTable(store.db, filtersOf(request.query), { sort, dir, offset, limit });
    },
  );

  app.get<{ Querystring: FilterQuery & { level: 'country' | 'actor'; limit: number } }>(
    '/network',
    {
      schema: {
        summary:
          'the actor network: one edge per pair of countries (or actor codes) with reports, events and mean Goldstein',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...pick(['actor', 'target', 'country', 'type', 'code', 'quad', 'since', 'until', 'text']),
            level: { type: 'string', enum: ['country', 'actor'], default: 'country' },
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 60, description: 'the busiest edges' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { nodes: { type: 'array', items: anyObject }, edges: { type: 'array', items: anyObject } },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => queryNetwork(store.db, filtersOf(request.query), request.query.level, request.query.limit),
  );

  app.get<{ Querystring: FilterQuery & { addressee?: string; offset: number; limit: number } }>(
    '/quotes/search',
    {
      schema: {
        summary: 'quotes by speaker, addressee, content words and date, newest first, with their article',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...pick(['speaker', 'text', 'since', 'until', 'voice']),
            addressee: { type: 'string', minLength: 1, maxLength: 200, description: 'addressee name contains this' },
            offset,
            limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
          },
        },
        response: { 200: rowsPage, ...errorResponses },
      },
    },
    async (request) => {
      const { addressee, offset, limit } = request.query;
      const items = await searchQuotes(store.db, { ...filtersOf(request.query), addressee, offset, limit: limit + 1 });
      return { items: items.slice(0, limit), next: items.length > limit ? String(offset + limit) : null };
    },
  );

  app.get<{ Querystring: { q: string; limit: number } }>(
    '/actors/search',
    {
      schema: {
        summary: 'actor codes starting with q, or whose entity name contains q, most reports first',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 100 },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        },
        response: { 200: rowsPage, ...errorResponses },
      },
    },
    async (request) => ({ items: await searchActors(store.db, request.query.q, request.query.limit), next: null }),
  );
}
