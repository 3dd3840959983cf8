import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap limits for the analyzer's workers (the stage split's and --jobs n's): a 24 MB young generation (8 MB
 * semi-spaces) instead of Node's default 48 MB, because their garbage is short-lived (each article's objects and JSON
 * pieces) and smaller semi-spaces touch fewer fresh pages. Measurements: docs/performance.md.
 */
export const ANALYZER_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };
