/**
 * The store on a real SQLite file in a temp folder: analyses read back equal to analyze(), re-writing adds nothing,
 * migrations are recorded, near-duplicates and event clusters are found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { contentId } from '../../src/store/identity.js';
import type { Article } from '../../src/model/doc.js';

const examples = join(import.meta.dirname, '../../examples/dyad');

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'parley-store-')), 'test.db');
}

async function exampleItems(): Promise<{ article: Article; analysis: ReturnType<typeof analyze> }[]> {
  const articles = await readAllArticles(examples);
  return articles.map((article) => ({ article, analysis: analyze(article) }));
}

test('every stored article reads back as the Analysis analyze() gave', async () => {
  const path = tempDb();
  const items = await exampleItems();
  const store = await Store.open(path);
  await store.write(items.slice(0, 10));
  await store.write(items.slice(10));
  for (const { analysis } of items) {
    const back = await store.analysis(analysis.article.id);
    assert.deepStrictEqual(back, JSON.parse(JSON.stringify(analysis)), analysis.article.id);
  }
  await store.close();
});

test('writing the same articles again adds nothing; the database is WAL with its migration recorded', async () => {
  const path = tempDb();
  const items = await exampleItems();
  let store = await Store.open(path);
  const first = await store.write(items);
  assert.equal(first.added, items.length);
  await store.close();
  store = await Store.open(path);
  const again = await store.write([...items.slice(3), ...items.slice(0, 3)]);
  assert.deepEqual([again.added, again.skipped], [0, items.length]);
  await store.close();
  const db = new DatabaseSync(path);
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  assert.equal(count('articles'), items.length);
  assert.equal(
    count('events'),
    items.reduce((n, i) => n + i.analysis.events.length, 0),
  );
  assert.equal((db.prepare('pragma journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
  const migrations = db
    .prepare('select name from kysely_migration order by name')
    .all()
    .map((r) => r.name);
  assert.deepEqual(migrations, [
    '0001_initial',
    '0002_dyad_rollups',
    '0003_analysis_extra',
    '0004_change_log',
    '0005_feeds',
    '0006_actor_memory',
    '0007_quote_voice',
  ]);
  // Each article is in the change log once, as added, even when a batch was written twice.
  assert.equal(count("changes where kind = 'added'"), items.length);
  db.close();
});

test('the content id ignores whitespace runs but not the headline', () => {
  const a = { date: '2025-09-01', title: 'A', text: 'Chile met Peru.\n\nThey talked.' };
  assert.equal(contentId(a), contentId({ ...a, text: 'Chile met  Peru. They talked. ' }));
  assert.notEqual(contentId(a), contentId({ ...a, title: 'B' }));
});

test('a syndicated copy under another headline is linked as a near-duplicate; its events join the same clusters', async () => {
  const path = tempDb();
  const items = await exampleItems();
  const store = await Store.open(path);
  await store.write(items);
  await store.close();
  const db = new DatabaseSync(path);
  const pairs = db
    .prepare(
      `select a.title as copy, o.title as original, n.similarity from near_duplicates n
      join articles a on a.seq = n.article join articles o on o.seq = n.other order by a.seq`,
    )
    .all() as { copy: string; original: string; similarity: number }[];
  // The example folder holds three copies of earlier stories under other headlines (source Coastal Times).
  assert.deepEqual(
    pairs.map((p) => p.copy),
    items
      .filter((i) => i.article.source === 'Coastal Times')
      .filter((i) => items.some((o) => o !== i && o.article.text === i.article.text))
      .map((i) => i.article.title),
  );
  assert.ok(pairs.every((p) => p.similarity === 1));
  // Each event of a copy with both actors coded sits in a cluster with its original's: two articles, two sources.
  const shared = db
    .prepare(
      `select c.num_mentions, c.num_articles, c.num_sources from clusters c
      where c.id in (select cluster from events where article in (select article from near_duplicates)
        and source_code is not null and target_code is not null)`,
    )
    .all() as { num_mentions: number; num_articles: number; num_sources: number }[];
  assert.ok(shared.length > 0);
  for (const c of shared) {
    assert.ok(c.num_articles >= 2, JSON.stringify(c));
    assert.ok(c.num_sources >= 2, JSON.stringify(c));
    assert.ok(c.num_mentions >= c.num_articles);
  }
  const total = db.prepare('select sum(num_mentions) as n from clusters').get() as { n: number };
  assert.equal(total.n, (db.prepare('select count(*) as n from events').get() as { n: number }).n);
  db.close();
});

test('full-text search finds quotes by their words and articles by title', async () => {
  const path = tempDb();
  const items = await exampleItems();
  const store = await Store.open(path);
  await store.write(items);
  await store.close();
  const db = new DatabaseSync(path);
  const quotes = db
    .prepare(
      `select q.article, q.content_start, q.content_end, a.text from quote_search s join quotes q on q.seq = s.rowid
    join articles a on a.seq = q.article where quote_search match 'hostility'`,
    )
    .all() as { content_start: number; content_end: number; text: string }[];
  assert.ok(quotes.length >= 1);
  for (const q of quotes) assert.match(q.text.slice(q.content_start, q.content_end), /hostility/);
  const titles = db
    .prepare(
      `select a.title from title_search s join articles a on a.seq = s.rowid where title_search match 'sanctions'`,
    )
    .all() as { title: string }[];
  assert.deepEqual(
    titles.map((t) => t.title).sort(),
    items
      .map((i) => i.article.title ?? '')
      .filter((t) => /\bsanctions\b/i.test(t))
      .sort(),
  );
  db.close();
});

test('clusters span at most the window, and a report without both actor codes is a cluster of its own', async () => {
  const path = tempDb();
  // A march has a source alone (the examples' events all have both actors since only reported acts are coded).
  const march: Article = { id: 'march', date: '2025-09-26', text: 'Peruvian fishermen marched to the port.', meta: {} };
  const items = [...(await exampleItems()), { article: march, analysis: analyze(march) }];
  const store = await Store.open(path);
  await store.write(items.slice(0, 15));
  await store.write(items.slice(15));
  await store.close();
  const db = new DatabaseSync(path);
  const spans = db.prepare(`select julianday(last_day) - julianday(first_day) as days from clusters`).all() as {
    days: number;
  }[];
  assert.ok(
    spans.every((s) => s.days <= 1),
    JSON.stringify(spans.filter((s) => s.days > 1)),
  );
  const lone = db
    .prepare(
      `select c.num_mentions from events e join clusters c on c.id = e.cluster where e.source_code is null or e.target_code is null`,
    )
    .all() as { num_mentions: number }[];
  assert.ok(lone.length > 0);
  assert.ok(lone.every((c) => c.num_mentions === 1));
  db.close();
});
