/** Test helpers: the seed article from ../shared (never copied into the repo) and quick lookups on an Analysis. */
import { readInput } from '../../src/read/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Analysis, Entity } from '../../src/model/schema.js';
import { shared } from './shared.js';

export const SEED = shared('seed', '000_a8c3c8c87294c786.txt');

let cachedText: string | undefined;
/** The seed article's text as the readers give it (read on first use, so a skipped test never reads it). */
export function seedText(): string {
  cachedText ??= readInput(SEED.path)[0].text;
  return cachedText;
}

let cached: Analysis | undefined;
export function seedAnalysis(): Analysis {
  if (!cached) cached = analyze(readInput(SEED.path)[0]);
  return cached;
}

export function entityNamed(a: Analysis, name: string): Entity | undefined {
  return a.entities.find((e) => e.name === name);
}

/** The entity with a mention starting where the n-th occurrence (0-based) of `text` starts in the article. */
export function entityAt(a: Analysis, articleText: string, text: string, nth = 0): Entity | undefined {
  let pos = -1;
  for (let k = 0; k <= nth; k++) {
    pos = articleText.indexOf(text, pos + 1);
    if (pos < 0) return undefined;
  }
  const m = a.mentions.find((x) => x.span.start <= pos && x.span.end > pos);
  return m ? a.entities.find((e) => e.id === m.entityId) : undefined;
}
