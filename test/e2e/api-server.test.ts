/**
 * `parley serve` over real HTTP on a loopback port: every route, its filters, cursor pages, formats, bad input
 * (malformed JSON, wrong types, a 20 MB body, SQL metacharacters and <script>), the token, the rate limit and SIGTERM.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { bin, exampleStore, startServer, type ServerProcess } from '../helpers/server-process.js';
import { GDELT_COLUMNS } from '../../src/store/export.js';

let db: string;
let server: ServerProcess;

before(async () => {
  db = exampleStore();
  server = await startServer(db);
});
after(async () => {
  if (server) assert.equal(await server.stop(), 0);
});

/** A JSON answer: the tests read it field by field, and the assertions say what shape they expect. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
interface Answer {
  status: number;
  body: Json;
}

async function get(path: string): Promise<Response> {
  return fetch(server.url + path, { signal: AbortSignal.timeout(20_000) });
}
async function json(path: string): Promise<Answer> {
  const r = await get(path);
  return { status: r.status, body: await r.json() };
}
async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const r = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: r.status, body: await r.json() };
}

test('GET /health answers with the number of stored articles', async () => {
  assert.deepEqual(await json('/health'), { status: 200, body: { status: 'ok', articles: 30 } });
});

test('GET /openapi.json is OpenAPI 3 with every route; /docs serves the docs page', async () => {
  const { body } = await json('/openapi.json');
  assert.match(body.openapi, /^3\./);
  const paths = ['/health', '/analyze', '/articles', '/articles/{id}', '/events', '/quotes', '/entities', '/actors'];
  for (const path of [...paths, '/dyads', '/dyads/{a}/{b}/series', '/changes', '/alerts']) {
    assert.ok(body.paths[path], path);
  }
  assert.ok(body.paths['/events'].get.parameters.some((p: { name: string }) => p.name === 'cursor'));
  const docs = await get('/docs/');
  assert.equal(docs.status, 200);
  assert.match(await docs.text(), /swagger/i);
});

test('GET /events pages with a cursor: the pages together are the whole list, and stay so when articles are added between pages', async () => {
  const all = (await json('/events?limit=1000')).body.items as Record<string, unknown>[];
  assert.ok(all.length > 30);
  const key = (r: Record<string, unknown>) => `${r.article_id}:${r.event_id}`;
  const paged: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { body }: Answer = await json(`/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
    paged.push(...(body.items as Record<string, unknown>[]).map(key));
    cursor = body.next;
    if (++pages === 2) {
      // An article dated inside the range already paged, and one after it: neither shifts the pages still to come.
      const added = await post('/articles', {
        articles: [
          { text: 'Chile accused Peru of seizing two fishing boats on Monday.', date: '2025-10-20', id: 'page-1' },
          { text: 'Peru rejected the Chilean accusation on Tuesday.', date: '2025-09-02', id: 'page-2' },
        ],
      });
      assert.equal(added.body.added, 2);
    }
  } while (cursor && pages < 100);
  const before = new Set(all.map(key));
  assert.deepEqual(
    paged.filter((k) => before.has(k)),
    all.map(key),
  );
  assert.equal(new Set(paged).size, paged.length);
});

test('list formats: csv with a header, gdelt with 61 columns, plover JSON lines; the next cursor in X-Next-Cursor', async () => {
  const csv = await get('/events?limit=5&format=csv&dyad=CHL,PER');
  assert.match(csv.headers.get('content-type')!, /^text\/csv/);
  assert.ok(csv.headers.get('x-next-cursor'));
  const lines = (await csv.text()).trim().split('\n');
  assert.match(lines[0], /^article_id,event_id,day,/);
  assert.equal(lines.length, 6);
  const gdelt = (await (await get('/events?limit=5&format=gdelt')).text()).trim().split('\n');
  assert.ok(gdelt.length >= 1 && gdelt.length <= 5);
  for (const line of gdelt) assert.equal(line.split('\t').length, GDELT_COLUMNS.length);
  const ploverText = await (await get('/events?limit=3&format=plover')).text();
  const plover = ploverText
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(plover.length, 3);
  assert.ok(plover.every((r) => typeof r.event_type === 'string' && r.actor && r.recipient));
  const bad = await json('/quotes?format=gdelt');
  assert.equal(bad.status, 400);
  assert.match(bad.body.message, /querystring\/format must be equal to one of the allowed values/);
});

test('event filters compose (dyad, quad, dates) and wrong filters are a 400 naming the parameter', async () => {
  const { body } = await json('/events?dyad=chl,per&quad=4&since=2025-09-20&until=2025-10-10&limit=1000');
  assert.ok(body.items.length > 0);
  for (const r of body.items) {
    assert.equal(r.quad_class, 4);
    assert.ok(r.day >= '2025-09-20' && r.day <= '2025-10-10');
  }
  for (const [query, field] of [
    ['quad=5', 'quad'],
    ['quad=x', 'quad'],
    ['since=yesterday', 'since'],
    ['limit=0', 'limit'],
    ['limit=100000', 'limit'],
    ["actor=USA'%20OR%201=1--", 'actor'],
    ['dyad=CHL', 'dyad'],
  ]) {
    const r = await json(`/events?${query}`);
    assert.equal(r.status, 400, query);
    assert.match(r.body.message, new RegExp(`querystring/${field} `), query);
    assert.equal(r.body.stack, undefined);
  }
  const unknown = await json('/events?colour=red');
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.message, /"colour"/);
  assert.equal((await json('/events?cursor=not-a-cursor')).status, 400);
});

test('SQL metacharacters and <script> in text filters are only words: no rows, nothing changed, JSON back', async () => {
  for (const text of ["'; DROP TABLE articles; --", '" OR 1=1 --', '<script>alert(1)</script>', 'NEAR(a b) OR *']) {
    for (const path of ['/events', '/quotes', '/articles', '/entities']) {
      const r = await get(`${path}?text=${encodeURIComponent(text)}`);
      assert.equal(r.status, 200, `${path} ${text}`);
      assert.match(r.headers.get('content-type')!, /^application\/json/);
      assert.deepEqual((await r.json()).items, [], `${path} ${text}`);
    }
    const speaker = await json(`/quotes?speaker=${encodeURIComponent(text)}`);
    assert.deepEqual(speaker.body.items, []);
  }
  assert.ok((await json('/health')).body.articles >= 30);
});

test('GET /articles/:id gives the text and the full analysis with offsets into it; 404 names the id', async () => {
  const { body } = await json('/articles/dyad-08');
  assert.equal(body.article.id, 'dyad-08');
  assert.match(body.id, /^[0-9a-f]{32}$/);
  assert.ok(body.analysis.mentions.length > 0);
  for (const m of body.analysis.mentions) assert.ok(m.span.end <= body.article.text.length);
  const byContentId = await json(`/articles/${body.id}`);
  assert.equal(byContentId.body.article.id, 'dyad-08');
  const missing = await json('/articles/no-such-article');
  assert.equal(missing.status, 404);
  assert.match(missing.body.message, /no-such-article/);
});

test('GET /articles searches by source and date', async () => {
  const { body } = await json('/articles?source=Andes%20Wire&since=2025-09-10&limit=1000');
  assert.ok(body.items.length > 0);
  for (const a of body.items) assert.ok(a.source === 'Andes Wire' && a.day >= '2025-09-10', a.ext_id);
});

test('GET /quotes, /entities and /actors list with their filters and pages', async () => {
  const quotes = await json('/quotes?limit=2');
  assert.equal(quotes.body.items.length, 2);
  assert.ok(quotes.body.next);
  const page2 = await json(`/quotes?limit=2&cursor=${quotes.body.next}`);
  assert.notDeepEqual(page2.body.items[0], quotes.body.items[0]);
  const entities = await json('/entities?type=GPE&limit=1000');
  assert.ok(entities.body.items.every((e: { type: string }) => e.type === 'GPE'));
  const counts = entities.body.items.map((e: { articles: number }) => e.articles);
  assert.deepEqual(
    counts,
    [...counts].sort((a: number, b: number) => b - a),
  );
  const entityPages: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Answer = await json(`/entities?type=GPE&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    entityPages.push(...page.body.items.map((e: { name: string }) => e.name));
    cursor = page.body.next;
  } while (cursor && entityPages.length < 2000);
  assert.deepEqual(
    entityPages,
    entities.body.items.map((e: { name: string }) => e.name),
  );
  const actors = await json('/actors?country=PER&limit=1000');
  assert.ok(actors.body.items.length > 0);
  for (const a of actors.body.items) assert.equal(a.reports, a.as_source + a.as_target);
  const allActors = (await json('/actors?limit=1000')).body.items;
  const first = await json('/actors?limit=2');
  const second = await json(`/actors?limit=2&cursor=${first.body.next}`);
  const codes = (rows: { code: string }[]) => rows.map((a) => a.code);
  assert.deepEqual(codes([...first.body.items, ...second.body.items]), codes(allActors.slice(0, 4)));
});

test('GET /dyads and the series: the series counts every report of the dyad once', async () => {
  const dyads = await json('/dyads');
  assert.equal(dyads.body.items[0].dyad, 'CHL,PER');
  const series = await json('/dyads/PER/CHL/series?interval=week&until=2025-10-31');
  const reports = series.body.items.reduce((n: number, r: { reports: number }) => n + r.reports, 0);
  const events = await json('/events?dyad=CHL,PER&until=2025-10-31&limit=1000');
  assert.equal(reports, events.body.items.length);
  assert.ok(series.body.items.every((r: { week: string }) => /^\d{4}-\d{2}-\d{2}$/.test(r.week)));
  const daily = await json('/dyads/chl/per/series?interval=day&quad=3');
  for (const r of daily.body.items) assert.equal(r.verbal_conflict, r.reports, r.day);
  assert.equal((await json('/dyads/CHILE/PER/series')).status, 400);
  assert.equal((await json('/dyads/CHL/PER/series?interval=month')).status, 400);
});

test('GET /changes gives what was added after a cursor, and an empty page with the same cursor at the end', async () => {
  const first = await json('/changes?limit=10');
  assert.equal(first.body.items.length, 10);
  assert.ok(first.body.items.every((c: { kind: string }) => c.kind === 'added'));
  let next = first.body.next;
  let seen = 10;
  for (let i = 0; i < 100; i++) {
    const page = await json(`/changes?since=${next}&limit=10`);
    seen += page.body.items.length;
    if (page.body.items.length === 0) {
      assert.equal(page.body.next, next);
      break;
    }
    next = page.body.next;
  }
  assert.equal(seen, (await json('/health')).body.articles);
  const text = 'Peru thanked Chile for returning the boats on Friday.';
  await post('/articles', { articles: [{ text, date: '2025-11-07', source: 'Test Wire', id: 'change-1' }] });
  const after = await json(`/changes?since=${next}`);
  assert.deepEqual(
    after.body.items.map((c: { ext_id: string }) => c.ext_id),
    ['change-1'],
  );
});

test('POST /analyze returns the Analysis of text or wire input and stores nothing; bad bodies are 4xx naming the field', async () => {
  const articles = (await json('/health')).body.articles;
  const text = 'India accused Pakistan of shelling border villages on Monday. <script>alert(1)</script>';
  const r = await post('/analyze', { text, date: '2025-11-03' });
  assert.equal(r.status, 200);
  assert.ok(r.body.events.some((e: { source: { country: string } }) => e.source.country === 'IND'));
  assert.ok(r.body.sentences.some((s: { text: string }) => s.text.includes('<script>alert(1)</script>')));
  const wireText = 'date 2025-11-04\nsource Test\n\nPakistan rejected the Indian charge on Tuesday.';
  const wire = await post('/analyze', { wire: wireText });
  assert.equal(wire.body.article.date, '2025-11-04');
  assert.equal((await json('/health')).body.articles, articles);
  const cases: [unknown, number, RegExp][] = [
    [{ text: 123, date: '2025-11-03' }, 400, /body\/text must be string/],
    [{ text: 'x', date: ['2025-11-03'] }, 400, /body\/date must be string/],
    [{ text: 'India spoke.' }, 400, /date/],
    [{ text: 'India spoke.', date: 'not a date' }, 400, /date/],
    [{ date: '2025-11-03' }, 400, /text/],
    [{ text: 'x', date: '2025-11-03', colour: 'red' }, 400, /"colour"/],
    ['{"text": "unfinished', 400, /JSON/],
    ['[1, 2', 400, /JSON/],
  ];
  for (const [body, status, message] of cases) {
    const res = await post('/analyze', body);
    assert.equal(res.status, status, JSON.stringify(body));
    assert.match(res.body.message, message, JSON.stringify(body));
    assert.equal(res.body.stack, undefined);
  }
});

/**
 * POST a large body over a plain socket, a chunk at a time, and read the answer as it comes: the server answers 413
 * from the Content-Length and closes the connection while the client is still writing (fetch and node:http report
 * that as a failed write and drop the answer).
 */
