/** time.numeric-date and time.iso-date: dates written in digits, "5/9/2025", "5/9/25", "2025-05-09". */
import type { TimeContext } from '../context.js';
import { startsWithDigit } from '../numbers.js';
import { SETTLED, type Parser } from '../types.js';
import { ymdValue } from '../values.js';

/** A number token "5/9/2025" (month first): whatever it makes, it is no count. */
export const slashDate: Parser<TimeContext> = {
  id: 'time.numeric-date',
  opens: (w) => w.indexOf('/') >= 0,
  parse(_c, i, w) {
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(w);
    if (!slash) return null;
    let y = Number(slash[3]);
    if (slash[3].length === 2) y += y >= 50 ? 1900 : 2000;
    const mo = Number(slash[1]);
    const d = Number(slash[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      return { e: i + 1, type: 'DATE', value: ymdValue(y, mo, d), rule: 'time.numeric-date' };
    return SETTLED;
  },
};

/** A hyphenated word token "2025-05-09". */
export const isoDate: Parser<TimeContext> = {
  id: 'time.iso-date',
  opens: (w) => startsWithDigit(w) && w.indexOf('-') >= 0,
  parse(_c, i, w) {
    if (!startsWithDigit(w)) return null;
    const parts = w.split('-');
    if (parts.length !== 3 || !/^\d{4}$/.test(parts[0]) || !/^\d{1,2}$/.test(parts[1]) || !/^\d{1,2}$/.test(parts[2]))
      return null;
    const y = Number(parts[0]);
    const mo = Number(parts[1]);
    const d = Number(parts[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1)
      return { e: i + 1, type: 'DATE', value: ymdValue(y, mo, d), rule: 'time.iso-date' };
    return null;
  },
};
