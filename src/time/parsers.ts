/**
 * Which parsers, modifiers and refiners run, in order. At a token the first parser that reads an expression wins; one
 * that settles the token (SETTLED) ends the search there. Order matters where two patterns can open on the same word:
 * "the" opens many; the unit phrase comes last, as the reading left when no other holds.
 */
import type { TimeContext } from './context.js';
import { earlyPeriod, endOfPeriod, theEarlyPeriod } from './modifiers/position.js';
import { quantityModifier } from './modifiers/quantity.js';
import { anaphoric } from './parsers/anaphoric.js';
import { eachCalendarPoint, pluralWeekday, setWord, weekdayNights } from './parsers/calendar-set.js';
import { clockDigits, clockHour, clockWord } from './parsers/clock.js';
import { comparablePeriod } from './parsers/comparable-period.js';
import { dayMonth } from './parsers/day-month.js';
import { century, decade, decadeShort, theCentury, theDecade, theDecadeWord } from './parsers/decade.js';
import { deicticDay, relativeDayPart } from './parsers/deictic.js';
import { durationAdjective } from './parsers/duration-adjective.js';
import { fiscalYear } from './parsers/fiscal-year.js';
import { holiday } from './parsers/holiday.js';
import { month, relativeMonth } from './parsers/month.js';
import { isoDate, slashDate } from './parsers/numeric-date.js';
import { partOfPeriod } from './parsers/part-of-period.js';
import { ordinalPeriodBare, quarterAdjective, theOrdinalPeriod, yearFirstQuarter } from './parsers/quarter.js';
import { atPresent, referenceWord, theReference } from './parsers/reference.js';
import { relativeSeason, season, theSeason } from './parsers/season.js';
import { someDay } from './parsers/some-day.js';
import { unitPhrase } from './parsers/unit-phrase.js';
import { theWeekend, weekOf } from './parsers/week.js';
import { relativeWeekday, theRelativeWeekday, weekday } from './parsers/weekday.js';
import { yearEarlier } from './parsers/year-ago.js';
import { yearEndWord, yearEndWords } from './parsers/year-end.js';
import { theFullYear, theYearNumber, yearNumber, yearSpelled } from './parsers/year.js';
import { documentOrder } from './refiners/document-order.js';
import { emptySpan } from './refiners/empty-span.js';
import type { Parser, Refiner } from './types.js';

type TimeParser = Parser<TimeContext>;

/** At a punctuation or quote token: only "'90s" opens there. */
export const PUNCT_PARSERS: readonly TimeParser[] = [decadeShort];

/** Before the modifiers and cores: "at present", then "about"/"more than" with a counted core after them. */
export const ENTRY_PARSERS: readonly TimeParser[] = [atPresent, quantityModifier];

/** Around a core: "the end of", "early". */
export const POSITION_MODIFIERS: readonly TimeParser[] = [endOfPeriod, earlyPeriod];

/** Cores at a number token: clock times, numeric dates, day-month dates, years, counted units. */
export const NUMBER_PARSERS: readonly TimeParser[] = [
  clockDigits,
  slashDate,
  dayMonth,
  clockHour,
  yearNumber,
  unitPhrase,
];

/** Cores at a word token. */
export const WORD_PARSERS: readonly TimeParser[] = [
  // One hyphenated word: "mid-May", "third-quarter", "year-earlier", "year-end", "two-year", "2025-05-09".
  partOfPeriod,
  quarterAdjective,
  yearEarlier,
  yearEndWord,
  durationAdjective,
  isoDate,
  referenceWord,
  decade,
  clockWord,
  yearEndWords,
  century,
  setWord,
  deicticDay,
  weekdayNights,
  weekday,
  eachCalendarPoint,
  pluralWeekday,
  month,
  fiscalYear,
  season,
  holiday,
  yearSpelled,
  anaphoric,
  comparablePeriod,
  // "the ...".
  theReference,
  weekOf,
  theWeekend,
  theEarlyPeriod,
  theYearNumber,
  theDecadeWord,
  theFullYear,
  theCentury,
  theSeason,
  theOrdinalPeriod,
  yearFirstQuarter,
  theDecade,
  theRelativeWeekday,
  // "last", "next", "this", "coming", "past" + a calendar name.
  relativeWeekday,
  relativeMonth,
  relativeSeason,
  relativeDayPart,
  ordinalPeriodBare,
  someDay, // "one day" meaning "some day": no expression
  unitPhrase,
];

/** Over all expressions of a document, after the parsers. */
export const REFINERS: readonly Refiner[] = [emptySpan, documentOrder];
