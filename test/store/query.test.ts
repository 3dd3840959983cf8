/** Query layer over a real store: the dyad series adds up, normalizes by the interval's articles, filters compose. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { queryEvents, queryQuotes, ftsQuery } from '../../src/store/query.js';
import { dyadSeriesFromEvents, dyadSeriesFromRollup, queryDyadSeries } from '../../src/store/query-dyads.js';
import { dayOf, weekOf } from '../../src/store/identity.js';
import type { Analysis } from '../../src/model/schema.js';

let store: Store;
let analyses: Analysis[];

before(async () => {
  const articles = await readAllArticles(join(import.meta.dirname, '../../examples/dyad'));
  analyses = articles.map((a) => analyze(a));
  store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-query-')), 'q.db'));
  await store.write(articles.map((article, i) => ({ article, analysis: analyses[i] })));
});

const between = (e: Analysis['events'][number], a: string, b: string) =>
  (e.source?.country === a && e.target?.country === b) || (e.source?.country === b && e.target?.country === a);

test('the weekly dyad series counts every report of the dyad once, by quad class, per 1,000 articles of the week', async () => {
  const series = await queryDyadSeries(store.db, { dyad: ['PER', 'CHL'] }, 'week');
  // An event dated coarser than a day ('next month') counts on its article's day.
  const expected = analyses.flatMap((a) =>
    a.events.filter((e) => between(e, 'CHL', 'PER')).map((e) => ({ ...e, day: dayOf(e.date, a.article.date) })),
  );
  assert.equal(
    series.reduce((n, r) => n + Number(r.reports), 0),
    expected.length,
  );
  for (const row of series) {
    const week = row.week as string;
    const reports = expected.filter((e) => weekOf(e.day) === week);
    const articles = analyses.filter((a) => weekOf(a.article.date) === week).length;
    assert.equal(row.reports, reports.length, week);
    const byQuad = [row.verbal_coop, row.material_coop, row.verbal_conflict, row.material_conflict].map(Number);
    assert.equal(
      byQuad.reduce((a, b) => a + b, 0),
      reports.length,
    );
    assert.equal(row.material_conflict, reports.filter((e) => e.quadClass === 4).length);
    assert.equal(row.articles, articles);
    assert.equal(row.reports_per_1000_articles, Math.round((reports.length * 1000 * 100) / articles) / 100);
    assert.ok(Math.abs(Number(row.goldstein_sum) - reports.reduce((s, e) => s + e.goldstein, 0)) < 0.01);
    assert.ok(Number(row.events) <= reports.length && Number(row.events) >= 1);
  }
});

test('the dyad_days rollup gives the series the events give, by day and by week', async () => {
  for (const interval of ['day', 'week'] as const) {
    const fromRollup = await dyadSeriesFromRollup(store.db, { dyad: ['CHL', 'PER'] }, interval);
    assert.ok(fromRollup.length > 3);
    assert.deepEqual(fromRollup, await dyadSeriesFromEvents(store.db, { dyad: ['CHL', 'PER'] }, interval));
  }
});

test('event filters compose: dyad, quad class and a date range', async () => {
  const rows = await queryEvents(store.db, { dyad: ['CHL', 'PER'], quad: 4, since: '2025-09-20', until: '2025-10-10' });
  const expected = analyses.flatMap((a) =>
    a.events.filter((e) => {
      const day = dayOf(e.date, a.article.date);
      return between(e, 'CHL', 'PER') && e.quadClass === 4 && day >= '2025-09-20' && day <= '2025-10-10';
    }),
  );
  assert.equal(rows.length, expected.length);
  assert.ok(rows.every((r) => r.quad_class === 4));
});

test('quotes by speaker and by full text', async () => {
  const byText = await queryQuotes(store.db, { text: 'friendship' });
  assert.ok(byText.length >= 1);
  assert.ok(byText.every((q) => /friendship/.test(String(q.content))));
  const bySpeaker = await queryQuotes(store.db, { speaker: 'quispe' });
  assert.ok(bySpeaker.length >= 1);
  assert.ok(bySpeaker.every((q) => /quispe/i.test(String(q.speaker))));
});

test('user words become a safe FTS5 query', () => {
  assert.equal(ftsQuery('act of "hostility"'), '"act" "of" """hostility"""');
});
