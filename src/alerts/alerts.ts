/** Alerts over a store: the conflict reports of the period and its baseline
 * from the store's queries, then detectAlerts. */
import type { Kysely } from 'kysely';
import type { StoreSchema } from '../store/tables.js';
import { dyadFirstDays, latestDyadDay, queryConflictReports } from '../store/query-dyads.js';
import { addDays, weekOf } from '../store/identity.js';
import { detectAlerts, type Alert, type AlertParameters } from './detect.js';

export interface AlertPeriod {
  /** First day of the intervals looked at; default: four intervals before `until`. */
  since?: string;
  /** Last day; default: the last day with an event. */
  until?: string;
}

export async function findAlerts(
  db: Kysely<StoreSchema>,
  p: AlertParameters,
  period: AlertPeriod = {},
): Promise<{ since: string; until: string; alerts: Alert[] }> {
  const until = period.until ?? (await latestDyadDay(db));
  if (until === undefined) return { since: period.since ?? '', until: '', alerts: [] };
  const intervalDays = p.interval === 'week' ? 7 : 1;
  const rawSince = period.since ?? addDays(until, -3 * intervalDays);
  const since = p.interval === 'week' ? weekOf(rawSince) : rawSince;
  const reports = await queryConflictReports(db, addDays(since, -p.baselineDays), until);
  return { since, until, alerts: detectAlerts(reports, await dyadFirstDays(db), since, until, p) };
}
