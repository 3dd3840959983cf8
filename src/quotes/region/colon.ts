/** colon: "Name: “...”": the noun phrase before the colon speaks; the colon is the cue. */
import { npLeft } from '../phrases.js';
import type { RegionSieve } from './case.js';

export const colon: RegionSieve = {
  id: 'colon',
  leadsContinuations: false,
  apply(x, q) {
    const { before, sent } = q;
    if (before < sent.tokStart || !x.w.isPunct(before, ':')) return false;
    const np = npLeft(x.w, before - 1, x.doc.sentences[x.doc.tokens.sentence[before]].tokStart);
    if (!np) return false;
    x.pushRegion(q.region, 'direct', { start: before, end: before + 1 }, ':', np, q.sentence, 'colon');
    return true;
  },
};
