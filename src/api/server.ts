/**
 * `parley serve`: the store over HTTP (fastify 5). Every route validates its input with a JSON schema (the same
 * schemas make /openapi.json); errors are one JSON object naming the field, never a stack trace; write routes need
 * the bearer token when one is set, and a token must be set to listen beyond loopback.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { Ajv } from 'ajv';
import type { Store } from '../store/store.js';
import { CursorError } from './cursor.js';
import { registerReadRoutes } from './routes-read.js';
import { registerWriteRoutes } from './routes-write.js';
import { registerAlertRoutes } from './routes-alerts.js';
import { registerExploreRoutes } from './routes-explore.js';
import { registerExportRoutes } from './routes-export.js';
import { registerWebRoutes } from '../web/pages.js';
import { errorSchema } from './schemas.js';

export interface ServerOptions {
  store: Store;
  /** The address it will listen on: decides whether a token is required. */
  host: string;
  /** PARLEY_TOKEN: write routes need `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Request log (pino, JSON lines) destination; false for none. */
  log?: NodeJS.WritableStream | false;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimit?: number;
  /** An origin allowed by CORS; CORS is off without one. */
  corsOrigin?: string;
}

export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT = 1200;
/** Longest time to receive a whole request. */
const REQUEST_TIMEOUT_MS = 30_000;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Why the server may not start with these options, or undefined. */
export function startProblem(host: string, token: string | undefined): string | undefined {
  if (!isLoopback(host) && !token)
    return `listening on ${host} (beyond loopback) needs PARLEY_TOKEN set: write routes would be open to the network`;
  return undefined;
}

/** Query strings arrive as text: their numbers are coerced. Bodies are JSON:
 * a wrong type is an error, never coerced. */
const queryAjv = new Ajv({
  coerceTypes: 'array',
  useDefaults: true,
  removeAdditional: false,
  allErrors: false,
  strict: false,
});
const bodyAjv = new Ajv({
  coerceTypes: false,
  useDefaults: true,
  removeAdditional: false,
  allErrors: false,
  strict: false,
});

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const problem = startProblem(options.host, options.token);
  if (problem) throw new Error(problem);
  const app = Fastify({
    logger: options.log === false || options.log === undefined ? false : { level: 'info', stream: options.log },
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionTimeout: REQUEST_TIMEOUT_MS * 2,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema));

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.validation) {
      const first = err.validation[0];
      const where = `${err.validationContext ?? 'request'}${first.instancePath ?? ''}`;
      const extra = (first.params as { additionalProperty?: string }).additionalProperty;
      return reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: `${where} ${first.message}${extra ? `: "${extra}"` : ''}`,
      });
    }
    if (err instanceof CursorError)
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: err.message });
    const status = err.statusCode ?? 500;
    if (status < 500)
      return reply.code(status).send({ statusCode: status, error: httpError(status), message: err.message });
    request.log.error({ err }, 'request failed');
    return reply
      .code(500)
      .send({ statusCode: 500, error: 'Internal Server Error', message: 'internal error (logged by the server)' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      statusCode: 404,
      error: 'Not Found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );

  if (options.corsOrigin) await app.register((await import('@fastify/cors')).default, { origin: options.corsOrigin });
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (rateLimit > 0)
    await app.register((await import('@fastify/rate-limit')).default, { max: rateLimit, timeWindow: 60_000 });

  await app.register((await import('@fastify/swagger')).default, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Parley',
        description: 'Who said what, who did what to whom, and when: the Parley store over HTTP.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register((await import('@fastify/swagger-ui')).default, { routePrefix: '/docs' });

  const requireToken = (request: FastifyRequest): string | undefined => {
    if (!options.token) return undefined;
    const header = request.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    const wanted = Buffer.from(options.token);
    return given.length === wanted.length && timingSafeEqual(given, wanted)
      ? undefined
      : 'this route needs Authorization: Bearer $PARLEY_TOKEN';
  };

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/health',
    {
      schema: {
        summary: 'the server is up and its store answers',
        response: {
          200: { type: 'object', properties: { status: { type: 'string' }, articles: { type: 'integer' } } },
          500: errorSchema,
        },
      },
    },
    async () => {
      const r = await options.store.db
        .selectFrom('articles')
        .select((eb) => eb.fn.max('seq').as('n'))
        .executeTakeFirst();
      return { status: 'ok', articles: Number(r?.n ?? 0) };
    },
  );
  registerReadRoutes(app, options.store);
  registerWriteRoutes(app, options.store, requireToken);
  registerAlertRoutes(app, options.store);
  registerExploreRoutes(app, options.store);
  registerExportRoutes(app, options.store);
  registerWebRoutes(app);
  return app;
}

function httpError(status: number): string {
  return (
    {
      400: 'Bad Request',
      401: 'Unauthorized',
      404: 'Not Found',
      405: 'Method Not Allowed',
      413: 'Payload Too Large',
      415: 'Unsupported Media Type',
      422: 'Unprocessable Entity',
      429: 'Too Many Requests',
    }[status] ?? 'Error'
  );
}
