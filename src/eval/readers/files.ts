/** Gold files under a path: the path itself when it is a file, else every file with the extension below it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `path` if it is a file; otherwise every `*<ext>` under the folder, recursively, sorted by path. */
export function listGoldFiles(path: string, ext: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) out.push(...listGoldFiles(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}
