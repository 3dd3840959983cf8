/**
 * Exports of the stored events: GDELT 2.0 event table rows (one per event cluster, the 61 columns of GDELT's
 * codebook in order, blank where Parley has no value), PLOVER/POLECAT-style JSON records (one per report), and the
 * event rows of `query events` as CSV or JSON lines.
 */
import type { Kysely } from 'kysely';
import type { StoreSchema } from './tables.js';
import { queryEvents, type Filters, type QueryRow } from './query.js';
import type { Event, Geo } from '../model/schema.js';
import { gazetteer } from '../places/gazetteer.js';

/** The GDELT 2.0 event table's columns, in codebook order. */
export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

type DB = Kysely<StoreSchema>;

/** Event rows with what the exports need beyond `query events`, oldest report first. */
async function exportRows(db: DB, filters: Filters): Promise<QueryRow[]> {
  return queryEvents(db, filters, { oldestFirst: true, detail: true });
}

function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

/** GDELT's FractionDate: the year plus the day of the year over 365, to four decimals. */
function fractionDate(day: string): string {
  const y = Number(day.slice(0, 4));
  const dayOfYear =
    (Date.UTC(y, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + dayOfYear / 365).toFixed(4);
}

/** A GDELT field: no tabs or line breaks inside (the table has no quoting). */
function field(v: string | number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}

type EventGeo = NonNullable<Event['geo']>;

/**
 * GDELT's geography columns of a place: type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), full
 * name, FIPS 10-4 country, ADM1 (FIPS country + GeoNames ADM1 code, which is FIPS-based for most countries), point.
 */
function geoColumns(
  prefix: 'Actor1' | 'Actor2' | 'ActionGeo',
  geo: Geo | null | undefined,
): Partial<Record<GdeltColumn, string | number>> {
  if (!geo) return {};
  const p = prefix === 'ActionGeo' ? 'ActionGeo' : `${prefix}Geo`;
  const country = gazetteer().countryByIso3(geo.country);
  const us = geo.country === 'USA';
  const type = geo.type === 'country' ? 1 : geo.type === 'adm1' ? (us ? 2 : 5) : us ? 3 : 4;
  const fips = country?.fips ?? '';
  return {
    [`${p}_Type`]: type,
    [`${p}_FullName`]: geo.fullName,
    [`${p}_CountryCode`]: fips,
    [`${p}_ADM1Code`]: geo.adm1 ? fips + geo.adm1.slice(geo.adm1.indexOf('.') + 1) : fips,
    [`${p}_Lat`]: geo.lat,
    [`${p}_Long`]: geo.lon,
  } as Partial<Record<GdeltColumn, string | number>>;
}

/** GDELT 2.0 event table rows: one per event cluster (its first report stands for it), as tab-separated lines. */
export async function* gdeltLines(db: DB, filters: Filters): AsyncGenerator<string> {
  const seen = new Set<number>();
  for (const r of await exportRows(db, filters)) {
    const line = gdeltLine(r, seen);
    if (line !== undefined) yield line;
  }
}

/**
 * One GDELT event table line for an event row of queryEvents (detail), or undefined when `seen` has its cluster
 * already (the clusters written are added to it).
 */
export function gdeltLine(r: QueryRow, seen: Set<number>): string | undefined {
  const cluster = r.cluster as number | null;
  if (cluster !== null) {
    if (seen.has(cluster)) return undefined;
    seen.add(cluster);
  }
  const day = r.day as string;
  const geo = typeof r.geo === 'string' ? (JSON.parse(r.geo) as EventGeo) : null;
  const cameo = r.cameo as string;
  const values: Partial<Record<GdeltColumn, string | number | null>> = {
    GlobalEventID: cluster ?? `${r.article_id}:${r.event_id}`,
    Day: compactDay(day),
    MonthYear: compactDay(day).slice(0, 6),
    Year: day.slice(0, 4),
    FractionDate: fractionDate(day),
    Actor1Code: r.source_code,
    Actor1Name: r.source === null ? null : String(r.source).toUpperCase(),
    Actor1CountryCode: r.source_country,
    Actor1Type1Code: r.source_sector,
    Actor2Code: r.target_code,
    Actor2Name: r.target === null ? null : String(r.target).toUpperCase(),
    Actor2CountryCode: r.target_country,
    Actor2Type1Code: r.target_sector,
    // GDELT marks events from the lead paragraph; Parley's nearest fact is the first sentence.
    IsRootEvent: r.sentence_idx === 0 ? 1 : 0,
    EventCode: cameo,
    EventBaseCode: cameo.slice(0, 3),
    EventRootCode: cameo.slice(0, 2),
    QuadClass: r.quad_class,
    GoldsteinScale: r.goldstein,
    NumMentions: r.num_mentions ?? 1,
    NumSources: r.num_sources ?? 1,
    NumArticles: r.num_articles ?? 1,
    ...geoColumns('Actor1', geo?.source),
    ...geoColumns('Actor2', geo?.target),
    ...geoColumns('ActionGeo', geo?.action),
    DATEADDED: String(r.ingested_at).replace(/[-:T]/g, '').slice(0, 14),
    SOURCEURL: r.url ?? r.article_source,
  };
  return GDELT_COLUMNS.map((c) => field(values[c])).join('\t') + '\n';
}

/** PLOVER/POLECAT-style records, one per report, as JSON lines. */
export async function* ploverLines(db: DB, filters: Filters): AsyncGenerator<string> {
  for (const r of await exportRows(db, filters)) yield JSON.stringify(ploverRecord(r)) + '\n';
}

/** The PLOVER/POLECAT-style record of an event row of queryEvents (detail). */
export function ploverRecord(r: QueryRow): Record<string, unknown> {
  return {
    event_id: `${r.article_id}:${r.event_id}`,
    event_date: r.date,
    event_type: r.plover,
    event_mode: r.modality,
    cameo: r.cameo,
    quad_class: r.quad_class,
    goldstein: r.goldstein,
    actor: { name: r.source, code: r.source_code, country: r.source_country, sector: r.source_sector },
    recipient: { name: r.target, code: r.target_code, country: r.target_country, sector: r.target_sector },
    location: r.location,
    trigger: r.trigger,
    sentence: r.sentence,
    story_id: r.article_id,
    story_date: r.day,
    headline: r.title,
    publisher: r.article_source,
    url: r.url,
    cluster: r.cluster,
    num_mentions: r.num_mentions,
    num_articles: r.num_articles,
    num_sources: r.num_sources,
  };
}

/** The rows of `query events`, oldest first, for CSV or JSON lines. */
export async function eventRows(db: DB, filters: Filters): Promise<QueryRow[]> {
  return queryEvents(db, filters, { oldestFirst: true });
}
