/**
 * JSON schemas shared by the routes: the store's filters as query parameters, the article input, errors. Fastify
 * validates every request against them and @fastify/swagger builds /openapi.json from the same objects.
 */
import type { Filters } from '../store/query.js';
import { QUOTE_VOICES, type QuoteVoice } from '../store/quote-voice.js';

/** Most rows one page returns. */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 100;

const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;
const code = (description: string) => ({ type: 'string', pattern: '^[A-Za-z0-9]{1,32}$', description }) as const;
const words = (description: string) => ({ type: 'string', minLength: 1, maxLength: 200, description }) as const;

/** The filters of `parley query` (src/cli/query.ts), one query parameter each. */
export const filterProperties = {
  actor: code('source actor code prefix (USA, USAGOV); for quotes and entities: their actor code'),
  target: code('target actor code prefix'),
  dyad: {
    type: 'string',
    pattern: '^[A-Za-z]{3},[A-Za-z]{3}$',
    description: 'events between two countries, either direction (IND,PAK)',
  },
  country: {
    type: 'string',
    pattern: '^[A-Za-z]{3}$',
    description: "a country on either side (events), the speaker's (quotes), the entity's",
  },
  type: code('PLOVER type (ACCUSE) or CAMEO root (11); for entities: PERSON|ORG|GPE|LOC|NORP|MISC'),
  code: { type: 'string', pattern: '^\\d{1,4}$', description: 'CAMEO code prefix (112)' },
  quad: {
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
  },
  since: { ...day, description: 'from this day' },
  until: { ...day, description: 'to this day (inclusive)' },
  speaker: words('quotes by a speaker whose name contains this'),
  text: words('full-text: quote content (quotes), article titles (events, articles), names (entities)'),
  source: words('the publisher named by the article'),
  voice: {
    type: 'string',
    enum: QUOTE_VOICES,
    description: 'quotes: speech (the default) leaves out thoughts and an author\'s own "I"; all keeps them',
  },
} as const;

export const pageProperties = {
  limit: {
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE,
    default: DEFAULT_PAGE,
    description: `rows per page (at most ${MAX_PAGE})`,
  },
  cursor: { type: 'string', maxLength: 2000, description: 'the `next` of the previous page' },
} as const;

export function listQuery(formats: readonly string[], filters: readonly (keyof typeof filterProperties)[]) {
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...Object.fromEntries(filters.map((f) => [f, filterProperties[f]])),
      ...pageProperties,
      format: {
        type: 'string',
        enum: formats,
        default: 'json',
        description: 'json: {items, next}; other formats put the next cursor in the X-Next-Cursor header',
      },
    },
  } as const;
}

export type FilterQuery = Partial<Record<keyof typeof filterProperties, string | number>>;

/** Query parameters (validated) to the store's Filters. */
export function filtersOf(q: FilterQuery): Filters {
  const str = (v: string | number | undefined) => (v === undefined ? undefined : String(v));
  const dyad = str(q.dyad)?.toUpperCase().split(',') as [string, string] | undefined;
  return {
    actor: str(q.actor)?.toUpperCase(),
    target: str(q.target)?.toUpperCase(),
    dyad,
    country: str(q.country)?.toUpperCase(),
    type: str(q.type),
    code: str(q.code),
    quad: q.quad === undefined ? undefined : Number(q.quad),
    since: str(q.since),
    until: str(q.until),
    speaker: str(q.speaker),
    text: str(q.text),
    source: str(q.source),
    voice: str(q.voice) as QuoteVoice | undefined,
  };
}

export const errorSchema = {
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const rowsPage = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { type: 'object', additionalProperties: true } },
    next: { type: ['string', 'null'], description: 'cursor of the next page; null when this page is the last' },
  },
} as const;

/** One article as a request gives it: a record, or a wire-format text (`date YYYY-MM-DD` header, then the body). */
export const articleInput = {
  type: 'object',
  additionalProperties: false,
  properties: {
    wire: {
      type: 'string',
      minLength: 1,
      description:
        'wire format: `date YYYY-MM-DD` (and id/title/url/source) header lines, then the body; instead of text',
    },
    text: { type: 'string', minLength: 1 },
    date: {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'YYYY-MM-DD or an ISO timestamp; required with text',
    },
    id: { type: 'string', minLength: 1, maxLength: 500 },
    title: { type: 'string', maxLength: 2000 },
    url: { type: 'string', maxLength: 2000 },
    source: { type: 'string', maxLength: 500 },
  },
} as const;

export const errorResponses = {
  400: errorSchema,
  401: errorSchema,
  404: errorSchema,
  413: errorSchema,
  429: errorSchema,
} as const;
