/**
 * Feed polling against a local HTTP server on a loopback port and a real SQLite file: the first poll ingests the
 * items, the next is a conditional request answered 304 and adds nothing, an HTML page, a slow server and an
 * oversized feed each give a one-line error, and a host's requests are spaced.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/store/store.js';
import {
  DEFAULT_POLL_OPTIONS,
  feedUrls,
  HostGate,
  parseDuration,
  pollAll,
  pollFeed,
  type PollOptions,
} from '../../src/store/watch.js';

const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><guid>a1</guid><title>Ministers meet</title><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate>
<description>The foreign ministers of Chile and Peru met in Lima on Monday to discuss the border.</description></item>
<item><guid>a2</guid><title>Talks end</title><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<description>Talks between the two governments ended on Tuesday without an agreement, officials said.</description></item>
</channel></rss>`;

const ETAG = '"feed-v1"';

async function withServer(run: (base: string, seen: IncomingHttpHeaders[]) => Promise<void>): Promise<void> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304, { etag: ETAG }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG }).end(FEED);
    } else if (req.url === '/page.html') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html><body>Hi</body></html>');
    } else if (req.url === '/slow.xml') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED), 3000).unref();
    } else if (req.url === '/big.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED.replace('<title>Test Wire</title>', `<title>${'x'.repeat(20_000)}</title>`));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await run(`http://127.0.0.1:${port}`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const store = await Store.open(join(mkdtempSync(join(tmpdir(), 'parley-watch-')), 'watch.db'));
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

const options: PollOptions = { ...DEFAULT_POLL_OPTIONS, timeoutMs: 500, maxBytes: 10_000, hostIntervalMs: 0 };

const articleCount = async (store: Store) => (await store.totals()).articles;

test('the first poll ingests the items; the second is conditional, gets 304 and adds nothing', async () => {
  await withServer(async (base, seen) => {
    await withStore(async (store) => {
      const url = `${base}/feed.xml`;
      const first = await pollFeed(store, url, new HostGate(0), options);
      assert.deepEqual(first, { url, status: 'fetched', items: 2, added: 2, skipped: 0, failures: 0 });
      assert.equal(await articleCount(store), 2);
      assert.equal(seen[0]['if-none-match'], undefined);

      const second = await pollFeed(store, url, new HostGate(0), options);
      assert.deepEqual(second, { url, status: 'not-modified' });
      assert.equal(seen[1]['if-none-match'], ETAG);
      assert.equal(await articleCount(store), 2);

      const row = await store.db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirstOrThrow();
      assert.equal(row.etag, ETAG);
      assert.equal(row.items_added, 2);
      assert.equal(row.status, 'not modified (304)');
    });
  });
});

test('a feed fetched again without validators adds nothing: ingest is idempotent by content id', async () => {
  await withServer(async (base) => {
    await withStore(async (store) => {
      const url = `${base}/feed.xml`;
      await pollFeed(store, url, new HostGate(0), options);
      await store.db.updateTable('feeds').set({ etag: null }).execute();
      const again = await pollFeed(store, url, new HostGate(0), options);
      assert.deepEqual(again, { url, status: 'fetched', items: 2, added: 0, skipped: 2, failures: 0 });
      assert.equal(await articleCount(store), 2);
    });
  });
});

test('an HTML page, a slow server, an oversized feed and a 404 each give an error and the other feeds go on', async () => {
  await withServer(async (base) => {
    await withStore(async (store) => {
      const started = Date.now();
      const results = await pollAll(
        store,
        ['/page.html', '/slow.xml', '/big.xml', '/missing.xml', '/feed.xml'].map((p) => base + p),
        new HostGate(0),
        options,
      );
      const reasons = results.map((r) => (r.status === 'error' ? r.reason : r.status));
      assert.match(reasons[0], /^the server sent an HTML page, not an RSS or Atom feed \(Content-Type: text\/html/);
      assert.match(reasons[1], /^no complete response within 0\.5 s \(timeout\)$/);
      assert.match(reasons[2], /over the limit of 10000 bytes/);
      assert.equal(reasons[3], 'HTTP 404 Not Found');
      assert.equal(reasons[4], 'fetched');
      assert.ok(Date.now() - started < 2500, 'the slow server was not waited for');
      assert.equal(await articleCount(store), 2);
      for (const r of reasons) assert.doesNotMatch(r, /\n/);
    });
  });
});

test('requests to one host are spaced by the host interval', async () => {
  const gate = new HostGate(150);
  const started = Date.now();
  await gate.wait('http://example.test/a');
  await gate.wait('http://other.test/a');
  assert.ok(Date.now() - started < 100, 'another host does not wait');
  await gate.wait('http://example.test/b');
  assert.ok(Date.now() - started >= 145, 'the same host waits');
});

test('feed lists and durations', () => {
  const files: Record<string, string> = { 'feeds.txt': '# news\nhttp://a.test/rss\n\nhttps://b.test/atom # wire\n' };
  const read = (p: string) => {
    if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return files[p];
  };
  assert.deepEqual(feedUrls(['feeds.txt', 'http://c.test/x'], read), [
    'http://a.test/rss',
    'https://b.test/atom',
    'http://c.test/x',
  ]);
  files['bad.txt'] = 'http://a.test/rss\nftp://x.test/feed\n';
  assert.throws(() => feedUrls(['bad.txt'], read), /^Error: bad\.txt:2: only http:\/\/ and https:\/\/ feeds/);
  assert.throws(() => feedUrls(['nope.txt'], read), /nope\.txt: no such file/);
  assert.throws(() => feedUrls(['ftp://x.test/feed'], read), /only http:\/\/ and https:\/\/ feeds/);
  assert.equal(parseDuration('10m', '--every'), 600_000);
  assert.equal(parseDuration('1.5s', '--every'), 1500);
  assert.equal(parseDuration('500ms', '--every'), 500);
  assert.throws(() => parseDuration('soon', '--every'), /--every must be a duration/);
});
