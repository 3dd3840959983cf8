/**
 * Bundles the dashboard (src/web/client) into dist/public/: one minified script per page (its libraries inside it,
 * nothing fetched at run time) and one style sheet.
 *
 *   node --import tsx scripts/bundle-web.ts [--sizes]      (part of `npm run build`)
 *
 * `--sizes` prints each page's script size raw and gzipped (the budget is 150 KB gzipped per page).
 */
import { buildSync } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const pagesDir = join(root, 'src/web/client/pages');
export const PUBLIC_DIR = join(root, 'dist/public');

export function bundleWeb(): void {
  rmSync(PUBLIC_DIR, { recursive: true, force: true });
  const entryPoints = Object.fromEntries(
    readdirSync(pagesDir)
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => [f.replace(/\.tsx$/, ''), join(pagesDir, f)]),
  );
  buildSync({
    entryPoints: { ...entryPoints, app: join(root, 'src/web/client/app.css') },
    outdir: PUBLIC_DIR,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/** Each page's script: bytes and gzipped bytes. */
export function scriptSizes(): { page: string; bytes: number; gzip: number }[] {
  return readdirSync(PUBLIC_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const body = readFileSync(join(PUBLIC_DIR, f));
      return { page: f.replace(/\.js$/, ''), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    bundleWeb();
    if (process.argv.includes('--sizes'))
      for (const s of scriptSizes())
        process.stdout.write(
          `${s.page.padEnd(10)} ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${(s.gzip / 1024).toFixed(1).padStart(6)} KB gzipped\n`,
        );
  } catch (e) {
    process.stderr.write(`bundle-web: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
