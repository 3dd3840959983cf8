/** time.fiscal-year: "fiscal 2024", "fiscal year 1998", "fiscal '98", and "fiscal 1998's first half". */
import { pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { yearAt } from '../numbers.js';
import { SETTLED, type Parser } from '../types.js';
import { withPossessivePeriod } from './quarter.js';

/** "fiscal '98" / "fiscal 98". */
function shortFiscalYear(c: TimeContext, i: number): number | null {
  const w = c.lower(i);
  if (!/^\d{2}$/.test(w)) return null;
  const v = Number(w);
  return v >= 50 ? 1900 + v : 2000 + v;
}

/** "fiscal": whatever it makes, no other reading is tried ("fiscal policy"). */
export const fiscalYear: Parser<TimeContext> = {
  id: 'time.fiscal-year',
  opens: (w) => w === 'fiscal',
  parse(c, i, w) {
    if (w !== 'fiscal') return null;
    let e = i + 1;
    if (c.lower(e) === 'year') e++;
    const y = yearAt(c, e) ?? shortFiscalYear(c, e);
    if (y === null) return SETTLED;
    return withPossessivePeriod(c, e + 1, y, { e: e + 1, type: 'DATE', value: pad(y, 4), rule: 'time.fiscal-year' });
  },
};
