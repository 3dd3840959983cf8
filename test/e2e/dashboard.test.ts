/**
 * The dashboard in a real browser (playwright-core driving Debian's /usr/bin/chromium; never `playwright install`):
 * every page loads at 1280×800 and at phone width without console errors, the seed article leads to its quotes and
 * to the USA–PAK dyad, a filter is applied and its CSV downloaded, markup in an article's text stays text, and the
 * dyad view's time to draw a two-year daily series is measured (reported, not asserted).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bin, exampleStore, startServer, type ServerProcess } from '../helpers/server-process.js';
import { SEED } from '../helpers/seed.js';

const CHROMIUM = '/usr/bin/chromium';
function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing and CI is set: .ci/run installs chromium`);
  return `needs ${CHROMIUM} (apt-get install -y --no-install-recommends chromium fonts-liberation)`;
}
const skip = browserSkip();

let server: ServerProcess;
let browser: Browser;
const pages: { page: Page; errors: string[] }[] = [];

before(async () => {
  if (skip) return;
  const db = exampleStore();
  if (!SEED.skip) {
    const r = spawnSync(process.execPath, [bin, 'ingest', SEED.path, '--db', db, '--quiet', '--jobs', '1'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
  }
  server = await startServer(db, ['--quiet']);
  browser = await chromium.launch({ executablePath: CHROMIUM });
});
after(async () => {
  await browser?.close();
  if (server) assert.equal(await server.stop(), 0);
});

/** A page that records console errors and uncaught exceptions; each test checks it saw none. */
async function open(width = 1280, height = 800): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const p = { page, errors };
  pages.push(p);
  return p;
}

const PAGES: [string, string][] = [
  ['/', 'section[aria-label="busiest dyads"] tbody tr'],
  ['/articles/dyad-15/view', 'mark[data-kind="event"]'],
  ['/events/view', 'table.events tbody tr'],
  ['/dyads/view?a=CHL&b=PER', '.chart canvas'],
  ['/alerts/view', 'form.filters select'],
  ['/network/view', 'svg.network a.edge'],
  ['/quotes/view', 'ul.quotes li'],
];

test(
  'every page loads at 1280×800 and at phone width, without console errors or sideways scrolling',
  { skip },
  async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ]) {
      const { page, errors } = await open(width, height);
      for (const [path, ready] of PAGES) {
        await page.goto(server.url + path, { waitUntil: 'domcontentloaded' });
        await page.waitForSelector(ready, { timeout: 10_000 });
        assert.equal(await page.locator('header nav a').count(), 6, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${path} at ${width}px is ${overflow}px too wide`);
      }
      assert.deepEqual(errors, []);
    }
  },
);

test('an article whose text holds <script> and markup shows them as text', { skip }, async () => {
  const text =
    'India accused Pakistan of shelling on Monday. <script>window.__pwned = 1; alert("x")</script> ' +
    '<b>bold</b> <img src=x onerror="window.__pwned = 2"> "We will respond," the minister said.';
  const r = await fetch(`${server.url}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ articles: [{ text, date: '2025-05-12', id: 'markup-1', title: '<i>Title</i> & co' }] }),
  });
  assert.equal(r.status, 200);
  const { page, errors } = await open();
  await page.goto(`${server.url}/articles/markup-1/view`);
  await page.waitForSelector('.article-text mark');
  assert.equal(await page.locator('.article-text').innerText(), text);
  assert.equal(await page.locator('h1').innerText(), '<i>Title</i> & co');
  assert.equal(await page.locator('main script, main b, main img, main i').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(errors, []);
});