function postLarge(path: string, bytes: number): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    const timer = setTimeout(() => socket.destroy(new Error('no answer in 30 s')), 30_000);
    const finish = () => {
      clearTimeout(timer);
      const m = /^HTTP\/1\.1 (\d{3})[\s\S]*?\r\n\r\n([\s\S]*)$/.exec(received);
      if (m) resolve({ status: Number(m[1]), body: JSON.parse(m[2]) });
      else reject(new Error(`no HTTP answer: ${received.slice(0, 200)}`));
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (/\r\n\r\n\{[\s\S]*\}$/.test(received)) socket.destroy();
    });
    socket.on('close', finish);
    socket.on('error', () => {});
    socket.on('connect', async () => {
      const head = [
        `POST ${path} HTTP/1.1`,
        `Host: ${hostname}`,
        'Content-Type: application/json',
        `Content-Length: ${bytes}`,
      ];
      socket.write(`${head.join('\r\n')}\r\nConnection: close\r\n\r\n`);
      // The answer may come from the headers alone; body bytes the server never reads could reset the connection
      // and lose it. Only if none comes, send the body.
      await new Promise((r) => setTimeout(r, 2000));
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let sent = 0; sent < bytes && received === '' && !socket.destroyed; sent += chunk.length) {
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
    });
  });
}

