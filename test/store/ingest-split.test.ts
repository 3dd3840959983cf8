/**
 * A batch whose write fails is split: ingest writes each article of it alone, so one article the store refuses
 * does not hold back the others of its batch; that one is stored in `failures` with the reason and counted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/doc.js';
import { Store } from '../../src/store/store.js';
import { ingest } from '../../src/store/ingest.js';
import { contentId } from '../../src/store/identity.js';

const article = (id: string, text: string): Article => ({ id, date: '2031-03-02', meta: {}, text });

test('one article that fails to write does not hold back the rest of its batch', async () => {
  const store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-split-')), 's.db'));
  const articles = [
    article('a', 'The Moldovan minister met envoys in Chisinau on Monday.'),
    article('bad', 'The Romanian minister met envoys in Bucharest on Tuesday.'),
    article('c', 'The Polish minister met envoys in Warsaw on Wednesday.'),
  ];
  const write = store.write.bind(store);
  store.write = (items, ...rest) =>
    items.some((i) => i.article.id === 'bad') ? Promise.reject(new Error('constraint failed')) : write(items, ...rest);
  const reported: string[] = [];
  try {
    const progress = await ingest(store, {
      paths: ['split'],
      format: 'jsonl',
      mode: { kind: 'in-process' },
      batchSize: 10,
      actorMemory: false,
      read: async function* () {
        yield* articles;
      },
      onFailure: (f) => reported.push(`${f.articleId}: ${f.reason}`),
    });
    assert.deepEqual([progress.added, progress.failures], [2, 1]);
    assert.deepEqual(reported, ['bad: store write failed: constraint failed']);
    assert.ok(await store.analysis(contentId(articles[0])));
    assert.ok(await store.analysis(contentId(articles[2])));
    assert.equal(await store.analysis(contentId(articles[1])), undefined);
    const rows = await store.db.selectFrom('failures').select('reason').execute();
    assert.deepEqual(
      rows.map((r) => r.reason),
      ['store write failed: constraint failed'],
    );
  } finally {
    await store.close();
  }
});