test(
  'the seed article: highlights, its quotes (panel and quote search) and the USA–PAK dyad',
  { skip: skip || SEED.skip },
  async () => {
    const { items } = (await (await fetch(`${server.url}/articles?limit=1000`)).json()) as {
      items: { id: string; ext_id: string }[];
    };
    const seed = items.find((a) => a.ext_id.endsWith('000_a8c3c8c87294c786.txt'));
    assert.ok(seed, 'the seed article is stored');
    const { page, errors } = await open();
    await page.goto(`${server.url}/articles/${seed.id}/view`);
    await page.waitForSelector('mark[data-kind="quote"]');
    for (const kind of ['entity', 'quote', 'time', 'event'])
      assert.ok((await page.locator(`.article-text mark[data-kind="${kind}"]`).count()) > 0, kind);
    assert.match(
      (await page.locator('.article-text mark[data-kind="entity"]').first().getAttribute('title')) ?? '',
      /\w/,
    );

    // A quote in the side panel scrolls to its span and gives it focus.
    const quotes = page.locator('section[aria-label="quotes"] button');
    assert.ok((await quotes.count()) > 0);
    await quotes.first().press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    assert.match(focused, /^q-/);
    assert.ok(await page.locator(`#${focused}`).isVisible());

    // Quote search by speaker leads back to the article, at the quote.
    await page.goto(`${server.url}/quotes/view`);
    await page.waitForSelector('ul.quotes li');
    await page.fill('input[name="speaker"]', 'Rubio');
    // The page lists every quote before the search: wait for the search's answer to be drawn, not for any list.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/quotes/search') && r.url().includes('speaker=Rubio')),
      page.click('form button[type="submit"]'),
    ]);
    const found = ((await answer.json()) as { items: { speaker: string | null }[] }).items;
    assert.ok(found.length > 0, 'the search finds the seed quotes');
    await page.waitForFunction(
      ([first, n]) =>
        document.querySelectorAll('ul.quotes li').length === n &&
        document.querySelector('ul.quotes li strong')?.textContent === first,
      [found[0].speaker ?? 'unknown speaker', found.length] as const,
    );
    for (const who of await page.locator('ul.quotes li strong').allInnerTexts()) assert.match(who, /rubio/i);
    await page.locator('ul.quotes li a').first().click();
    await page.waitForSelector('.article-text mark');
    assert.match(page.url(), /\/articles\/.+\/view#q-/);
    assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^q-/);

    // The events panel links to the USA–PAK dyad: the chart and the day's event clusters with their sources.
    const dyad = page.locator('section[aria-label="events"] a', { hasText: /^(USA–PAK|PAK–USA) dyad$/ }).first();
    await dyad.click();
    await page.waitForSelector('.chart canvas');
    assert.match(await page.locator('h1').innerText(), /USA–PAK|PAK–USA/);
    await page.waitForSelector('.clusters li');
    assert.ok((await page.locator('.clusters .sources a').count()) > 0);
    assert.deepEqual(errors, []);
  },
);

test('events explorer: a filter, server sorting and paging, and the CSV of the filter', { skip }, async () => {
  const { page, errors } = await open();
  await page.goto(`${server.url}/events/view`);
  await page.waitForSelector('table.events tbody tr');
  await page.fill('input[name="dyad"]', 'chl per');
  await page.selectOption('select[name="quad"]', '4');
  await page.click('form.filters button[type="submit"]');
  await page.waitForURL(/quad=4/);
  await page.waitForSelector('table.events tbody tr');
  const api = (await (await fetch(`${server.url}/events/table?dyad=CHL,PER&quad=4&limit=1`)).json()) as {
    total: number;
  };
  assert.ok(api.total > 0);
  await page.waitForFunction((n) => document.body.innerText.includes(`${n} events`), api.total);
  for (const q of await page.locator('table.events tbody td:nth-child(5)').allInnerTexts())
    assert.equal(q, 'material conflict');

  await page.click('th button:has-text("Goldstein")');
  await page.waitForURL(/sort=goldstein/);
  await page.waitForFunction(() => {
    const g = [...document.querySelectorAll('table.events tbody td.num')].map((td) => Number(td.textContent));
    return g.length > 0 && g.every((x, i) => i === 0 || g[i - 1] >= x);
  });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("CSV")')]);
  const csv = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[];
  assert.equal(csv.length, api.total);
  for (const row of csv) {
    assert.equal(row.quad_class, '4');
    assert.deepEqual([row.source_code.slice(0, 3), row.target_code.slice(0, 3)].sort(), ['CHL', 'PER']);
  }

  // A row leads to its article, at the event's trigger.
  await page.locator('table.events tbody td:last-child a').first().click();
  await page.waitForSelector('.article-text mark');
  assert.match(page.url(), /\/articles\/.+\/view#e-/);
  assert.match(await page.evaluate(() => document.activeElement?.getAttribute('data-kind') ?? ''), /^event$/);
  assert.deepEqual(errors, []);
});

test('paste and analyze shows the analysis and stores nothing', { skip }, async () => {
  const before = (await (await fetch(`${server.url}/health`)).json()) as { articles: number };
  const { page, errors } = await open();
  await page.goto(server.url + '/');
  await page.fill('textarea[name="text"]', 'Chile accused Peru of seizing two fishing boats on Monday.');
  await page.fill('input[name="date"]', '2025-10-20');
  await page.click('form.analyze button[type="submit"]');
  await page.waitForSelector('.article-text mark[data-kind="event"]');
  assert.ok((await page.locator('.article-text mark[data-kind="entity"]').count()) >= 2);
  const after = (await (await fetch(`${server.url}/health`)).json()) as { articles: number };
  assert.equal(after.articles, before.articles);
  assert.deepEqual(errors, []);
});

test('network: an edge is a link to its dyad, by keyboard too', { skip }, async () => {
  const { page, errors } = await open();
  await page.goto(`${server.url}/network/view`);
  await page.waitForSelector('svg.network a.edge');
  await page.locator('svg.network a.edge').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/dyads\/view\?a=[A-Z]{3}&b=[A-Z]{3}/);
  await page.waitForSelector('.chart canvas');
  assert.deepEqual(errors, []);
});

