/** `parley eval ner` (placeholder until this task's scorer lands). */
import type { EvalOptions, EvalResult } from './types.js';

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  void options;
  throw new Error(`eval ner is not implemented yet (gold: ${goldPath})`);
}
