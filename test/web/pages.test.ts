/** The dashboard's pages and assets as the server sends them, and the explore routes' input checks (in-process). */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { Store } from '../../src/store/store.js';
import { WEB_PAGES } from '../../src/web/pages.js';

let store: Store;
let app: FastifyInstance;
const built = existsSync(join(import.meta.dirname, '../../dist/public/home.js'));

before(async () => {
  store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-web-')), 'w.db'));
  app = await buildServer({ store, host: '127.0.0.1', log: false, rateLimit: 0 });
});
after(async () => {
  await app.close();
  await store.close();
});

test('every page is an HTML shell with its own script, the navigation and a script-only-from-self policy', async () => {
  for (const page of WEB_PAGES) {
    const r = await app.inject({ url: page.path.replace(':id', 'some%2Fid') });
    assert.equal(r.statusCode, 200, page.path);
    assert.match(String(r.headers['content-type']), /^text\/html/);
    assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
    assert.ok(r.body.includes(`<script type="module" src="/assets/${page.script}.js">`), page.path);
    assert.equal((r.body.match(/<nav[^>]*>.*<\/nav>/)?.[0].match(/<a /g) ?? []).length, 6);
  }
});

test(
  'assets are served by plain name only',
  { skip: built ? false : 'needs npm run build (dist/public)' },
  async () => {
    const js = await app.inject({ url: '/assets/dyad.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    const css = await app.inject({ url: '/assets/app.css' });
    assert.match(String(css.headers['content-type']), /^text\/css/);
    for (const bad of ['/assets/..%2Fpackage.json', '/assets/app.json', '/assets/nothing.js', '/assets/.hidden.js'])
      assert.equal((await app.inject({ url: bad })).statusCode, 404, bad);
  },
);

test('the explore routes check their input and name the field', async () => {
  const cases: [string, RegExp][] = [
    ['/events/table?sort=title', /querystring\/sort must be equal to one of the allowed values/],
    ['/events/table?limit=501', /querystring\/limit must be <= 500/],
    ['/events/table?dyad=IND', /querystring\/dyad must match pattern/],
    ['/network?level=city', /querystring\/level/],
    ['/quotes/search?offset=-1', /querystring\/offset must be >= 0/],
    ['/actors/search', /querystring must have required property 'q'/],
  ];
  for (const [url, message] of cases) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 400, url);
    assert.match(r.json().message, message, url);
  }
  const empty = await app.inject({ url: '/events/table?text=%27%3B%20drop%20table%20events%3B--&sort=goldstein' });
  assert.deepEqual(empty.json(), { total: 0, items: [] });
  assert.deepEqual((await app.inject({ url: '/network' })).json(), { nodes: [], edges: [] });
});
