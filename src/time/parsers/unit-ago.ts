/**
 * Counted units measured from the DCT or from a told event: "two days ago", "a year earlier" (time.relative.ago,
 * time.relative.year-ago), "23 hours ago" (its day, time.relative.hours-ago), "several years ago"
 * (time.relative.vague), "three days later" (a duration, time.duration), and the durations of the unit phrase:
 * "two weeks" (time.duration), "the past two days" (time.duration.rel, anchored), "several years"
 * (time.duration.vague).
 */
import { TokKind } from '../../model/doc.js';
import { addDays, fmtDate } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { isPluralUnit, UNITS, type Unit } from '../lexicon.js';
import type { Core } from '../types.js';
import { durationValue, shiftValue, vagueDuration } from '../values.js';
import { yearAgoValue } from './year-ago.js';

export interface Count {
  v: number | null;
  e: number;
}

/** A counted (or vague) unit as a duration; anchored to the DCT after "last", "past", "next", "previous". */
export function durationCore(
  c: TimeContext,
  e: number,
  count: Count,
  unit: Unit,
  rel: string | null,
  hasThe: boolean,
): Core {
  if (count.v === null && rel === null && !hasThe) {
    // "several years", "a few days", "many months"
    return { e, type: 'DURATION', value: vagueDuration(unit), rule: 'time.duration.vague', counted: true };
  }
  const value = count.v === null ? vagueDuration(unit) : durationValue(count.v, unit);
  const anchored = rel === 'last' || rel === 'past' || rel === 'next' || rel === 'previous';
  const core: Core = {
    e,
    type: 'DURATION',
    value,
    rule: anchored ? 'time.duration.rel' : 'time.duration',
    counted: true,
  };
  if (anchored) core.anchor = fmtDate(c.dct);
  return core;
}

/**
 * The unit phrase from token i whose unit ends at e, when "ago", "earlier", "before", "later" or "from now"
 * follows it (undefined when none does).
 */
export function unitFromNow(
  c: TimeContext,
  i: number,
  e: number,
  count: Count | null,
  unit: Unit,
  rel: string | null,
): Core | null | undefined {
  const after = c.lower(e);
  if (!(
    after === 'ago' ||
    after === 'earlier' ||
    after === 'before' ||
    after === 'later' ||
    (after === 'from' && c.lower(e + 1) === 'now')
  ))
    return undefined;
  if (
    after === 'before' &&
    c.lower(e + 1) !== ',' &&
    c.lower(e + 1) !== '.' &&
    e + 1 < c.n &&
    c.doc.tokens.kind[e + 1] === TokKind.Word
  ) {
    // "two days before the vote": a duration with a signal, not a date.
    return count ? durationCore(c, e, count, unit, rel, false) : null;
  }
  if (after === 'later' && !count) return null;
  // "three days later", "a day earlier" count from a told event, not from the DCT: TimeBank marks the
  // duration and leaves the signal out. A year or month earlier stays a date ("up from $5 a year earlier").
  if (count && (after === 'later' || (after === 'earlier' && (unit.grain === 'day' || unit.time)))) {
    return durationCore(c, e, count, unit, rel, false);
  }
  const n = count?.v ?? 1;
  const sign = after === 'later' || after === 'from' ? 1 : -1;
  const end = after === 'from' ? e + 2 : e + 1;
  // "years from now", "months ago": no count, so no point in time but the future or the past.
  if ((count && count.v === null) || (!count && isPluralUnit(c.lower(e - 1)))) {
    return { e: end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'time.relative.vague' };
  }
  // "23 hours ago": the DCT has no clock, so the offset names the day it falls on (time.relative.hours-ago).
  if (unit.time && count) {
    const hours = unit.grain === 'hour' ? n : unit.grain === 'minute' ? n / 60 : n / 3600;
    const value = fmtDate(addDays(c.dct, sign * Math.round(hours / 24)));
    return { e: end, type: 'DATE', value, rule: 'time.relative.hours-ago', counted: true };
  }
  if (unit.grain === 'year' && n === 1 && sign < 0)
    return { e: end, type: 'DATE', value: yearAgoValue(c, i), rule: 'time.relative.year-ago', counted: true };
  // Fractions shift by the next smaller unit ("two and a half years ago" -> months).
  // "a decade ago" names a year (TimeML: 1989), not the decade.
  const value =
    unit.grain === 'decade' && Number.isInteger(n)
      ? shiftValue(c.dct, UNITS.get('year')!, sign * 10 * n)
      : Number.isInteger(n)
        ? shiftValue(c.dct, unit, sign * n)
        : unit.grain === 'year'
          ? shiftValue(c.dct, UNITS.get('month')!, sign * Math.round(n * 12))
          : shiftValue(c.dct, unit, sign * Math.round(n));
  return { e: end, type: 'DATE', value, rule: 'time.relative.ago', counted: true };
}
