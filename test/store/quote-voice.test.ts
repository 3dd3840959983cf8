/**
 * Quotes that report no speech (Quote.voice) are left out of the store's quote listings by default, on SQLite and
 * PostgreSQL: `parley query quotes`, `/quotes` and the dashboard's search (searchQuotes) list speech unless voice is
 * `all`; the stored Analysis keeps them with their voice; a store written before the voice column gets it filled.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Article } from '../../src/model/doc.js';
import { analyze } from '../../src/pipeline.js';
import { Store } from '../../src/store/store.js';
import { queryQuotes } from '../../src/store/query.js';
import { searchQuotes } from '../../src/store/query-explore.js';
import { quotesOfVoice } from '../../src/cli/quotes.js';
import { createTestDatabase, postgresSkip, type TestDatabase } from '../helpers/postgres.js';

const skip = await postgresSkip();
const databases: TestDatabase[] = [];
after(async () => {
  for (const d of databases) await d.drop();
});

const ARTICLE: Article = {
  id: 'v1',
  meta: {},
  date: '2031-03-02',
  text: 'Jane Smith thinks the plan will fail. Tom Brown said the plan would work.',
};

async function stores(): Promise<Store[]> {
  const out = [await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-voice-')), 'v.db'))];
  if (!skip) {
    const d = await createTestDatabase();
    databases.push(d);
    out.push(await Store.open(d.url));
  }
  return out;
}

const speakers = (rows: Record<string, unknown>[]) => rows.map((r) => r.speaker).sort();

test('the analysis has a thought and a speech; the CLI keeps speech unless --voice all', () => {
  const a = analyze(ARTICLE);
  assert.deepEqual(
    a.quotes.map((q) => q.voice ?? 'speech'),
    ['thought', 'speech'],
  );
  assert.equal(quotesOfVoice(a).quotes.length, 1);
  assert.equal(quotesOfVoice(a, 'all').quotes.length, 2);
});

test('store queries list speech by default and every quote with voice all', async () => {
  for (const store of await stores()) {
    try {
      const analysis = analyze(ARTICLE);
      await store.write([{ article: ARTICLE, analysis }]);
      assert.deepEqual(speakers(await queryQuotes(store.db, {})), ['Tom Brown'], store.path);
      assert.deepEqual(speakers(await queryQuotes(store.db, { voice: 'speech' })), ['Tom Brown']);
      assert.deepEqual(speakers(await queryQuotes(store.db, { voice: 'all' })), ['Jane Smith', 'Tom Brown']);
      assert.deepEqual(speakers(await searchQuotes(store.db, {})), ['Tom Brown']);
      assert.deepEqual(speakers(await searchQuotes(store.db, { voice: 'all' })), ['Jane Smith', 'Tom Brown']);
      assert.deepEqual(await store.analysis(ARTICLE.id), analysis);
      const rows = await store.db.selectFrom('quotes').select(['voice', 'extra']).orderBy('idx').execute();
      assert.deepEqual(
        rows.map((r) => r.voice),
        ['thought', null],
      );
      // Speech needs no mark in extra (absent voice is a null column).
      assert.ok(!String(rows[1].extra ?? '').includes('voice'));
    } finally {
      await store.close();
    }
  }
});

test('a store written before the voice column gets it from the quotes extra JSON', async () => {
  for (const store of await stores()) {
    const analysis = analyze(ARTICLE);
    await store.write([{ article: ARTICLE, analysis }]);
    // As migration 0006 left it: voice in extra, no column, 0007 not applied.
    const pg = store.path.startsWith('postgres');
    for (const q of await store.db.selectFrom('quotes').select(['seq', 'voice', 'extra']).execute()) {
      if (q.voice === null) continue;
      const old = JSON.stringify({ ...(q.extra ? (JSON.parse(String(q.extra)) as object) : {}), voice: q.voice });
      await sql`update quotes set extra = ${pg ? sql`${old}::jsonb` : old} where seq = ${q.seq}`.execute(store.db);
    }
    await sql`alter table quotes drop column voice`.execute(store.db);
    await sql`delete from kysely_migration where name = '0007_quote_voice'`.execute(store.db);
    await store.close();
    const again = await Store.open(store.path);
    try {
      assert.deepEqual(speakers(await queryQuotes(again.db, {})), ['Tom Brown'], store.path);
      assert.deepEqual(await again.analysis(ARTICLE.id), analysis);
    } finally {
      await again.close();
    }
  }
});
