/**
 * The dyad queries: a country pair's series by day or week (from the dyad_days rollup, or the events when other
 * filters apply), the busiest dyads, and the conflict reports and first days that the alerts read.
 */
import { type Kysely } from 'kysely';
import type { StoreSchema } from './tables.js';
import { weekOf } from './identity.js';
import { isPostgres } from './dialect.js';
import { eventFilters, type Filters, type QueryRow } from './query.js';

type DB = Kysely<StoreSchema>;

export type Interval = 'day' | 'week';

/**
 * The dyad series: per interval, reports (event rows) and events (clusters) by quad class, Goldstein sum and mean,
 * and reports per 1,000 articles stored for that interval (so that a week with more news does not look worse).
 * Grouped by day in SQL; days fold into weeks here, the same on every database.
 */
export async function queryDyadSeries(
  db: DB,
  f: Filters & { dyad: [string, string] },
  interval: Interval,
): Promise<QueryRow[]> {
  const onlyRollupFilters =
    !f.actor && !f.target && !f.country && !f.type && !f.code && !f.text && !f.speaker && !f.source;
  return onlyRollupFilters ? dyadSeriesFromRollup(db, f, interval) : dyadSeriesFromEvents(db, f, interval);
}

interface Bucket {
  reports: number;
  events: number;
  quads: number[];
  goldstein: number;
  articles: number;
}

/** Per-day figures (from the rollup or the events) folded into intervals, with the articles of each interval. */
async function seriesOf(
  db: DB,
  /** Per day (a day may come more than once): reports by quad class, Goldstein sum, events. */
  days: { day: string; quads: number[]; goldstein: number; events: number }[],
  interval: Interval,
): Promise<QueryRow[]> {
  if (days.length === 0) return [];
  const sorted = days.map((d) => d.day).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const articlesByDay = await db
    .selectFrom('day_articles')
    .select(['day', 'articles'])
    .where('day', '>=', interval === 'week' ? weekOf(first) : first)
    .where('day', '<=', interval === 'week' ? addWeek(weekOf(last)) : last)
    .execute();
  const keyOf = (day: string) => (interval === 'week' ? weekOf(day) : day);
  const buckets = new Map<string, Bucket>();
  const bucket = (key: string): Bucket => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { reports: 0, events: 0, quads: [0, 0, 0, 0], goldstein: 0, articles: 0 }));
    return b;
  };
  for (const r of days) {
    const b = bucket(keyOf(r.day));
    for (let q = 0; q < 4; q++) {
      b.quads[q] += r.quads[q];
      b.reports += r.quads[q];
    }
    b.goldstein += r.goldstein;
    b.events += r.events;
  }
  for (const a of articlesByDay) {
    const b = buckets.get(keyOf(a.day));
    if (b) b.articles += Number(a.articles);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, b]) => ({
      [interval]: key,
      events: b.events,
      reports: b.reports,
      verbal_coop: b.quads[0],
      material_coop: b.quads[1],
      verbal_conflict: b.quads[2],
      material_conflict: b.quads[3],
      goldstein_sum: round(b.goldstein),
      goldstein_mean: round(b.goldstein / b.reports),
      articles: b.articles,
      reports_per_1000_articles: b.articles > 0 ? round((b.reports * 1000) / b.articles) : null,
    }));
}

/** The series from the dyad_days rollup: both directions' rows, a few per day. */
export async function dyadSeriesFromRollup(
  db: DB,
  f: Filters & { dyad: [string, string] },
  interval: Interval,
): Promise<QueryRow[]> {
  const [a, b] = f.dyad;
  const rows = await db
    .selectFrom('dyad_days')
    .select((eb) => [
      'day',
      ...([1, 2, 3, 4] as const).map((q) =>
        eb.fn.sum<number>(eb.case().when('quad_class', '=', q).then(eb.ref('reports')).else(0).end()).as(`q${q}`),
      ),
      eb.fn.sum<number>('goldstein_sum').as('goldstein'),
      eb.fn.sum<number>('events').as('events'),
    ])
    .where((eb) =>
      eb.and([
        eb.or([
          eb.and([eb('source_country', '=', a), eb('target_country', '=', b)]),
          eb.and([eb('source_country', '=', b), eb('target_country', '=', a)]),
        ]),
        ...(f.since ? [eb('day', '>=', f.since)] : []),
        ...(f.until ? [eb('day', '<=', f.until)] : []),
        ...(f.quad !== undefined ? [eb('quad_class', '=', f.quad)] : []),
      ]),
    )
    .groupBy('day')
    .execute();
  return seriesOf(
    db,
    rows.map((r) => ({
      day: r.day,
      quads: [r.q1, r.q2, r.q3, r.q4].map(Number),
      goldstein: Number(r.goldstein),
      events: Number(r.events),
    })),
    interval,
  );
}

