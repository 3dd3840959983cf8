/** An alert as one flat row (tables and CSV): the evidence as counts and article ids. */
import type { Alert } from './detect.js';

export function alertRow(a: Alert): Record<string, string | number | null> {
  return {
    kind: a.kind,
    dyad: `${a.source_country}→${a.target_country}`,
    interval: a.interval,
    clusters: a.clusters,
    sources: a.sources,
    intensity: a.intensity,
    baseline: a.baseline,
    p_value: a.p_value,
    reason: a.reason,
    articles: a.articles.join(' '),
  };
}
