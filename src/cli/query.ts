/**
 * `parley query events|quotes|entities|articles|dyads [filters] [--format table|jsonl|csv]`: read the store.
 * A table on a terminal, JSON lines otherwise, unless --format says.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { withDbOption, openStore } from './store-options.js';
import { writeRows, type OutputFormat } from './table-output.js';
import type { Filters } from '../store/query.js';
import { QUOTE_VOICES, type QuoteVoice } from '../store/quote-voice.js';
import type { Interval } from '../store/query-dyads.js';

const KINDS = ['events', 'quotes', 'entities', 'articles', 'dyads'] as const;
type Kind = (typeof KINDS)[number];

/** The store's filters, as commander parses them, and the command's own options. */
interface QueryCliOptions extends Filters {
  db?: string;
  interval: string;
  format?: string;
}

const day = (name: string) => (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError(`${name} takes a day, YYYY-MM-DD.`);
  return value;
};

function parseDyad(value: string): [string, string] {
  const parts = value.split(',').map((s) => s.trim().toUpperCase());
  if (parts.length !== 2 || parts.some((p) => !/^[A-Z]{3}$/.test(p)))
    throw new InvalidArgumentError('two 3-letter country codes are expected, e.g. IND,PAK.');
  return [parts[0], parts[1]];
}

export function parseVoice(value: string): QuoteVoice {
  if (!(QUOTE_VOICES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`${QUOTE_VOICES.join(' or ')} is expected.`);
  return value as QuoteVoice;
}

function parseWhole(min: number, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`a whole number from ${min} to ${max} is expected.`);
    return n;
  };
}

/** Filters and output options shared by query and export. */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'source actor code prefix (USA, USAGOV); for quotes and entities: their actor code')
    .option('--target <code>', 'target actor code prefix')
    .option('--dyad <A,B>', 'events between two countries, either direction (IND,PAK)', parseDyad)
    .option(
      '--country <ISO3>',
      "a country on either side (events), the speaker's (quotes), the entity's",
      (v: string) => v.toUpperCase(),
    )
    .option('--type <type>', 'PLOVER type (ACCUSE) or CAMEO root (11); for entities: PERSON|ORG|GPE|LOC|NORP|MISC')
    .option('--code <cameo>', 'CAMEO code prefix (112)')
    .option(
      '--quad <1-4>',
      'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict',
      parseWhole(1, 4),
    )
    .option('--since <YYYY-MM-DD>', 'from this day', day('--since'))
    .option('--until <YYYY-MM-DD>', 'to this day (inclusive)', day('--until'))
    .option('--speaker <name>', 'quotes by a speaker whose name contains this')
    .option('--text <words>', 'full-text: quote content (quotes), article titles (events, articles), names (entities)')
    .option('--source <name>', 'the publisher named by the article')
    .option(
      '--voice <speech|all>',
      'quotes: speech (default), or all with thoughts and an author\'s own "I"',
      parseVoice,
    )
    .option('--limit <n>', 'at most n rows', parseWhole(1, Number.MAX_SAFE_INTEGER));
}

export function filtersOf(opts: QueryCliOptions): Filters {
  const { actor, target, dyad, country, type, code, quad, since, until, speaker, text, source, voice, limit } = opts;
  return { actor, target, dyad, country, type, code, quad, since, until, speaker, text, source, voice, limit };
}

export function registerQuery(program: Command): void {
  withFilterOptions(
    withDbOption(
      program.command('query').description('read the store: events, quotes, entities, articles, or a dyad series'),
    ),
  )
    .argument('<what>', KINDS.join('|'))
    .option('--interval <day|week>', 'dyads: one row per day or per week', 'week')
    .option('--format <format>', 'table | jsonl | csv (default: table on a terminal, jsonl otherwise)')
    .action(async (what: string, opts: QueryCliOptions) => {
      if (!(KINDS as readonly string[]).includes(what))
        throw new Error(`query what? ${KINDS.join(', ')} — not "${what}"`);
      const format = (opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl')) as OutputFormat;
      if (!['table', 'jsonl', 'csv'].includes(format))
        throw new Error(`--format must be table, jsonl or csv, not "${opts.format}"`);
      if (opts.interval !== 'day' && opts.interval !== 'week')
        throw new Error(`--interval must be day or week, not "${opts.interval}"`);
      const store = await openStore(opts.db);
      try {
        const rows = await runQuery(store.db, what as Kind, filtersOf(opts), opts.interval);
        await writeRows(rows, format);
      } finally {
        await store.close();
      }
    });
}

export async function runQuery(
  db: Parameters<typeof import('../store/query.js').queryEvents>[0],
  what: Kind,
  filters: Filters,
  interval: Interval,
) {
  const q = await import('../store/query.js');
  const dyads = await import('../store/query-dyads.js');
  const table = filters.limit === undefined && process.stdout.isTTY ? { ...filters, limit: 100 } : filters;
  switch (what) {
    case 'events':
      return q.queryEvents(db, table);
    case 'quotes':
      return q.queryQuotes(db, table);
    case 'entities':
      return q.queryEntities(db, table);
    case 'articles':
      return q.queryArticles(db, table);
    case 'dyads':
      return filters.dyad
        ? dyads.queryDyadSeries(db, { ...filters, dyad: filters.dyad }, interval)
        : dyads.topDyads(db, filters);
  }
}
