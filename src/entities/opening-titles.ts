/**
 * `role.opening-title`: a title chain that opens its sentence with no determiner, set off by commas around the name
 * after it ("Director of Public Prosecutions, X, said", "But chairman of the Harbour Trust, X, warned"): news drops
 * the article before a title that leads a sentence, so the chain is the name's apposition all the same.
 */
import { tokenLower as lower, type Doc } from '../model/doc.js';

/** Conjunctions and quote marks that may stand before an opening title: "But director of ...". */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'meanwhile', '"', '“', "'", '‘']);

/** Whether token `i` starts the sentence that opens at `floor`, past conjunctions and quote marks. */
export function opensSentence(doc: Doc, i: number, floor: number): boolean {
  for (let k = floor; k < i; k++) if (!OPENERS.has(lower(doc, k))) return false;
  return true;
}
