/**
 * Dyad query latency on a large store: synthesizes a store of N events (default 1,000,000) over 2 years, 60
 * countries, with a skewed dyad distribution (a few pairs carry much of the news, as in GDELT), then times
 * `queryDyadSeries` (the code `parley query dyads --dyad A,B` runs) for the busiest dyads and for random ones.
 *
 *   node --import tsx bench/store-dyad.ts [events] [db path]
 *
 * Rows are written with plain INSERTs (not through analyze()): the bench measures the query, not ingest.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { Store } from '../src/store/store.js';
import { queryDyadSeries } from '../src/store/query-dyads.js';
import { addDays } from '../src/store/identity.js';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const PATH = process.argv[3] ?? '.tmp/bench-dyad.db';
const EVENTS_PER_ARTICLE = 5;
const DAYS = 730;
const COUNTRIES = Array.from({ length: 60 }, (_, i) =>
  String.fromCharCode(65 + (Math.floor(i / 26) % 26), 65 + (i % 26), 88),
);

let seed = 12345;
function random(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
}
/** Zipf-like pick: index i with weight 1/(i+1). */
function skewed(n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

async function build(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(PATH + suffix, { force: true });
  const store = await Store.open(PATH);
  await store.close();
  const db = new DatabaseSync(PATH);
  db.exec('pragma journal_mode = wal; pragma synchronous = off');
  const article = db.prepare(
    `insert into articles (seq, id, ext_id, date, day, text, sentences, chars, bytes, schema_version, analyzer_version, ingested_at, source)
     values (?, ?, ?, ?, ?, ?, '[0,40]', 40, 40, '1.0.0', 'bench', '2026-01-01T00:00:00Z', ?)`,
  );
  const cluster = db.prepare(
    `insert into clusters (id, source_code, target_code, root, first_day, last_day, num_mentions, num_articles, num_sources) values (?, ?, ?, ?, ?, ?, 1, 1, 1)`,
  );
  const event = db.prepare(
    `insert into events (article, idx, id, cameo, root, plover, name, goldstein, quad_class, source_code, source_country, target_code, target_country,
       date, day, date_source, modality, trigger_start, trigger_end, rule, cluster)
     values (?, ?, ?, ?, ?, 'CONSULT', 'x', ?, ?, ?, ?, ?, ?, ?, ?, 'publication', 'asserted', 0, 4, 'bench', ?)`,
  );
  const start = '2024-01-01';
  const articles = Math.ceil(EVENTS / EVENTS_PER_ARTICLE);
  const t0 = performance.now();
  db.exec('begin');
  let n = 0;
  for (let a = 1; a <= articles; a++) {
    const day = addDays(start, Math.floor((a / articles) * DAYS));
    article.run(a, `h${a}`, `a${a}`, day, day, 'Synthetic article text for the dyad bench.', `src${a % 40}`);
    for (let i = 0; i < EVENTS_PER_ARTICLE && n < EVENTS; i++, n++) {
      const s = skewed(COUNTRIES.length);
      let t = skewed(COUNTRIES.length);
      if (t === s) t = (t + 1) % COUNTRIES.length;
      const quad = 1 + Math.floor(random() * 4);
      const root = String(1 + Math.floor(random() * 20)).padStart(2, '0');
      cluster.run(n + 1, COUNTRIES[s], COUNTRIES[t], root, day, day);
      event.run(
        a,
        i,
        `ev${i}`,
        `${root}0`,
        root,
        Math.round((random() * 20 - 10) * 10) / 10,
        quad,
        COUNTRIES[s],
        COUNTRIES[s],
        COUNTRIES[t],
        COUNTRIES[t],
        day,
        day,
        n + 1,
      );
    }
    if (a % 20000 === 0) {
      db.exec('commit; begin');
    }
  }
  db.exec('commit');
  // The rows went in with plain INSERTs: fill the rollups as migration 0002 does for an existing store.
  db.exec(`insert into day_articles (day, articles) select day, count(*) from articles group by day`);
  db.exec(`insert into dyad_days (source_country, target_country, day, quad_class, reports, goldstein_sum, events)
    select source_country, target_country, day, quad_class, count(*), sum(goldstein),
      count(distinct case when not exists (select 1 from events e2 where e2.cluster = e.cluster and e2.day < e.day) then e.cluster end)
    from events e where source_country is not null and target_country is not null
    group by source_country, target_country, day, quad_class`);
  db.exec('analyze');
  db.close();
  console.log(
    `built ${EVENTS} events in ${articles} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${(statSync(PATH).size / 1e6).toFixed(0)} MB`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

if (!existsSync(PATH) || process.env.REBUILD) await build();
// A store built before the rollups existed is migrated here (migration 0002 fills them from the events).
const tOpen = performance.now();
const store = await Store.open(PATH);
console.log(`opened (and migrated) in ${((performance.now() - tOpen) / 1000).toFixed(1)} s`);
const dyadSizes = (await store.db
  .selectFrom('events')
  .select((eb) => ['source_country', 'target_country', eb.fn.countAll<number>().as('n')])
  .groupBy(['source_country', 'target_country'])
  .orderBy('n', 'desc')
  .execute()) as { source_country: string; target_country: string; n: number }[];
const total = dyadSizes.reduce((s, d) => s + Number(d.n), 0);
console.log(
  `store: ${total} events, ${dyadSizes.length} directed dyads; busiest ${dyadSizes[0].source_country}-${dyadSizes[0].target_country} ${dyadSizes[0].n} events`,
);

for (const [label, pick] of [
  ['busiest 10 dyads', (i: number) => dyadSizes[i % 10]],
  ['random dyads', () => dyadSizes[Math.floor(random() * dyadSizes.length)]],
] as const) {
  for (const interval of ['week', 'day'] as const) {
    const times: number[] = [];
    let reports = 0;
    for (let i = 0; i < 40; i++) {
      const d = pick(i);
      const t0 = performance.now();
      const rows = await queryDyadSeries(store.db, { dyad: [d.source_country, d.target_country] }, interval);
      times.push(performance.now() - t0);
      reports += rows.reduce((s, r) => s + Number(r.reports), 0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label}, --interval ${interval}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, mean reports per query ${(reports / 40).toFixed(0)}`,
    );
  }
}
await store.close();
