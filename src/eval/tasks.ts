/** Registry of eval tasks: name -> lazily imported module exporting `evaluate`. */
import type { EvalRunner } from './types.js';

export const EVAL_TASKS: Record<string, () => Promise<{ evaluate: EvalRunner }>> = {
  ner: () => import('./ner.js'),
  quotes: () => import('./quotes.js'),
  timex: () => import('./timex.js'),
  events: () => import('./events.js'),
  offtopic: () => import('./offtopic.js'),
  pos: () => import('./pos.js'),
};
