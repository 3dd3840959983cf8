/**
 * A private build of src/ for one bench or profile run. Others rebuild dist/ while they work, and a bench that loads
 * dist/ in a new worker every minute would measure a different tree each time; so tsc compiles into a temp folder
 * that stays fixed for the whole run. `data/` and `node_modules/` are linked beside it and package.json copied, so the
 * compiled modules find the shipped tables (`../data/...` from the build root) and their packages, and load as the
 * same ES modules, exactly as from dist/. The CLI is bundled there too (dist/bundle/parley.js), as `npm run build`
 * does.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedRoot } from './corpora.js';
import { bundleCli } from '../scripts/bundle-cli.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Build {
  /** The compiled tree's root (holds dist/, and links to data/ and node_modules/). */
  root: string;
  /** URL of the compiled pipeline module. */
  pipelineUrl: string;
  /**
   * The command that runs the compiled CLI: the bundle itself, as the shell runs an installed `parley` (through its
   * `#!/usr/bin/env node` line); from source, node with tsx.
   */
  cli: string[];
  ok: boolean;
  detail: string;
  remove(): void;
}

/**
 * tsc exits non-zero on a type error anywhere in the tree but still emits; that counts as built, with the detail kept.
 */
export function buildSnapshot(): Build {
  const root = mkdtempSync(join(tmpdir(), 'parley-build-'));
  const outDir = join(root, 'dist');
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  const secs = ((performance.now() - t0) / 1000).toFixed(0);
  for (const name of ['data', 'node_modules'])
    if (existsSync(join(ROOT, name))) symlinkSync(join(ROOT, name), join(root, name), 'dir');
  // Without the package's "type": "module" beside it, the compiled .js files are not ES modules to Node's loader
  // hooks: tsx (registered in the bench workers) then rewrote each one to CommonJS, where every imported binding is
  // a getter on an exports object, and the bench measured that code: 1.4-1.7x slower than dist/ as users run it.
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  // The compiled data-path.ts finds ../shared relative to itself; point it at the real one.
  process.env.PARLEY_SHARED ??= sharedRoot();
  const errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
  const emitted = existsSync(join(outDir, 'pipeline.js'));
  let bundled = '';
  if (emitted) {
    try {
      bundleCli(outDir);
    } catch (e) {
      bundled = `; CLI bundle failed: ${e instanceof Error ? e.message : String(e)}`.slice(0, 500);
    }
  }
  return {
    root,
    pipelineUrl: pathToFileURL(join(outDir, 'pipeline.js')).href,
    cli: [join(outDir, 'bundle/parley.js')],
    ok: r.status === 0 && emitted && bundled === '',
    detail:
      (r.status === 0
        ? `tsc ok (${secs} s, private build of the current tree)`
        : emitted
          ? `tsc exited ${r.status} with ${errors} type errors; emitted anyway (${secs} s)`
          : `tsc failed (exit ${r.status}): ${(r.stdout + r.stderr).slice(0, 500)}`) + bundled,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The repo's own dist/ as it is (--no-build). */
export function existingDist(): Build {
  return {
    root: ROOT,
    pipelineUrl: pathToFileURL(join(ROOT, 'dist/pipeline.js')).href,
    cli: [join(ROOT, 'dist/bundle/parley.js')],
    ok: existsSync(join(ROOT, 'dist/pipeline.js')),
    detail: 'dist/ as found (--no-build)',
    remove: () => undefined,
  };
}

/** src/ through tsx (--src). */
export function sourceTree(): Build {
  process.env.PARLEY_SHARED ??= sharedRoot();
  return {
    root: ROOT,
    pipelineUrl: pathToFileURL(join(ROOT, 'src/pipeline.ts')).href,
    cli: [process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/main.ts')],
    ok: true,
    detail: 'src/ via tsx (--src)',
    remove: () => undefined,
  };
}
