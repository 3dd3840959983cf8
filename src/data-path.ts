/**
 * Where the package's files are: the shipped tables in data/ and ../shared beside the repo. This module sits one
 * folder below the package root (src/ under tsx, dist/ compiled); in the CLI bundle (scripts/bundle-cli.ts) it is
 * part of a file one folder deeper, dist/bundle/, and the bundler defines PARLEY_BUNDLE_ROOT to say so.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

declare const PARLEY_BUNDLE_ROOT: string | undefined;

const PACKAGE_ROOT = new URL(typeof PARLEY_BUNDLE_ROOT === 'string' ? PARLEY_BUNDLE_ROOT : '../', import.meta.url);

export function dataPath(name: string): string {
  return fileURLToPath(new URL(`data/${name}`, PACKAGE_ROOT));
}

export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath(name), 'utf8')) as T;
}

/** Where ../shared lives (tests, eval, table generation): PARLEY_SHARED or the folder beside the repo. */
export function sharedPath(...parts: string[]): string {
  const root = process.env.PARLEY_SHARED ?? fileURLToPath(new URL('../shared', PACKAGE_ROOT));
  return [root, ...parts].join('/');
}
