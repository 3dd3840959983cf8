import type { ResourceLimits } from 'node:worker_threads';

/** A positive number from the environment, else `fallback`. */
function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * The memory budget of one analyzer worker (V8 old generation, MB). The largest article the readers accept
 * (MAX_ARTICLE_CHARS) stays well under it since sentences are bounded (text/sentences.ts); an article that still
 * runs past it fails alone, reported, and a fresh worker takes the next one. docs/limits.md has the measurements.
 * PARLEY_ARTICLE_MEMORY_MB (and PARLEY_ARTICLE_SECONDS for the time budget) set them for a run.
 */
export const ARTICLE_MEMORY_BUDGET_MB = envNumber('PARLEY_ARTICLE_MEMORY_MB', 2048);

/** The time budget of one article in a worker: past it the worker is stopped and the article reported. */
export const ARTICLE_TIME_BUDGET_MS = envNumber('PARLEY_ARTICLE_SECONDS', 120) * 1000;

/**
 * Heap limits for the analyzer's workers (the stage split's and --jobs n's): a 24 MB young generation (8 MB
 * semi-spaces) instead of Node's default 48 MB, because their garbage is short-lived (each article's objects and JSON
 * pieces) and smaller semi-spaces touch fewer fresh pages. Measurements: docs/performance.md.
 */
export const ANALYZER_WORKER_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 24,
  maxOldGenerationSizeMb: ARTICLE_MEMORY_BUDGET_MB,
};
