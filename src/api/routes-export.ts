/**
 * GET /events/export: every event of a filter in one download (GDELT TSV, PLOVER JSON lines, CSV, JSON lines), the
 * same bytes `parley export` writes, streamed so that the dashboard's download is never cut at a page.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { eventRows, gdeltLines, ploverLines } from '../store/export.js';
import { renderRows } from '../cli/table-output.js';
import { errorResponses, filterProperties, filtersOf, type FilterQuery } from './schemas.js';

const EVENT_FILTERS = ['actor', 'target', 'dyad', 'country', 'type', 'code', 'quad', 'since', 'until', 'text'] as const;

const FORMATS = {
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', extension: 'gdelt.tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
} as const;
type ExportFormat = keyof typeof FORMATS;

export function registerExportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery & { format: ExportFormat } }>(
    '/events/export',
    {
      schema: {
        summary: 'all events of a filter as one file (what `parley export` writes): gdelt, plover, csv or jsonl',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            ...Object.fromEntries(EVENT_FILTERS.map((f) => [f, filterProperties[f]])),
            format: { type: 'string', enum: Object.keys(FORMATS), default: 'csv' },
          },
        },
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const filters = filtersOf(request.query);
      const body =
        format === 'gdelt'
          ? Readable.from(gdeltLines(store.db, filters))
          : format === 'plover'
            ? Readable.from(ploverLines(store.db, filters))
            : renderRows(await eventRows(store.db, filters), format);
      return reply
        .type(FORMATS[format].type)
        .header('content-disposition', `attachment; filename="events.${FORMATS[format].extension}"`)
        .send(body);
    },
  );
}
