/** The events stage. (Placeholder until the stage lands: adds nothing to the Doc.) */
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';

export function runEvents(doc: Doc, options: AnalyzeOptions): void {
  void doc;
  void options;
}