test('the dyad view draws a two-year daily series (time measured and reported, not asserted)', { skip }, async (t) => {
  const { page, errors } = await open();
  const rows = [];
  const day0 = Date.parse('2024-01-01T00:00:00Z');
  for (let i = 0; i < 731; i++) {
    const q = [i % 3, i % 5 === 0 ? 1 : 0, i % 7 === 0 ? 2 : 0, i % 11 === 0 ? 1 : 0];
    const reports = q.reduce((a, b) => a + b, 0);
    rows.push({
      day: new Date(day0 + i * 86_400_000).toISOString().slice(0, 10),
      events: reports,
      reports,
      verbal_coop: q[0],
      material_coop: q[1],
      verbal_conflict: q[2],
      material_conflict: q[3],
      goldstein_mean: reports ? Math.round(Math.sin(i / 20) * 500) / 100 : null,
    });
  }
  await page.route('**/dyads/AAA/BBB/series**', (route) => route.fulfill({ json: { items: rows, next: null } }));
  const alert = { kind: 'escalation', source_country: 'BBB', target_country: 'AAA', interval: '2025-06-02' };
  await page.route('**/alerts?**', (route) =>
    route.fulfill({ json: { since: '', until: '', alerts: [{ ...alert, reason: 'conflict rose (test)' }] } }),
  );
  await page.goto(`${server.url}/dyads/view?a=AAA&b=BBB&interval=day`);
  await page.waitForSelector('body[data-chart-ms]');
  const ms = Number(await page.evaluate(() => document.body.dataset.chartMs));
  t.diagnostic(`dyad chart, 731 daily points: ${ms.toFixed(1)} ms from the series to the chart drawn`);
  assert.ok(Number.isFinite(ms) && ms > 0);
  assert.equal(await page.locator('select[name="day"] option').count(), 1 + rows.filter((r) => r.reports).length);
  await page.waitForSelector('.alerts-inline li');
  assert.match(await page.locator('.alerts-inline').innerText(), /2025-06-02: conflict rose \(test\)/);

  // Brush: a drag across the chart zooms the time axis in.
  const before = await page.locator('.range').innerText();
  assert.equal(before, `${rows[0].day} – ${rows[rows.length - 1].day}`);
  const box = (await page.locator('.u-over').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.querySelector('.range')!.textContent !== b, before);
  const [from, to] = (await page.locator('.range').innerText()).split(' – ');
  assert.ok(from > rows[0].day && to < rows[rows.length - 1].day, `zoomed to ${from} – ${to}`);
  assert.deepEqual(errors, []);
});
