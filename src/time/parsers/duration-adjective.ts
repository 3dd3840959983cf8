/**
 * time.duration.adj: a duration in one hyphenated word, "two-year", "24-hour", "twenty-four-hour", "8-month-old",
 * "day-long", "decades-long". An age in years ("6-year-old") is left alone, as TimeML does.
 */
import type { TimeContext } from '../context.js';
import { isPluralUnit, UNITS } from '../lexicon.js';
import { numberValue } from '../numbers.js';
import type { Core, Parser } from '../types.js';
import { durationValue, vagueDuration } from '../values.js';

export const durationAdjective: Parser<TimeContext> = {
  id: 'time.duration.adj',
  opens: (w) => w.indexOf('-') >= 0,
  parse(_c, i, w) {
    if (w.indexOf('-') < 0) return null;
    const parts = w.split('-');
    const at = (value: string, counted?: boolean): Core =>
      counted
        ? { e: i + 1, type: 'DURATION', value, rule: 'time.duration.adj', counted }
        : { e: i + 1, type: 'DURATION', value, rule: 'time.duration.adj' };
    if (parts.length === 2) {
      // "two-year", "24-hour"
      const unit = UNITS.get(parts[1]);
      const n = numberValue(parts[0]);
      if (unit && n !== null && !isPluralUnit(parts[1])) return at(durationValue(n, unit), true);
      // "day-long", "decades-long"
      const whole = UNITS.get(parts[0]);
      if (parts[1] === 'long' && whole)
        return at(isPluralUnit(parts[0]) ? vagueDuration(whole) : durationValue(1, whole));
      return null;
    }
    if (parts.length !== 3) return null;
    if (parts[2] === 'old' || parts[2] === 'long') {
      // "8-month-old", "hour-long"
      const unit = UNITS.get(parts[1]) ?? UNITS.get(parts[0]);
      if (unit && !(parts[2] === 'old' && unit.grain === 'year')) {
        const n = UNITS.has(parts[1]) ? numberValue(parts[0]) : null;
        return at(n !== null ? durationValue(n, unit) : vagueDuration(unit));
      }
    }
    // "twenty-four-hour", "two-and-a-half" is no unit.
    const unit = UNITS.get(parts[2]);
    const n = numberValue(`${parts[0]}-${parts[1]}`);
    if (unit && n !== null && !isPluralUnit(parts[2])) return at(durationValue(n, unit), true);
    return null;
  },
};
