/**
 * The alert detector on synthetic series with known change points: precision and recall of detection, the
 * evidence guard (a wire story copied 30 times raises nothing), emerging dyads, the reason in words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../src/store/identity.js';
import { detectAlerts, DEFAULT_ALERT_PARAMETERS, surprise, type Alert } from '../../src/alerts/detect.js';
import type { ConflictReport } from '../../src/store/query-dyads.js';
import { syntheticSeries } from './synthetic.js';

/** Detected: an alert for the dyad in the week of the change or the week after (the jump lasts two weeks). */
function score(alerts: Alert[], changes: Map<string, string>) {
  const hits = (a: Alert) => {
    const change = changes.get(a.dyad);
    return change !== undefined && (a.interval === change || a.interval === addDays(change, 7));
  };
  const truePositives = alerts.filter(hits).length;
  const found = [...changes.keys()].filter((dyad) => alerts.some((a) => a.dyad === dyad && hits(a))).length;
  return {
    precision: alerts.length > 0 ? truePositives / alerts.length : 1,
    recall: changes.size > 0 ? found / changes.size : 1,
  };
}

test('on synthetic weekly series with known change points, precision and recall are both at least 0.75', (t) => {
  let alerts: Alert[] = [];
  const changes = new Map<string, string>();
  for (const seed of [1, 2, 3, 4, 5]) {
    const s = syntheticSeries(seed);
    const until = addDays(s.start, s.weeks * 7 - 1);
    const found = detectAlerts(s.reports, s.firstDays, addDays(s.start, 42), until, DEFAULT_ALERT_PARAMETERS);
    alerts = alerts.concat(found.map((a) => ({ ...a, dyad: `${seed}:${a.dyad}` })));
    for (const [dyad, week] of s.changes) changes.set(`${seed}:${dyad}`, week);
  }
  const { precision, recall } = score(alerts, changes);
  const figures = `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
  t.diagnostic(`${changes.size} change points, ${alerts.length} alerts: ${figures}`);
  assert.ok(changes.size >= 50, `${changes.size} change points`);
  assert.ok(precision >= 0.75, `precision ${precision}`);
  assert.ok(recall >= 0.75, `recall ${recall}`);
});

/** Alerts for the week of 2025-03-03 under the default parameters. */
function inWeek(reports: ConflictReport[], firstDays: Map<string, string>): Alert[] {
  return detectAlerts(reports, firstDays, '2025-03-03', '2025-03-09', DEFAULT_ALERT_PARAMETERS);
}

function report(cluster: number, day: string, source: string, over: Partial<ConflictReport> = {}): ConflictReport {
  return {
    cluster,
    first_day: day,
    source_country: 'IND',
    target_country: 'PAK',
    quad_class: 4,
    goldstein: -10,
    cameo: '190',
    day,
    event_id: 'ev1',
    article_id: `art-${cluster}-${source}`,
    source,
    copy: false,
    ...over,
  };
}

test('the minimum-evidence guard: enough clusters from one source raise nothing, from two sources an alert', () => {
  const firstDays = new Map([['IND>PAK', '2025-01-06']]);
  const oneSource = [1, 2, 3, 4].map((c) => report(c, '2025-03-03', 'Wire A'));
  assert.equal(inWeek(oneSource, firstDays).length, 0);
  const twoSources = [...oneSource.slice(0, 3), report(4, '2025-03-04', 'Daily B')];
  const [alert] = inWeek(twoSources, firstDays);
  assert.equal(alert.kind, 'escalation');
  const reason =
    'IND→PAK 4 material conflict clusters from 2 sources, intensity 40 vs baseline 0/week (0 clusters/week)';
  assert.equal(alert.reason, reason);
  assert.deepEqual(alert.articles.sort(), ['art-1-Wire A', 'art-2-Wire A', 'art-3-Wire A', 'art-4-Daily B']);
  assert.equal(alert.events.length, 4);
});

test('a wire story with three conflict events copied by 30 publishers raises nothing: the copies are one source', () => {
  const firstDays = new Map([['IND>PAK', '2025-01-06']]);
  const publishers = Array.from({ length: 30 }, (_, i) => `Publisher ${i}`);
  // Every publisher's copy reports the same three events; all but the first article are near-duplicates.
  const copies = (copy: (i: number) => boolean) =>
    publishers.flatMap((source, i) =>
      [1, 2, 3].map((cluster) => report(cluster, '2025-03-04', source, { copy: copy(i), article_id: `story-${i}` })),
    );
  assert.equal(
    inWeek(
      copies((i) => i > 0),
      firstDays,
    ).length,
    0,
  );
  // The same reports from 30 independent articles do alert: the guard, not the counts, stopped the copies.
  assert.equal(
    inWeek(
      copies(() => false),
      firstDays,
    ).length,
    1,
  );
});

test('a rise below ratio × baseline raises nothing; the baseline is the mean per week of the four weeks before', () => {
  const firstDays = new Map([['IND>PAK', '2025-01-06']]);
  // Baseline: 8 clusters of -5 over the four weeks before = intensity 10/week, 2 clusters/week.
  const before = Array.from({ length: 8 }, (_, i) =>
    report(100 + i, addDays('2025-02-03', i * 3), `S${i}`, { goldstein: -5, quad_class: 3 }),
  );
  const now = (n: number, goldstein: number) =>
    Array.from({ length: n }, (_, i) => report(i + 1, '2025-03-04', `S${i}`, { goldstein }));
  // 3 clusters of -5: intensity 15 < 2 × 10.
  assert.equal(inWeek([...before, ...now(3, -5)], firstDays).length, 0);
  const [alert] = inWeek([...before, ...now(9, -10)], firstDays);
  assert.equal(alert.baseline, 10);
  assert.equal(alert.intensity, 90);
  assert.equal(alert.baseline_clusters, 2);
  assert.ok(alert.p_value <= DEFAULT_ALERT_PARAMETERS.maxP);
});

test('surprise: the tail of the negative binomial predictive falls as the count rises and as the baseline is surer', () => {
  assert.equal(surprise(0, 3, 4), 1);
  assert.ok(surprise(5, 4, 4) > surprise(8, 4, 4));
  // Seen 2 per interval over 40 intervals instead of 4: 8 is less likely.
  assert.ok(surprise(8, 80, 40) < surprise(8, 8, 4));
  // One interval's predictive sums to one: P(X >= n) - P(X >= n + 1) are the point masses.
  let total = 0;
  for (let n = 0; n < 200; n++) total += surprise(n, 5, 4) - surprise(n + 1, 5, 4);
  assert.ok(Math.abs(total - 1) < 1e-9);
});

test('a dyad with no events before the interval is an emerging dyad', () => {
  const reports = [1, 2, 3].map((c) =>
    report(c, '2025-03-05', `S${c}`, { source_country: 'EST', target_country: 'LVA', goldstein: -4, quad_class: 3 }),
  );
  const [alert] = inWeek(reports, new Map([['EST>LVA', '2025-03-05']]));
  assert.equal(alert.kind, 'emerging');
  assert.match(alert.reason, /^EST→LVA emerging dyad: no events before 2025-03-05; 3 verbal conflict clusters from 3 /);
});