/** The series from the events themselves, for filters the rollup does not keep (actor codes, event types ...). */
export async function dyadSeriesFromEvents(
  db: DB,
  f: Filters & { dyad: [string, string] },
  interval: Interval,
): Promise<QueryRow[]> {
  const byDay = await db
    .selectFrom('events')
    .select((eb) => [
      'events.day',
      'events.quad_class',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.sum<number>('events.goldstein').as('goldstein'),
    ])
    .where(eventFilters(f, isPostgres(db)))
    .groupBy(['events.day', 'events.quad_class'])
    .orderBy('events.day')
    .execute();
  // A cluster counts once, on its first day among the matching reports.
  const clusterDays = await db
    .selectFrom('events')
    .select((eb) => ['events.cluster', eb.fn.min<string>('events.day').as('day')])
    .where(eventFilters(f, isPostgres(db)))
    .groupBy('events.cluster')
    .execute();
  const days = byDay.map((r) => ({
    day: r.day,
    quads: [1, 2, 3, 4].map((q) => (q === r.quad_class ? Number(r.reports) : 0)),
    goldstein: Number(r.goldstein),
    events: 0,
  }));
  for (const c of clusterDays) days.push({ day: c.day, quads: [0, 0, 0, 0], goldstein: 0, events: 1 });
  return seriesOf(db, days, interval);
}

function addWeek(monday: string): string {
  const d = new Date(`${monday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The dyads with the most reports (country pairs, either direction, first code alphabetically first). */
export async function topDyads(db: DB, f: Filters): Promise<QueryRow[]> {
  const rows = await db
    .selectFrom('events')
    .select((eb) => [
      'events.source_country',
      'events.target_country',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.count<number>('events.cluster').distinct().as('events'),
      eb.fn.sum<number>('events.goldstein').as('goldstein'),
    ])
    .where('events.source_country', 'is not', null)
    .where('events.target_country', 'is not', null)
    .whereRef('events.source_country', '!=', 'events.target_country')
    .where(eventFilters(f, isPostgres(db)))
    .groupBy(['events.source_country', 'events.target_country'])
    .execute();
  const pairs = new Map<string, { reports: number; events: number; goldstein: number }>();
  for (const r of rows) {
    const key = [r.source_country, r.target_country].sort().join(',');
    const p = pairs.get(key) ?? { reports: 0, events: 0, goldstein: 0 };
    p.reports += Number(r.reports);
    p.events += Number(r.events);
    p.goldstein += Number(r.goldstein);
    pairs.set(key, p);
  }
  return [...pairs.entries()]
    .sort((a, b) => b[1].reports - a[1].reports)
    .slice(0, f.limit ?? 20)
    .map(([dyad, p]) => ({
      dyad,
      events: p.events,
      reports: p.reports,
      goldstein_mean: round(p.goldstein / p.reports),
    }));
}

/** One report of a conflict event (quad class 3 or 4) between two countries, with what an alert needs to weigh it. */
export interface ConflictReport {
  cluster: number;
  /** The cluster's first day (all its reports). */
  first_day: string;
  source_country: string;
  target_country: string;
  quad_class: number;
  goldstein: number;
  cameo: string;
  day: string;
  event_id: string;
  article_id: string;
  /** The publisher, or null when the article names none. */
  source: string | null;
  /** True when the article nearly repeats an earlier stored one (a copy of a wire story). */
  copy: boolean;
}

/**
 * Every report of the conflict clusters (quad class 3 and 4) between two different countries whose first day falls
 * in [since, until], for the escalation alerts.
 */
export async function queryConflictReports(db: DB, since: string, until: string): Promise<ConflictReport[]> {
  const rows = await db
    .selectFrom('clusters')
    .innerJoin('events', 'events.cluster', 'clusters.id')
    .innerJoin('articles', 'articles.seq', 'events.article')
    .select((eb) => [
      'clusters.id as cluster',
      'clusters.first_day',
      'events.source_country',
      'events.target_country',
      'events.quad_class',
      'events.goldstein',
      'events.cameo',
      'events.day',
      'events.id as event_id',
      'articles.ext_id as article_id',
      'articles.source',
      eb
        .exists(
          eb
            .selectFrom('near_duplicates')
            .select('near_duplicates.other')
            .whereRef('near_duplicates.article', '=', 'articles.seq'),
        )
        .as('copy'),
    ])
    .where('clusters.first_day', '>=', since)
    .where('clusters.first_day', '<=', until)
    .where('events.quad_class', 'in', [3, 4])
    .where('events.source_country', 'is not', null)
    .where('events.target_country', 'is not', null)
    .whereRef('events.source_country', '!=', 'events.target_country')
    .orderBy('clusters.id')
    .orderBy('events.seq')
    .execute();
  return rows.map((r) => ({
    ...r,
    source_country: r.source_country!,
    target_country: r.target_country!,
    copy: Boolean(r.copy),
  }));
}

/** The first day each directed country pair has any event on (from the dyad_days rollup). */
export async function dyadFirstDays(db: DB): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('dyad_days')
    .select((eb) => ['source_country', 'target_country', eb.fn.min('day').as('first_day')])
    .groupBy(['source_country', 'target_country'])
    .execute();
  return new Map(rows.map((r) => [`${r.source_country}>${r.target_country}`, r.first_day as string]));
}

/** The last day any dyad has an event on, or undefined for an empty store. */
export async function latestDyadDay(db: DB): Promise<string | undefined> {
  const r = await db
    .selectFrom('dyad_days')
    .select((eb) => eb.fn.max('day').as('day'))
    .executeTakeFirst();
  return (r?.day as string | null) ?? undefined;
}
