/** GET /alerts: escalation and emerging-dyad alerts (src/alerts), with the evidence behind each. */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { findAlerts } from '../alerts/alerts.js';
import { DEFAULT_ALERT_PARAMETERS, type AlertParameters } from '../alerts/detect.js';
import { renderRows } from '../cli/table-output.js';
import { alertRow } from '../alerts/rows.js';
import { errorResponses, filterProperties } from './schemas.js';

type AlertQuery = Partial<AlertParameters> & { since?: string; until?: string; format: 'json' | 'csv' };

const d = DEFAULT_ALERT_PARAMETERS;

export const alertParameterSchema = {
  interval: { type: 'string', enum: ['day', 'week'], default: d.interval },
  baselineDays: {
    type: 'integer',
    minimum: 7,
    maximum: 366,
    default: d.baselineDays,
    description: 'days before an interval that make its baseline',
  },
  minClusters: {
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: d.minClusters,
    description: 'evidence guard: distinct event clusters in the interval',
  },
  minSources: {
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: d.minSources,
    description: 'evidence guard: independent sources (copies of a story not counted)',
  },
  ratio: {
    type: 'number',
    minimum: 1,
    maximum: 1000,
    default: d.ratio,
    description: 'intensity at least ratio × baseline',
  },
  minRise: {
    type: 'number',
    minimum: 0,
    maximum: 100000,
    default: d.minRise,
    description: 'intensity above baseline by at least this (Goldstein points)',
  },
  maxP: {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: 1,
    default: d.maxP,
    description: 'the cluster count at most this likely under the baseline rate',
  },
} as const;

export function registerAlertRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: AlertQuery }>(
    '/alerts',
    {
      schema: {
        summary:
          'dyads whose conflict intensity rose well above their own baseline (escalation), or that appear with conflict (emerging); see src/alerts/README.md',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            since: {
              ...filterProperties.since,
              description: 'first day of the intervals looked at (default: three intervals before until)',
            },
            until: { ...filterProperties.until, description: 'last day (default: the last day with an event)' },
            ...alertParameterSchema,
            format: {
              type: 'string',
              enum: ['json', 'csv'],
              default: 'json',
              description: 'csv: one row per alert, without the evidence',
            },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              since: { type: 'string' },
              until: { type: 'string' },
              parameters: { type: 'object', additionalProperties: true },
              alerts: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { since, until, format, ...rest } = request.query;
      const parameters: AlertParameters = { ...DEFAULT_ALERT_PARAMETERS, ...rest };
      const found = await findAlerts(store.db, parameters, { since, until });
      if (format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(renderRows(found.alerts.map(alertRow), 'csv'));
      return { ...found, parameters };
    },
  );
}
