/** The time stage. (Placeholder until the stage lands: adds nothing to the Doc.) */
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';

export function runTime(doc: Doc, options: AnalyzeOptions): void {
  void doc;
  void options;
}