test('a 20 MB body is refused with 413 from its Content-Length, before any of it is read', async () => {
  for (const path of ['/analyze', '/articles']) {
    const r = await postLarge(path, 20 * 1024 * 1024);
    assert.equal(r.status, 413, path);
    assert.match(r.body.message, /too large/);
  }
  assert.equal((await json('/health')).status, 200);
});

test('POST /articles stores through ingest: ids, duplicates, failures by place and field, batch limit', async () => {
  const text = 'Estonia protested to Latvia over the fishing quota on Monday. <script>alert("x")</script>';
  const r = await post('/articles', {
    articles: [
      { text, date: '2025-11-10', source: 'Test Wire', id: 'script-1' },
      { text: 'no date here' },
      { wire: 'date 2025-11-11\nid wire-1\nsource Test Daily\n\nLatvia rejected the Estonian protest.' },
      { text, date: '2025-11-10', source: 'Test Wire', id: 'script-1' },
    ],
  });
  assert.equal(r.status, 200);
  assert.deepEqual([r.body.added, r.body.duplicates, r.body.failures], [2, 1, 1]);
  assert.deepEqual(
    r.body.articles.map((a: { status: string }) => a.status),
    ['added', 'failed', 'added', 'duplicate'],
  );
  assert.equal(r.body.articles[1].field, 'date');
  assert.match(r.body.articles[1].reason, /articles\/1/);
  const stored = await get(`/articles/${r.body.articles[0].id}`);
  assert.match(stored.headers.get('content-type')!, /^application\/json/);
  assert.equal((await stored.json()).article.text, text);
  const same = { text, date: '2025-11-10', source: 'Test Wire', id: 'script-1' };
  const again = await post('/articles', { articles: [same] });
  assert.deepEqual([again.body.added, again.body.duplicates], [0, 1]);
  const batch = Array.from({ length: 101 }, (_, i) => ({ text: `Story ${i}.`, date: '2025-11-10' }));
  const tooMany = await post('/articles', { articles: batch });
  assert.equal(tooMany.status, 400);
  assert.match(tooMany.body.message, /body\/articles must NOT have more than 100 items/);
  assert.equal((await post('/articles', { articles: [] })).status, 400);
  assert.equal((await post('/articles', { text, date: '2025-11-10' })).status, 400);
});

