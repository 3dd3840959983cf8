/** The shape every `parley eval <task>` prints with --json. */
import type { Prf } from './prf.js';

export interface EvalResult {
  task: string;
  gold: string;
  docs: number;
  metrics: Record<string, Prf | ({ accuracy: number; n: number } & Record<string, number>) | Rate>;
  /** Extra facts worth printing (shares of gold categories, error classes ...). */
  notes?: Record<string, unknown>;
  /** Per-record results (eval events with --json), so that errors can be inspected. */
  records?: unknown[];
}

/** A count over n documents and its mean per document (reports without gold, e.g. events per article). */
export interface Rate {
  rate: number;
  total: number;
  n: number;
}

export interface EvalOptions {
  /** Evaluate at most this many documents/records (quick checks). */
  limit?: number;
  /** Extra option strings a task understands (e.g. dictionaries folder). */
  [key: string]: unknown;
}

export type EvalRunner = (goldPath: string, options: EvalOptions) => Promise<EvalResult>;
