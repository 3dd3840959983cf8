/** GET /events/export: the whole filter in one file, the same bytes as `parley export`, and its input checks. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import { buildServer } from '../../src/api/server.js';
import { Store } from '../../src/store/store.js';
import { gdeltLines } from '../../src/store/export.js';
import { MAX_PAGE } from '../../src/api/schemas.js';
import type { Analysis } from '../../src/model/schema.js';

let store: Store;
let app: FastifyInstance;
let analyses: Analysis[];

before(async () => {
  const articles = await readAllArticles(join(import.meta.dirname, '../../examples/dyad'));
  analyses = articles.map((a) => analyze(a));
  store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-export-')), 'e.db'));
  await store.write(articles.map((article, i) => ({ article, analysis: analyses[i] })));
  app = await buildServer({ store, host: '127.0.0.1', log: false, rateLimit: 0 });
});
after(async () => {
  await app.close();
  await store.close();
});

test('the CSV holds every event of the filter, with no page limit, as an attachment', async () => {
  const r = await app.inject({ url: '/events/export?format=csv&quad=4' });
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^text\/csv/);
  assert.match(String(r.headers['content-disposition']), /attachment; filename="events\.csv"/);
  const rows = parse(r.body, { columns: true }) as Record<string, string>[];
  const expected = analyses.flatMap((a) => a.events).filter((e) => e.quadClass === 4);
  assert.ok(expected.length > 0);
  assert.equal(rows.length, expected.length);
  assert.ok(rows.every((row) => row.quad_class === '4'));
});

test('GDELT lines stream as parley export writes them', async () => {
  const r = await app.inject({ url: '/events/export?format=gdelt&dyad=CHL,PER' });
  assert.equal(r.statusCode, 200);
  let expected = '';
  for await (const line of gdeltLines(store.db, { dyad: ['CHL', 'PER'] })) expected += line;
  assert.ok(expected.length > 0);
  assert.equal(r.body, expected);
});

test('a bad format or filter is refused with the field named; page parameters are not taken', async () => {
  const cases: [string, RegExp][] = [
    ['/events/export?format=xlsx', /querystring\/format must be equal to one of the allowed values/],
    ['/events/export?dyad=IND', /querystring\/dyad must match pattern/],
    [`/events/export?limit=${MAX_PAGE}`, /querystring must NOT have additional properties/],
  ];
  for (const [url, message] of cases) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 400, url);
    assert.match(r.json().message, message, url);
  }
});
