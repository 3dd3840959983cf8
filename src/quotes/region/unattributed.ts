/** unattributed: a quote of four or more words opening a sentence that no sieve could attribute is still reported. */
import type { RegionSieve } from './case.js';

export const unattributed: RegionSieve = {
  id: 'unattributed',
  leadsContinuations: false,
  apply(x, q) {
    if (q.words >= 4) x.pushRegion(q.region, 'direct', null, null, null, q.sentence, 'unattributed');
    return true;
  },
};