test('GET /alerts answers with its parameters and alerts that name their evidence; bad parameters are a 400', async () => {
  const r = await json('/alerts?since=2025-09-01&minClusters=1&minSources=1&maxP=1&minRise=0&ratio=1');
  assert.equal(r.status, 200);
  assert.equal(r.body.parameters.minClusters, 1);
  assert.ok(r.body.alerts.length > 0);
  for (const a of r.body.alerts) {
    assert.ok(a.events.length >= a.clusters && a.articles.length >= 1);
    assert.match(a.reason, /→/);
  }
  const csv = await get('/alerts?since=2025-09-01&minClusters=1&minSources=1&maxP=1&minRise=0&ratio=1&format=csv');
  assert.match((await csv.text()).split('\n')[0], /^kind,dyad,interval,/);
  const bad = await json('/alerts?ratio=0.5');
  assert.equal(bad.status, 400);
  assert.match(bad.body.message, /querystring\/ratio/);
});

test('unknown routes are a JSON 404; the request log is pino JSON lines on stderr', async () => {
  const r = await json('/nothing/here');
  assert.equal(r.status, 404);
  assert.match(r.body.message, /no route GET \/nothing\/here/);
  const logLines = server
    .stderr()
    .split('\n')
    .filter((l) => l.startsWith('{'));
  assert.ok(logLines.length > 10);
  const entry = JSON.parse(logLines.find((l) => l.includes('request completed'))!);
  assert.equal(typeof entry.responseTime, 'number');
  assert.equal(typeof entry.res.statusCode, 'number');
});

