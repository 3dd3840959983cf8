/** The dashboard's queries over a real store of the example stories, checked against the analyses themselves. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { queryEventTable, queryNetwork, searchActors, searchQuotes } from '../../src/store/query-explore.js';
import type { Analysis } from '../../src/model/schema.js';

let store: Store;
let analyses: Analysis[];

before(async () => {
  const articles = await readAllArticles(join(import.meta.dirname, '../../examples/dyad'));
  analyses = articles.map((a) => analyze(a));
  store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-explore-')), 'x.db'));
  await store.write(articles.map((article, i) => ({ article, analysis: analyses[i] })));
});

const events = () => analyses.flatMap((a) => a.events);
const between = (e: Analysis['events'][number], a: string, b: string) =>
  (e.source?.country === a && e.target?.country === b) || (e.source?.country === b && e.target?.country === a);

test('the events table: the total matches the filter, offset pages cover it once, in the order asked', async () => {
  const expected = events().filter((e) => between(e, 'CHL', 'PER'));
  const seen: string[] = [];
  const goldstein: number[] = [];
  let total = -1;
  for (let offset = 0; offset < expected.length + 7; offset += 7) {
    const page = await queryEventTable(
      store.db,
      { dyad: ['PER', 'CHL'] },
      { sort: 'goldstein', dir: 'asc', offset, limit: 7 },
    );
    total = page.total;
    for (const r of page.items) {
      seen.push(`${r.article_id}/${r.event_id}`);
      goldstein.push(Number(r.goldstein));
    }
  }
  assert.equal(total, expected.length);
  assert.equal(seen.length, expected.length);
  assert.equal(new Set(seen).size, seen.length);
  assert.deepEqual(
    goldstein,
    [...goldstein].sort((a, b) => a - b),
  );
  assert.deepEqual(
    goldstein.slice().sort((a, b) => a - b),
    expected.map((e) => e.goldstein).sort((a, b) => a - b),
  );
});

test('the network: one undirected edge per country pair with its reports and mean Goldstein', async () => {
  const { nodes, edges } = await queryNetwork(store.db, {}, 'country', 100);
  const pairs = new Map<string, number[]>();
  for (const e of events()) {
    const [a, b] = [e.source?.country, e.target?.country];
    if (!a || !b || a === b) continue;
    const key = [a, b].sort().join('-');
    pairs.set(key, [...(pairs.get(key) ?? []), e.goldstein]);
  }
  assert.equal(edges.length, pairs.size);
  for (const edge of edges) {
    assert.ok(edge.a < edge.b);
    const g = pairs.get(`${edge.a}-${edge.b}`)!;
    assert.equal(edge.reports, g.length);
    assert.equal(edge.goldstein_mean, Math.round((g.reduce((x, y) => x + y, 0) / g.length) * 100) / 100);
  }
  assert.deepEqual(new Set(nodes.map((n) => n.id)), new Set(edges.flatMap((e) => [e.a, e.b])));
  assert.equal((await queryNetwork(store.db, {}, 'country', 1)).edges.length, 1);
});

test('quote search: by speaker and by addressee, each result names them', async () => {
  const named = (a: Analysis, id: string | null | undefined) => a.entities.find((e) => e.id === id)?.name;
  const withAddressee = analyses.flatMap((a) =>
    a.quotes.filter((q) => q.addressee).map((q) => ({ a, q, name: named(a, q.addressee?.entityId) })),
  );
  // A speaker without an entity is searched by its mention's text.
  const speakers = analyses
    .flatMap((a) => a.quotes.map((q) => (q.speaker ? (named(a, q.speaker.entityId) ?? q.speaker.mention.text) : null)))
    .filter(Boolean);
  const speaker = speakers[0]!.split(' ').pop()!;
  const bySpeaker = await searchQuotes(store.db, { speaker: speaker.toLowerCase(), limit: 500 });
  assert.ok(bySpeaker.length > 0);
  for (const r of bySpeaker) assert.match(String(r.speaker), new RegExp(speaker, 'i'));
  assert.equal(bySpeaker.length, speakers.filter((s) => s!.toLowerCase().includes(speaker.toLowerCase())).length);
  if (withAddressee.length > 0 && withAddressee[0].name) {
    const who = withAddressee[0].name;
    const found = await searchQuotes(store.db, { addressee: who, limit: 500 });
    assert.ok(found.length > 0);
    for (const r of found) assert.match(String(r.addressee), new RegExp(who, 'i'));
  }
  const page2 = await searchQuotes(store.db, { limit: 3, offset: 3 });
  const all = await searchQuotes(store.db, { limit: 6 });
  assert.deepEqual(page2, all.slice(3, 6));
});

test('actor search: by code prefix with report counts, and by entity name', async () => {
  const per = (await searchActors(store.db, 'per', 20)).find((a) => a.code === 'PER');
  assert.ok(per);
  const count =
    events().filter((e) => e.source?.code === 'PER').length + events().filter((e) => e.target?.code === 'PER').length;
  assert.equal(per.reports, count);
  const byName = await searchActors(store.db, 'Peru', 20);
  assert.ok(byName.some((a) => a.country === 'PER'));
  assert.deepEqual(await searchActors(store.db, 'zzzz', 20), []);
});
