/** scare-quote: one or two quoted words (“so-called”, a title) are not a quotation,
 * unless a paragraph re-opens them. */
import type { RegionSieve } from './case.js';

export const scareQuote: RegionSieve = {
  id: 'scare-quote',
  leadsContinuations: false,
  apply(_x, q) {
    return q.words < 3 && !q.region.continues;
  },
};
