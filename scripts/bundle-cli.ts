/**
 * Bundles the compiled CLI (dist/cli/main.js) and its worker scripts into dist/bundle/, with the code they share in
 * chunks beside them:
 *
 *   node --import tsx scripts/bundle-cli.ts [distDir]      (part of `npm run build`, after tsc)
 *
 * Why: Node loads an ES module graph file by file (resolve, read, compile, link), and the CLI's graph of ~100 files is
 * loaded by the main thread and again by each worker; a few files per thread start faster (docs/performance.md). The
 * bundle is the tsc output concatenated (esbuild does no transform of its own beyond module wrapping), so it runs the
 * same code as dist/.
 * The library entry (dist/index.js) stays unbundled.
 */
import { buildSync } from 'esbuild';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Entry points, relative to the dist folder; each becomes dist/bundle/<name>.js. */
const ENTRIES: Record<string, string> = {
  parley: 'cli/bin.js',
  // Worker scripts sit next to the code that starts them (workerScript() in src/work/pool.ts): same folder.
  'finish-worker': 'work/finish-worker.js',
  'analyze-worker': 'work/analyze-worker.js',
  'write-worker': 'store/write-worker.js',
};

export const BUNDLE_DIR = 'bundle';

/** Bundle `distDir` (a tsc output folder) into `distDir/bundle/`. Throws on a bundling error. */
export function bundleCli(distDir: string): void {
  const entryPoints = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(distDir, file)]));
  const outdir = join(distDir, BUNDLE_DIR);
  // Chunk names carry a content hash: clear the last build's.
  rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints,
    outdir,
    bundle: true,
    // Code the entries share (the pipeline) in shared chunks, and what is imported on demand (the HTML and feed
    // readers, ~1 MB with their parsers; the eval tasks) in chunks of its own, so a run loads only what it uses.
    splitting: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // Packages too (commander, the readers' parsers): they are module graphs of their own.
    packages: 'bundle',
    // The HTTP server's packages load from node_modules: swagger-ui serves its own files from its package folder.
    external: ['fastify', '@fastify/*', 'ajv'],
    sourcemap: true,
    logLevel: 'warning',
    // The bundle is one folder below dist/: data-path.ts finds the package root from there.
    define: { PARLEY_BUNDLE_ROOT: JSON.stringify('../../') },
    // CommonJS packages inside an ES module bundle call require() for Node's built-ins.
    banner: {
      js:
        "import { createRequire as parleyCreateRequire } from 'node:module'; " +
        'const require = parleyCreateRequire(import.meta.url);',
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  try {
    bundleCli(dist);
  } catch (e) {
    process.stderr.write(`bundle-cli: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
