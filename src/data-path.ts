/** Location of the shipped tables in data/ (same relative path from src/ under tsx and from dist/). */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath(name), 'utf8')) as T;
}

/** Where ../shared lives (tests, eval, table generation): PARLEY_SHARED or the folder beside the repo. */
export function sharedPath(...parts: string[]): string {
  const root = process.env.PARLEY_SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url));
  return [root, ...parts].join('/');
}
