/**
 * Escalation alerts from conflict reports (method and parameters: README.md beside this file). Pure: reports in,
 * alerts out, so that it is tested on synthetic series with known change points.
 */
import { addDays, weekOf } from '../store/identity.js';
import type { ConflictReport } from '../store/query-dyads.js';

export interface AlertParameters {
  interval: 'day' | 'week';
  /** Days before an interval that make its baseline. */
  baselineDays: number;
  /** Evidence guard: at least this many distinct event clusters in the interval ... */
  minClusters: number;
  /** ... reported by at least this many independent sources (publishers, copies of a story not counted). */
  minSources: number;
  /** The interval's intensity must be at least this many times the baseline's mean per interval ... */
  ratio: number;
  /** ... and above it by at least this much (Goldstein points) ... */
  minRise: number;
  /**
   * ... and its cluster count this unlikely under the baseline's rate: the upper tail of the negative binomial
   * predictive of a Poisson rate learned from the baseline days (Gamma prior of one cluster per interval).
   */
  maxP: number;
}

export const DEFAULT_ALERT_PARAMETERS: AlertParameters = {
  interval: 'week',
  baselineDays: 28,
  minClusters: 3,
  minSources: 2,
  ratio: 2,
  minRise: 10,
  maxP: 0.005,
};

export interface AlertEvidence {
  cluster: number;
  day: string;
  quad_class: number;
  cameo: string;
  goldstein: number;
  article_id: string;
  event_id: string;
  source: string | null;
  copy: boolean;
}

export interface Alert {
  kind: 'escalation' | 'emerging';
  /** Directed pair, "IND>PAK". */
  dyad: string;
  source_country: string;
  target_country: string;
  /** The interval's first day (a Monday for weeks). */
  interval: string;
  clusters: number;
  material_conflict: number;
  verbal_conflict: number;
  sources: number;
  intensity: number;
  /** Mean intensity per interval over the baseline days. */
  baseline: number;
  /** Mean clusters per interval over the baseline days. */
  baseline_clusters: number;
  /** How likely this many clusters were under the baseline (lower: more surprising). */
  p_value: number;
  reason: string;
  articles: string[];
  events: AlertEvidence[];
}

interface ClusterSummary {
  id: number;
  firstDay: string;
  quad: number;
  weight: number;
  /** Publishers of its reports from articles that are not copies of an earlier one. */
  sources: Set<string>;
  reports: ConflictReport[];
}

/** A cluster's weight: its reports' mean Goldstein score, negated, at least 1 (a conflict event always counts). */
function clusterWeight(reports: ConflictReport[]): number {
  const mean = reports.reduce((s, r) => s + r.goldstein, 0) / reports.length;
  return Math.max(1, -mean);
}

const UNKNOWN_SOURCE = '(no source)';

/**
 * Alerts for the intervals that start within [since, until]. `reports` must cover the baseline days before `since`
 * too; `firstDays` gives each directed pair's first day with any event ("IND>PAK" -> day), for emerging dyads.
 */
