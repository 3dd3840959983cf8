/**
 * Synthetic conflict series with known change points, for the alert detector: per directed dyad, weekly conflict
 * clusters drawn from a Poisson rate, a few dyads whose rate jumps for two weeks, and a wire story copied many times.
 */
import { addDays } from '../../src/store/identity.js';
import type { ConflictReport } from '../../src/store/query-dyads.js';
import { seededRandom as random } from '../../src/random.js';

function poisson(rand: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

export interface Series {
  reports: ConflictReport[];
  firstDays: Map<string, string>;
  /** "A>B" -> the Monday the rate jumps. */
  changes: Map<string, string>;
  /** Dyads where one wire story was copied by many publishers (no change). */
  copied: Set<string>;
  start: string;
  weeks: number;
}

const GOLDSTEIN = [-2, -4, -5, -7, -10];
const PUBLISHERS = Array.from({ length: 10 }, (_, i) => `Publisher ${i + 1}`);

export function syntheticSeries(seed: number, dyads = 60, weeks = 30): Series {
  const rand = random(seed);
  const start = '2025-01-06';
  const reports: ConflictReport[] = [];
  const firstDays = new Map<string, string>();
  const changes = new Map<string, string>();
  const copied = new Set<string>();
  let cluster = 0;
  let article = 0;
  const addCluster = (a: string, b: string, day: string, reportsInCluster: number, copies = false) => {
    cluster++;
    const goldstein = GOLDSTEIN[Math.floor(rand() * GOLDSTEIN.length)];
    for (let r = 0; r < reportsInCluster; r++) {
      article++;
      reports.push({
        cluster,
        first_day: day,
        source_country: a,
        target_country: b,
        quad_class: goldstein <= -7 ? 4 : 3,
        goldstein,
        cameo: goldstein <= -7 ? '190' : '112',
        day,
        event_id: 'ev1',
        article_id: `a${article}`,
        source: copies ? PUBLISHERS[r % PUBLISHERS.length] : PUBLISHERS[Math.floor(rand() * PUBLISHERS.length)],
        // A copied wire story: every report after the first is a near-duplicate of it.
        copy: copies && r > 0,
      });
    }
  };
  for (let d = 0; d < dyads; d++) {
    const a = `A${String(d).padStart(2, '0')}`;
    const b = 'ZZZ';
    const dyad = `${a}>${b}`;
    const rate = 0.5 + rand() * 2.5;
    // Two dyads in five change, after the baseline has filled (week 6 on) and early enough to see it.
    const change = rand() < 0.4 ? 6 + Math.floor(rand() * (weeks - 10)) : -1;
    const factor = 4 + rand() * 2;
    if (change >= 0) changes.set(dyad, addDays(start, change * 7));
    const copiedWeek = change < 0 && rand() < 0.3 ? 6 + Math.floor(rand() * (weeks - 8)) : -1;
    if (copiedWeek >= 0) copied.add(dyad);
    firstDays.set(dyad, start);
    for (let w = 0; w < weeks; w++) {
      const lambda = change >= 0 && w >= change && w < change + 2 ? rate * factor : rate;
      const n = poisson(rand, lambda);
      for (let i = 0; i < n; i++) {
        addCluster(a, b, addDays(start, w * 7 + Math.floor(rand() * 7)), 1 + Math.floor(rand() * 3));
      }
      if (w === copiedWeek) addCluster(a, b, addDays(start, w * 7 + 2), 30, true);
    }
  }
  return { reports, firstDays, changes, copied, start, weeks };
}
