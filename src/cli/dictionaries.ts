/** `--dict` for the commands that analyze: load user dictionaries once, report skipped lines on stderr. */
import { statSync } from 'node:fs';
import { loadDictionaryDir, loadDictionaryFile } from '../dictionaries/index.js';
import type { Dictionaries } from '../model/options.js';

export function loadDictionaries(paths: string[]): Dictionaries | undefined {
  if (paths.length === 0) return undefined;
  const all: Dictionaries = { actors: [], agents: [], verbs: [] };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new Error(`${path}: no such dictionary file or folder`);
    }
    const d = isDir ? loadDictionaryDir(path) : loadDictionaryFile(path);
    if (d.actors.length + d.agents.length + d.verbs.length + (d.discards?.length ?? 0) === 0) {
      throw new Error(
        `${path}: not a dictionary: no actor, agent, verb or discard entries in it ` +
          '(expected PETRARCH .actors/.agents/verbs files with [CODE] entries, or Parley JSON {"actors": [...], ...})',
      );
    }
    all.actors.push(...d.actors);
    all.agents.push(...d.agents);
    all.verbs.push(...d.verbs);
    for (const w of d.warnings) process.stderr.write(`parley: dictionary line skipped: ${w}\n`);
  }
  return all;
}
