/** time.refine.empty-span: drops an expression whose character span is empty (a range end cut at the dash). */
import type { Timex } from '../../model/schema.js';
import type { Refiner } from '../types.js';

export const emptySpan: Refiner = {
  id: 'time.refine.empty-span',
  refine: (times: Timex[]) => times.filter((t) => t.span.end > t.span.start),
};
