/**
 * The dashboard's pages: one small HTML shell per page (navigation, a mount point, its script) and the scripts and
 * style that `npm run build` bundles into dist/public (scripts/bundle-web.ts). Everything the page shows comes from
 * the API in the browser; the shell carries no user data, so nothing here needs escaping but the page's own title.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The package root: this file is src/web/ under tsx, dist/web/ compiled, and part of dist/bundle/ in the CLI. */
const PUBLIC_DIR = fileURLToPath(new URL('../../dist/public/', import.meta.url));

export interface WebPage {
  /** Address of the page (fastify route syntax). */
  path: string;
  /** Its script in dist/public (<script>.js). */
  script: string;
  title: string;
}

export const WEB_PAGES: WebPage[] = [
  { path: '/', script: 'home', title: 'Parley' },
  { path: '/articles/:id/view', script: 'article', title: 'Article' },
  { path: '/events/view', script: 'events', title: 'Events' },
  { path: '/dyads/view', script: 'dyad', title: 'Dyad' },
  { path: '/alerts/view', script: 'alerts', title: 'Alerts' },
  { path: '/network/view', script: 'network', title: 'Network' },
  { path: '/quotes/view', script: 'quotes', title: 'Quotes' },
];

const NAV: [string, string][] = [
  ['/', 'Home'],
  ['/events/view', 'Events'],
  ['/dyads/view', 'Dyads'],
  ['/alerts/view', 'Alerts'],
  ['/network/view', 'Network'],
  ['/quotes/view', 'Quotes'],
];

/** Scripts only from this folder, by a plain name: no path ever reaches the file system from a request. */
const ASSET = /^[a-z][a-z0-9-]*\.(js|css)$/;
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function shell(page: WebPage): string {
  const nav = NAV.map(([href, label]) => {
    const current = href === '/' ? page.script === 'home' : href.startsWith(`/${page.script}`);
    return `<a href="${href}"${current ? ' aria-current="page"' : ''}>${label}</a>`;
  }).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Parley</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
<script type="module" src="/assets/${page.script}.js"></script>
</head>
<body>
<header class="top"><a class="brand" href="/">Parley</a><nav aria-label="pages">${nav}</nav></header>
<main id="app" data-page="${page.script}"><p class="muted">Loading…</p></main>
<noscript><p>This dashboard needs JavaScript; the API is at <a href="/docs">/docs</a>.</p></noscript>
</body>
</html>
`;
}

function html(reply: FastifyReply, body: string) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

export function registerWebRoutes(app: FastifyInstance): void {
  for (const page of WEB_PAGES) {
    const body = shell(page);
    app.get(page.path, { schema: { hide: true } }, async (_request, reply) => html(reply, body));
  }
  app.get<{ Params: { file: string } }>('/assets/:file', { schema: { hide: true } }, async (request, reply) => {
    const { file } = request.params;
    if (!ASSET.test(file))
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no asset "${file}"` });
    let body: Buffer;
    try {
      body = await readFile(PUBLIC_DIR + file);
    } catch {
      return reply.code(404).send({
        statusCode: 404,
        error: 'Not Found',
        message: `no asset "${file}" (the dashboard is built by npm run build)`,
      });
    }
    return reply
      .type(TYPES[file.split('.').pop()!])
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(body);
  });
}
