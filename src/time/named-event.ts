/**
 * time.day-month.named-event: a day and month without a year that name an attack or a disaster after them ("the
 * 11 September attacks", "the 7 July bombings") name an event already over, so the date is the last such day
 * before the DCT, never a coming one. A few dates are names of one event in English, as holidays are names of a
 * day: those keep the event's year.
 */
import { EVENT_NOUN_MODIFIERS, EVENT_NOUNS } from '../lang/en/index.js';
import type { TimeContext } from './context.js';
import type { Ymd } from './calendar.js';
import { ymdValue } from './values.js';

/** Event nouns that may be planned ("the 5 May summit", "the 9 June strike"): their date may lie ahead. */
const PLANNABLE = new Set(['summit', 'accord', 'agreement', 'talks', 'strike', 'strikes', 'protests']);

/** The event nouns a date may name only once the event is over. */
const UNPLANNED_EVENT_NOUNS: ReadonlySet<string> = new Set([...EVENT_NOUNS].filter((w) => !PLANNABLE.has(w)));

/** Dates that name one event: month, day, year ("the September 11 attacks"). */
const NAMED_EVENT_DATES: ReadonlyArray<readonly [number, number, number]> = [[9, 11, 2001]];

/** Whether an unplanned event noun (after at most one modifier) opens at token e. */
export function eventNounAt(c: TimeContext, e: number): boolean {
  const w = c.lower(e);
  if (UNPLANNED_EVENT_NOUNS.has(w)) return true;
  return EVENT_NOUN_MODIFIERS.has(w) && UNPLANNED_EVENT_NOUNS.has(c.lower(e + 1));
}

/** The value of day d of month m naming an event over by the DCT. */
export function namedEventValue(dct: Ymd, m: number, d: number): string {
  const named = NAMED_EVENT_DATES.find(([nm, nd, ny]) => nm === m && nd === d && ny <= dct.y);
  if (named) return ymdValue(named[2], m, d);
  const y = m > dct.m || (m === dct.m && d > dct.d) ? dct.y - 1 : dct.y;
  return ymdValue(y, m, d);
}
