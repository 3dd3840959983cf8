/**
 * The one way a test reaches ../shared (or PARLEY_SHARED): the corpora, gold sets and the seed article, which are
 * never copied into the repo. Where a path is absent the test is skipped with the reason printed; where the CI
 * variable is set its absence is an error instead, because CI always has ../shared and a silent skip there would hide
 * a broken check.
 */
import { existsSync } from 'node:fs';
import { sharedPath } from '../../src/data-path.js';

export interface SharedData {
  /** Where the file or folder is (it may not exist; see skip). */
  path: string;
  /** The reason to skip a test that needs it, or false when it is there: pass as node:test's `skip` option. */
  skip: string | false;
}

/** A path under ../shared, e.g. shared('gold', 'polnear', 'dev'); throws under CI when it is absent. */
export function shared(...parts: string[]): SharedData {
  const path = sharedPath(...parts);
  if (existsSync(path)) return { path, skip: false };
  if (process.env.CI) throw new Error(`${path} is missing and CI is set: CI must have ../shared (or PARLEY_SHARED)`);
  return { path, skip: `needs ${path} (../shared beside the repo, or set PARLEY_SHARED)` };
}