test('with PARLEY_TOKEN set, write routes need the bearer token and reads do not', async () => {
  const guarded = await startServer(db, [], { PARLEY_TOKEN: 'test-token-123' });
  try {
    const body = JSON.stringify({ text: 'India spoke.', date: '2025-11-03' });
    const send = (auth?: string) =>
      fetch(`${guarded.url}/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body,
        signal: AbortSignal.timeout(20_000),
      });
    assert.equal((await send()).status, 401);
    assert.equal((await send('Bearer wrong-token-12')).status, 401);
    const denied = await send('Bearer test-token-12');
    assert.match((await denied.json()).message, /Authorization: Bearer/);
    assert.equal((await send('Bearer test-token-123')).status, 200);
    assert.equal((await fetch(`${guarded.url}/events?limit=1`)).status, 200);
  } finally {
    assert.equal(await guarded.stop(), 0);
  }
});

test('beyond loopback without PARLEY_TOKEN the server refuses to start', () => {
  const args = [bin, 'serve', '--db', db, '--host', '0.0.0.0', '--port', '0'];
  const env = { ...process.env, PARLEY_TOKEN: '' };
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env, timeout: 20_000 });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^parley: listening on 0\.0\.0\.0 \(beyond loopback\) needs PARLEY_TOKEN/);
});

test('the rate limit answers 429 past its count', async () => {
  const limited = await startServer(db, ['--rate-limit', '5', '--quiet']);
  try {
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await fetch(`${limited.url}/health`)).status);
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 429, 429]);
  } finally {
    await limited.stop();
  }
});
