/**
 * Screenshots of each dashboard page into docs/screenshots/ (PNG, 1280×800, and the article view at phone width),
 * over a store of the example stories (examples/dyad, written for Parley: no news text from ../shared goes into the
 * repo, in an image or otherwise):
 *
 *   npm run screenshots        (after npm run build; needs /usr/bin/chromium, `apt-get install chromium`)
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { exampleStore, startServer } from '../test/helpers/server-process.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Page name, address, and what to wait for before the picture. */
const SHOTS: [string, string, string][] = [
  ['home', '/', 'section[aria-label="busiest dyads"] td a'],
  ['article', '/articles/dyad-15/view#e-ev1', 'mark[data-kind="event"]'],
  ['events', '/events/view?dyad=CHL,PER&sort=goldstein&dir=asc', 'table.events tbody tr'],
  ['dyad', '/dyads/view?a=CHL&b=PER&interval=day&at=2025-09-29', '.clusters li'],
  ['alerts', '/alerts/view', 'main h1'],
  ['network', '/network/view', 'svg.network line'],
  ['quotes', '/quotes/view?text=fishing', 'ul.quotes li'],
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer(exampleStore(), ['--quiet']);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const [name, path, ready] of SHOTS) {
      await page.goto(server.url + path);
      await page.waitForSelector(ready, { timeout: 15_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}${name}.png` });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    }
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await phone.goto(server.url + '/articles/dyad-15/view');
    await phone.waitForSelector('mark[data-kind="event"]');
    await phone.screenshot({ path: `${OUT}article-phone.png` });
    process.stdout.write('docs/screenshots/article-phone.png\n');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
