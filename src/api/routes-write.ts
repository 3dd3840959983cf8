/**
 * The routes that take articles: POST /analyze (an Analysis back, nothing stored) and POST /articles (stored through
 * the ingest of `parley ingest`: skipped when stored already, failures recorded). Each article of a body is read by
 * the readers' own checks (src/read), so a bad one is named by its place in the body and its field.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Article } from '../model/doc.js';
import { analyze } from '../pipeline.js';
import { articleFromRecord, articleFromText, ReadError, type ReadOptions } from '../read/index.js';
import { ingest } from '../store/ingest.js';
import { contentId } from '../store/identity.js';
import type { FailureRecord, Store } from '../store/store.js';
import { articleInput, errorResponses } from './schemas.js';

/** Most articles in one POST /articles. */
export const MAX_BATCH = 100;

type ArticleInput = {
  wire?: string;
  text?: string;
  date?: string;
  id?: string;
  title?: string;
  url?: string;
  source?: string;
};

/** An Article from one input of a request body; `place` names it in errors (request#3). */
export function articleOf(input: ArticleInput, place: string): Article {
  if (input.wire !== undefined) {
    if (input.text !== undefined) throw new ReadError('give either wire or text, not both', place, undefined, 'text');
    return articleFromText(input.wire, place, { id: input.id });
  }
  if (input.text === undefined) throw new ReadError('missing: give text (with date) or wire', place, undefined, 'text');
  return articleFromRecord(input, { file: place });
}

/** Where the error is, for a client: the body path and the reader's reason. */
function describe(err: unknown): { field?: string; reason: string } {
  if (err instanceof ReadError) return { field: err.field, reason: err.message };
  return { reason: err instanceof Error ? err.message : String(err) };
}

const analysisResponse = { type: 'object', additionalProperties: true } as const;

export function registerWriteRoutes(
  app: FastifyInstance,
  store: Store,
  denied: (request: FastifyRequest) => string | undefined,
): void {
  const guard = async (request: FastifyRequest) => {
    const why = denied(request);
    if (why) throw Object.assign(new Error(why), { statusCode: 401 });
  };
  /** One ingest at a time: the store has one writer, and each request's outcome is then its own. */
  let writing: Promise<unknown> = Promise.resolve();

  app.post<{ Body: ArticleInput }>(
    '/analyze',
    {
      preHandler: guard,
      schema: {
        summary: 'analyze one article (text and date, or wire format): the Analysis, nothing stored',
        security: [{ bearer: [] }],
        body: articleInput,
        response: { 200: analysisResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      let article: Article;
      try {
        article = articleOf(request.body, 'body');
      } catch (err) {
        const { field, reason } = describe(err);
        return reply
          .code(400)
          .send({ statusCode: 400, error: 'Bad Request', message: field ? `body/${field}: ${reason}` : reason });
      }
      return analyze(article);
    },
  );

  app.post<{ Body: { articles: ArticleInput[] } }>(
    '/articles',
    {
      preHandler: guard,
      schema: {
        summary: `store articles (1 to ${MAX_BATCH}) through the ingest of \`parley ingest\`: ids, duplicates and failures back`,
        security: [{ bearer: [] }],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['articles'],
          properties: { articles: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: articleInput } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              added: { type: 'integer' },
              duplicates: { type: 'integer' },
              failures: { type: 'integer' },
              articles: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    index: { type: 'integer' },
                    status: { type: 'string', enum: ['added', 'duplicate', 'failed'] },
                    id: { type: 'string', description: 'content id (GET /articles/:id)' },
                    ext_id: { type: 'string' },
                    field: { type: 'string' },
                    reason: { type: 'string' },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const inputs = request.body.articles;
      const parsed: ({ article: Article; id: string } | { error: ReadError })[] = inputs.map((input, i) => {
        const place = `articles/${i}`;
        try {
          const article = articleOf(input, place);
          return { article, id: contentId(article) };
        } catch (err) {
          return { error: err instanceof ReadError ? err : new ReadError(describe(err).reason, place) };
        }
      });
      const run = writing.then(() => storeParsed(store, parsed));
      writing = run.catch(() => undefined);
      return run;
    },
  );
}

type Outcome = {
  index: number;
  status: 'added' | 'duplicate' | 'failed';
  id?: string;
  ext_id?: string;
  field?: string;
  reason?: string;
};

async function storeParsed(store: Store, parsed: ({ article: Article; id: string } | { error: ReadError })[]) {
  const ids = parsed.flatMap((p) => ('article' in p ? [p.id] : []));
  const storedBefore = await store.storedIds(ids);
  const analysisFailures = new Map<string, FailureRecord>();
  async function* read(_path: string, options: ReadOptions): AsyncGenerator<Article> {
    for (const p of parsed) {
      if ('error' in p) options.onError?.(p.error);
      else yield p.article;
    }
  }
  await ingest(store, {
    paths: ['POST /articles'],
    format: 'auto',
    mode: { kind: 'in-process' },
    read,
    onFailure: (f) => {
      if (f.articleId !== undefined) analysisFailures.set(f.articleId, f);
    },
  });
  const seen = new Set<string>();
  const articles: Outcome[] = parsed.map((p, index) => {
    if ('error' in p) return { index, status: 'failed', field: p.error.field, reason: p.error.message };
    const failure = analysisFailures.get(p.article.id);
    if (failure && !storedBefore.has(p.id))
      return { index, status: 'failed', id: p.id, ext_id: p.article.id, reason: failure.reason };
    const duplicate = storedBefore.has(p.id) || seen.has(p.id);
    seen.add(p.id);
    return { index, status: duplicate ? 'duplicate' : 'added', id: p.id, ext_id: p.article.id };
  });
  const count = (s: Outcome['status']) => articles.filter((a) => a.status === s).length;
  return { added: count('added'), duplicates: count('duplicate'), failures: count('failed'), articles };
}
