/** GET /quotes and /quotes/search list speech unless `voice=all`, and refuse another voice. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { analyze } from '../../src/pipeline.js';
import { buildServer } from '../../src/api/server.js';
import { Store } from '../../src/store/store.js';
import type { Article } from '../../src/model/doc.js';

const ARTICLE: Article = {
  id: 'v1',
  meta: {},
  date: '2031-03-02',
  text: 'Jane Smith thinks the plan will fail. Tom Brown said the plan would work.',
};

let store: Store;
let app: FastifyInstance;

before(async () => {
  store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-voice-api-')), 'v.db'));
  await store.write([{ article: ARTICLE, analysis: analyze(ARTICLE) }]);
  app = await buildServer({ store, host: '127.0.0.1', log: false, rateLimit: 0 });
});
after(async () => {
  await app.close();
  await store.close();
});

async function speakers(url: string): Promise<string[]> {
  const r = await app.inject({ url });
  assert.equal(r.statusCode, 200, r.body);
  return (JSON.parse(r.body) as { items: { speaker: string }[] }).items.map((q) => q.speaker).sort();
}

test('speech by default, every quote with voice=all', async () => {
  assert.deepEqual(await speakers('/quotes'), ['Tom Brown']);
  assert.deepEqual(await speakers('/quotes?voice=speech'), ['Tom Brown']);
  assert.deepEqual(await speakers('/quotes?voice=all'), ['Jane Smith', 'Tom Brown']);
  assert.deepEqual(await speakers('/quotes/search'), ['Tom Brown']);
  assert.deepEqual(await speakers('/quotes/search?voice=all'), ['Jane Smith', 'Tom Brown']);
});

test('another voice is a 400', async () => {
  const r = await app.inject({ url: '/quotes?voice=thought' });
  assert.equal(r.statusCode, 400);
});
