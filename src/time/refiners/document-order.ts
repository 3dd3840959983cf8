/**
 * time.refine.document-order: expressions by their start in the text (a range's end, found with its start, can
 * come after a later one), numbered t1, t2, ... in that order.
 */
import type { Timex } from '../../model/schema.js';
import type { Refiner } from '../types.js';

export const documentOrder: Refiner = {
  id: 'time.refine.document-order',
  refine(times: Timex[]) {
    times.sort((a, b) => a.span.start - b.span.start);
    for (let i = 0; i < times.length; i++) times[i].id = `t${i + 1}`;
    return times;
  },
};
