/**
 * Runs the `parley` command as users get it: the bundle from `npm run build` (dist/bundle/parley.js), on the Node that
 * runs the tests. Tests that need it fail when it is missing rather than skip, so a run without a build cannot pass
 * silently; `npm test` and `npm run test:e2e` build first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = fileURLToPath(new URL('../../dist/bundle/parley.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `parley ...args` with `input` on stdin, run from the repository root. */
export function parley(args: string[], input?: string): CliRun {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', input });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