export function detectAlerts(
  reports: ConflictReport[],
  firstDays: Map<string, string>,
  since: string,
  until: string,
  p: AlertParameters,
): Alert[] {
  const intervalDays = p.interval === 'week' ? 7 : 1;
  const keyOf = (day: string) => (p.interval === 'week' ? weekOf(day) : day);
  const byDyad = new Map<string, Map<number, ClusterSummary>>();
  for (const r of reports) {
    const dyad = `${r.source_country}>${r.target_country}`;
    let clusters = byDyad.get(dyad);
    if (!clusters) byDyad.set(dyad, (clusters = new Map()));
    let c = clusters.get(r.cluster);
    if (!c)
      clusters.set(
        r.cluster,
        (c = { id: r.cluster, firstDay: r.first_day, quad: r.quad_class, weight: 0, sources: new Set(), reports: [] }),
      );
    c.reports.push(r);
    c.quad = Math.max(c.quad, r.quad_class);
    if (!r.copy) c.sources.add(r.source ?? UNKNOWN_SOURCE);
  }
  const alerts: Alert[] = [];
  const first = keyOf(since);
  for (const [dyad, clusters] of byDyad) {
    const all = [...clusters.values()];
    for (const c of all) c.weight = clusterWeight(c.reports);
    const intervals = new Map<string, ClusterSummary[]>();
    for (const c of all) {
      const key = keyOf(c.firstDay);
      if (key < first || key > until) continue;
      intervals.set(key, [...(intervals.get(key) ?? []), c]);
    }
    for (const [start, inInterval] of intervals) {
      const sources = new Set(inInterval.flatMap((c) => [...c.sources]));
      if (inInterval.length < p.minClusters || sources.size < p.minSources) continue;
      const intensity = round(inInterval.reduce((s, c) => s + c.weight, 0));
      const from = addDays(start, -p.baselineDays);
      const before = all.filter((c) => c.firstDay >= from && c.firstDay < start);
      const perInterval = p.baselineDays / intervalDays;
      const baseline = round(before.reduce((s, c) => s + c.weight, 0) / perInterval);
      const baselineClusters = round(before.length / perInterval);
      const firstDay = firstDays.get(dyad);
      const emerging = firstDay === undefined || firstDay >= start;
      const p_value = surprise(inInterval.length, before.length, perInterval);
      if (!emerging && !(intensity >= p.ratio * baseline && intensity - baseline >= p.minRise && p_value <= p.maxP))
        continue;
      const [sourceCountry, targetCountry] = dyad.split('>');
      const material = inInterval.filter((c) => c.quad === 4).length;
      const verbal = inInterval.length - material;
      const evidence = inInterval.flatMap((c) =>
        c.reports.map((r) => ({
          cluster: c.id,
          day: r.day,
          quad_class: r.quad_class,
          cameo: r.cameo,
          goldstein: r.goldstein,
          article_id: r.article_id,
          event_id: r.event_id,
          source: r.source,
          copy: r.copy,
        })),
      );
      const what = `${material > 0 ? `${material} material` : ''}${material > 0 && verbal > 0 ? ' and ' : ''}${verbal > 0 ? `${verbal} verbal` : ''} conflict`;
      const per = p.interval;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const reason = emerging
        ? `${sourceCountry}→${targetCountry} emerging dyad: no events before ${firstDay ?? start}; ${what} ${inInterval.length === 1 ? 'cluster' : 'clusters'} from ${plural(sources.size, 'source')}, intensity ${intensity}`
        : `${sourceCountry}→${targetCountry} ${what} ${inInterval.length === 1 ? 'cluster' : 'clusters'} from ${plural(sources.size, 'source')}, intensity ${intensity} vs baseline ${baseline}/${per} (${baselineClusters} clusters/${per})`;
      alerts.push({
        kind: emerging ? 'emerging' : 'escalation',
        dyad,
        source_country: sourceCountry,
        target_country: targetCountry,
        interval: start,
        clusters: inInterval.length,
        material_conflict: material,
        verbal_conflict: verbal,
        sources: sources.size,
        intensity,
        baseline,
        baseline_clusters: baselineClusters,
        p_value: Number(p_value.toPrecision(3)),
        reason,
        articles: [...new Set(evidence.map((e) => e.article_id))],
        events: evidence,
      });
    }
  }
  return alerts.sort((a, b) =>
    a.interval < b.interval ? 1 : a.interval > b.interval ? -1 : b.intensity - a.intensity,
  );
}

/** Prior of the baseline rate: Gamma(shape PRIOR_CLUSTERS, rate PRIOR_INTERVALS), one cluster per interval. */
const PRIOR_CLUSTERS = 1;
const PRIOR_INTERVALS = 1;

/**
 * P(X >= n) for the next interval's clusters X when `k` clusters were seen over `t` intervals: the negative binomial
 * predictive of a Poisson rate with a Gamma prior, so that a rate guessed from a few quiet weeks is not trusted more
 * than they allow.
 */
export function surprise(n: number, k: number, t: number): number {
  const r = k + PRIOR_CLUSTERS;
  const theta = 1 / (t + PRIOR_INTERVALS + 1);
  let pmf = Math.pow(1 - theta, r);
  let below = 0;
  for (let x = 0; x < n; x++) {
    below += pmf;
    pmf *= ((x + r) / (x + 1)) * theta;
  }
  return Math.max(0, 1 - below);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
