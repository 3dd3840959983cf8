/**
 * Unit phrases: "[the] [last|next|this|past|each] [N|several|a] UNIT [ago|earlier|later|from now]". DATE when the
 * phrase points at a period ("last week": time.unit.last, "this month": time.unit.this), DURATION when it measures
 * one ("two weeks", "the past two days": unit-ago.ts), SET for rates ("every week": time.set.each, "$5 a year":
 * time.set.rate). The last parser tried at a token: what it does not take is no time expression.
 */
import { TokKind } from '../../model/doc.js';
import { fmtDate, pad } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { DURATION_PREPS, isPluralUnit, MONTHS, UNITS, WEEKDAYS, type Unit } from '../lexicon.js';
import { parseCount } from '../numbers.js';
import { lastCompletedQuarter } from '../resolve.js';
import { SETTLED, type Core, type Parser } from '../types.js';
import { durationValue, shiftValue, vagueDuration } from '../values.js';
import { withPossessivePeriod } from './quarter.js';
import { durationCore, unitFromNow, type Count } from './unit-ago.js';
import { yearAgoValue } from './year-ago.js';

/** Words before a unit that point it at a period or make it a rate, and their meaning. */
const REL_WORDS = new Map<string, string>([
  ['last', 'last'],
  ['past', 'past'],
  ['next', 'next'],
  ['coming', 'next'],
  ['previous', 'previous'],
  ['following', 'following'],
  ['latest', 'latest'],
  ['current', 'this'],
  ['this', 'this'],
  ['recent', 'recent'],
  ['each', 'each'],
  ['every', 'each'],
  ['per', 'each'],
  ['same', 'same'],
  ['final', 'past'],
  ['preceding', 'previous'],
  ['upcoming', 'next'],
  ['prior', 'previous'],
  ['first', 'first'],
]);

/** Words between a count and its unit: "two more weeks", "eight trading days". */
const COUNT_FILLERS = new Set([
  'more',
  'additional',
  'further',
  'straight',
  'consecutive',
  'trading',
  'business',
  'working',
  'full',
  'extra',
]);

/** Words before "the last minute" that make it the idiom (too late), not the minute before the DCT. */
const LAST_MINUTE_BEFORE = new Set(['at', 'to', 'until', 'till', 'til']);

/** Words after "a"/"per" that show a rate: "$40 billion a year", "twice a day". */
const RATE_BEFORE = new Set([
  'times',
  'twice',
  'once',
  'thrice',
  'billion',
  'million',
  'trillion',
  'thousand',
  'percent',
  '%',
  'dollars',
  'cents',
  'tons',
  'barrels',
  'units',
  'hours',
  'miles',
  'people',
  'flights',
  'cars',
  'vehicles',
  'aircraft',
  'planes',
]);

/** The word before "a year"/"a week" shows a rate: an amount ("$5 billion", "700 seats", "twice"). */
/** "the" at token t opens the idiom "at/to/until the last minute". */
function isLastMinuteIdiom(c: TimeContext, t: number): boolean {
  return c.lower(t) === 'the' && LAST_MINUTE_BEFORE.has(c.lower(t - 1));
}

function isRateContext(c: TimeContext, k: number): boolean {
  const w = c.lower(k);
  if (RATE_BEFORE.has(w) || c.isNumber(k)) return true;
  // time.set.rate-amount: "£119m a year", "$2bn a year": an amount with its magnitude glued on is a count too.
  if (/^\d[\d.,]*(?:m|bn|b|k|tn|mn)$/.test(w)) return true;
  // "700 seats a week": a counted plural noun; time.set.rate-counted: a spelled count ("three women a day") too.
  const plural = (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) || IRREGULAR_PLURALS.has(w);
  if (!plural) return false;
  // time.set.rate-counted: up to two adjectives may stand between the count and its noun ("100 foreign fighters").
  for (let j = k - 1; j >= k - 1 - MAX_RATE_MODIFIERS; j--) {
    if (c.isNumber(j) || spelledCountEndsAt(c, j, j + 1)) return true;
    if (!RATE_MODIFIER.test(c.lower(j)) || c.capitalized(j) || RATE_MODIFIER_STOPS.has(c.lower(j))) return false;
  }
  return false;
}

/** How many modifiers may stand between a count and the noun of a rate. */
const MAX_RATE_MODIFIERS = 2;
/** A modifier word between a count and its noun: lower-case letters, maybe hyphenated ("new", "well-armed"). */
const RATE_MODIFIER = /^[a-z]+(?:-[a-z]+)*$/;
/** Words that end the modifiers of a count: a function word means the count belongs elsewhere. */
const RATE_MODIFIER_STOPS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'to',
  'in',
  'for',
  'with',
  'than',
  'by',
  'at',
]);

/** Prepositions before "a year when" that place something in that year: "in a year when", "for a year when". */
const YEAR_CLAUSE_PREPS = new Set(['in', 'for', 'during', 'of', 'to', 'from', 'after']);

/** Whether a relative clause about the year opens at token e: "when …", "in which …". */
function yearClauseAfter(c: TimeContext, e: number): boolean {
  return c.lower(e) === 'when' || (c.lower(e) === 'in' && c.lower(e + 1) === 'which');
}

/** Plural nouns without the -s that a count may stand before ("three women a day"). */
const IRREGULAR_PLURALS = new Set(['women', 'men', 'children', 'mice', 'geese', 'feet', 'teeth']);

/** Whether a spelled count opens at token s and ends right before token e ("three", "a dozen"). */
function spelledCountEndsAt(c: TimeContext, s: number, e: number): boolean {
  if (c.lower(s) === 'a' || c.lower(s) === 'an') return false;
  const n = parseCount(c, s);
  return n !== null && n.v !== null && n.v > 1 && n.e === e;
}

/**
 * "the year ended Sept. 30" measures a (fiscal) year; so does "throughout the year". Otherwise "the year"
 * ("for the year", "in the year") names the DCT's, as TimeBank annotates it.
 */
function theYear(c: TimeContext, i: number, e: number, rule: string): Core {
  const prev = c.lower(i - 1);
  const next = c.lower(e);
  const ends = next === 'ended' || next === 'ending' || next === 'ends';
  if ((ends && yearEndDated(c, e + 1)) || prev === 'throughout' || prev === 'all') {
    return { e, type: 'DURATION', value: 'P1Y', rule };
  }
  // time.unit.the-year-ended: "the year ended with a warning" is the calendar year its sentence named, else the DCT's.
  if (ends) {
    const named = c.lastYear !== null && c.lastYearSentence === c.doc.tokens.sentence[i] ? c.lastYear : c.dct.y;
    return { e, type: 'DATE', value: pad(named, 4), rule: 'time.unit.the-year-ended' };
  }
  return { e, type: 'DATE', value: pad(c.dct.y, 4), rule };
}

/** Words after "the year ending" that date its end ("the year ending tomorrow", "ended last month"). */
const YEAR_END_DAY_WORDS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'yesterday', 'last', 'this', 'next']);

/** Whether a date follows "the year ended" at token k ("Sept. 30", "on June 30", "in March"): a fiscal year's end. */
function yearEndDated(c: TimeContext, k: number): boolean {
  const at = c.lower(k) === 'on' || c.lower(k) === 'in' ? k + 1 : k;
  const w = c.lower(at);
  return MONTHS.has(w) || WEEKDAYS.has(w) || c.isNumber(at) || YEAR_END_DAY_WORDS.has(w);
}

/** Who or what an award "of the year" names: "footballer of the year". */
const AWARD_NOUNS = new Set([
  'footballer',
  'player',
  'manager',
  'coach',
  'sportsman',
  'sportswoman',
  'personality',
  'person',
  'man',
  'woman',
  'athlete',
  'rookie',
  'newcomer',
  'driver',
  'rider',
  'cricketer',
  'artist',
  'album',
  'song',
  'record',
  'book',
  'novel',
  'film',
  'word',
  'car',
  'goal',
  'team',
  'journalist',
  'photographer',
  'entrepreneur',
  'businessman',
  'businesswoman',
  'teacher',
  'volunteer',
  'company',
  'restaurant',
  'venue',
  'club',
]);

/** time.unit.the-year.award: "the year" of an award's name ("footballer of the year", at token i "the") is no time. */
function awardTitle(c: TimeContext, i: number): boolean {
  return c.lower(i - 1) === 'of' && AWARD_NOUNS.has(c.lower(i - 2));
}

export function matchUnitPhrase(c: TimeContext, i: number): Core | null {
  let k = i;
  let hasThe = false;
  const w0 = c.lower(k);
  if (w0 === 'the') {
    hasThe = true;
    k++;
  } else if (w0 === 'that' || w0 === 'these' || w0 === 'those') {
    return null;
  }
  let rel = REL_WORDS.get(c.lower(k)) ?? null;
  if (rel) {
    // "the first quarter" and friends are ordinal periods, not counts.
    if (rel === 'first' && !hasThe) rel = null;
    else k++;
  }
  if (rel === 'first' && (c.lower(k) === 'quarter' || c.lower(k) === 'half')) return null;
  let count: Count | null = parseCount(c, k);
  let countWasArticle = false;
  let ranged = false;
  if (count) {
    countWasArticle = c.lower(k) === 'a' || c.lower(k) === 'an';
    k = count.e;
    // "2 1/2 years"
    if (c.lower(k) === '1/2' && count.v !== null) {
      count = { v: count.v + 0.5, e: k + 1 };
      k++;
    }
    // "20 more years", "an additional year", "eight trading days"
    if (COUNT_FILLERS.has(c.lower(k)) && UNITS.has(c.lower(k + 1))) k++;
    // "two to three weeks", "20 or 30 years": one range, valued by its lower bound as TimeBank codes it, with the mod
    // EQUAL_OR_MORE that says the value is only its lower bound.
    const link = c.lower(k);
    if ((link === 'to' || link === 'or') && count.v !== null && c.lower(k + 1) !== 'a' && c.lower(k + 1) !== 'an') {
      const upper = parseCount(c, k + 1);
      if (upper && upper.v !== null && upper.v > count.v && UNITS.has(c.lower(upper.e))) {
        k = upper.e;
        ranged = true;
      }
    }
  }
  // "the current fiscal year", "the latest fiscal quarter"
  if (rel && !count && c.lower(k) === 'fiscal' && (c.lower(k + 1) === 'year' || c.lower(k + 1) === 'quarter')) k++;
  if (rel === 'latest' && c.lower(k) === 'year') {
    return { e: k + 1, type: 'DATE', value: pad(c.dct.y - 1, 4), rule: 'time.year.latest' };
  }
  const wk = c.lower(k);
  const yearAgoWord = wk === 'year-earlier' || wk === 'year-ago';
  // "the year-earlier nine months", "the latest nine months": a measured period.
  if (hasThe && !count && (yearAgoWord || rel === 'latest')) {
    const k2 = yearAgoWord ? k + 1 : k;
    const c2 = parseCount(c, k2);
    const u2 = c2 && c2.v !== null ? UNITS.get(c.lower(c2.e)) : undefined;
    if (c2 && c2.v !== null && u2 && c.lower(k2) !== 'a' && c.lower(k2) !== 'an') {
      return {
        e: c2.e + 1,
        type: 'DURATION',
        value: durationValue(c2.v, u2),
        rule: 'time.duration.period',
        counted: true,
      };
    }
  }
  // "the year-earlier quarter", "the year-ago period"
  if (hasThe && yearAgoWord && (c.lower(k + 1) === 'quarter' || c.lower(k + 1) === 'period')) {
    return { e: k + 2, type: 'DATE', value: yearAgoValue(c, i), rule: 'time.year-earlier.period' };
  }
  if (hasThe && !rel && !count && wk === 'fiscal' && c.lower(k + 1) === 'year') {
    return theYear(c, i, k + 2, 'time.fiscal-year.the');
  }
  if (rel === 'latest' && (wk === 'period' || wk === 'quarter')) {
    const q = lastCompletedQuarter(c.dct);
    return { e: k + 1, type: 'DATE', value: `${pad(q.y, 4)}-Q${q.q}`, rule: 'time.quarter.latest' };
  }
  const unit = UNITS.get(wk);
  if (!unit) return null;
  // "This Week" mid-sentence is a title (a TV show), not a period; after an opening quotation mark it opens a sentence.
  const first = c.sentenceBounds(i)[0];
  const opensSentence = first === i || (first === i - 1 && c.doc.tokens.kind[first] === TokKind.Quote);
  if (c.capitalized(k) && c.capitalized(i) && !opensSentence && !c.allCaps(k)) return null;
  // "a second", "a quarter of", "a quarter (24%) of": ordinals and fractions, not periods.
  if (
    countWasArticle &&
    (unit.grain === 'second' || (unit.grain === 'quarter' && c.lower(pastAside(c, k + 1)) === 'of'))
  )
    return null;
  if (
    countWasArticle &&
    unit.grain === 'quarter' &&
    !hasThe &&
    !rel &&
    !RATE_BEFORE.has(c.lower(i - 1)) &&
    c.lower(i - 1) === 'than'
  )
    return null;
  const plural = isPluralUnit(wk);
  let e = k + 1;
  // "a week or so ago", "the next year or so"
  if (c.lower(e) === 'or' && c.lower(e + 1) === 'so') e += 2;
  // "a minute and a half"
  if (count && count.v !== null && c.lower(e) === 'and' && c.lower(e + 1) === 'a' && c.lower(e + 2) === 'half') {
    count = { v: count.v + 0.5, e: count.e };
    e += 3;
  }
  // "52 years old", "18 to 25 year olds": an age or an age group.
  if (c.lower(e) === 'old' || c.lower(e) === 'olds') return null;
  const after = c.lower(e);

  // time.unit.a-year-when: "in a year when elections brought change" names a year (the DCT's), not a length.
  const yearWhen = wk === 'year' && YEAR_CLAUSE_PREPS.has(c.lower(i - 1)) && yearClauseAfter(c, e);
  if (countWasArticle && !hasThe && !rel && yearWhen) {
    return { e, type: 'DATE', value: pad(c.dct.y, 4), rule: 'time.unit.a-year-when' };
  }
  // Rates: "each year", "every two weeks", "a year" after an amount.
  if (rel === 'each') return { e, type: 'SET', value: durationValue(count?.v ?? 1, unit), rule: 'time.set.each' };
  if (
    countWasArticle &&
    !hasThe &&
    !rel &&
    !plural &&
    isRateContext(c, i - 1) &&
    after !== 'ago' &&
    after !== 'earlier'
  ) {
    return { e, type: 'SET', value: durationValue(1, unit), rule: 'time.set.rate' };
  }
  // Relative to the DCT: "two days ago", "a year earlier", "three weeks from now".
  if (!hasThe) {
    const fromNow = unitFromNow(c, i, e, count, unit, rel);
    if (fromNow !== undefined) return fromNow;
  }
  if (count) {
    const core = durationCore(c, e, count, unit, rel, hasThe);
    return ranged && core?.type === 'DURATION' && !core.mod ? { ...core, mod: 'EQUAL_OR_MORE' } : core;
  }
  return uncounted(c, i, e, unit, plural, rel, hasThe);
}

/** A unit without a count: "last week", "the next quarter", "for decades", "the year". */
function uncounted(
  c: TimeContext,
  i: number,
  e: number,
  unit: Unit,
  plural: boolean,
  rel: string | null,
  hasThe: boolean,
): Core | null {
  if (rel === 'recent' && plural)
    return { e, type: 'DURATION', value: vagueDuration(unit), rule: 'time.duration.recent-units' };
  if (plural) {
    if (rel === 'past' || rel === 'last' || rel === 'next') {
      return {
        e,
        type: 'DURATION',
        value: vagueDuration(unit),
        anchor: fmtDate(c.dct),
        rule: 'time.duration.vague-rel',
      };
    }
    // Bare plural ("for decades") only after a preposition that measures time.
    if (!hasThe && !rel && DURATION_PREPS.has(c.lower(i - 1)) && unit.grain !== 'second') {
      return { e, type: 'DURATION', value: vagueDuration(unit), rule: 'time.duration.vague' };
    }
    return null;
  }
  if (rel === 'last' || rel === 'previous') {
    // time.idiom.last-minute: "at the last minute", "left it to the last minute" name no period.
    if (rel === 'last' && unit.grain === 'minute' && isLastMinuteIdiom(c, hasThe ? i : i - 1)) return null;
    // "the last year", "over the past quarter": TimeBank names the period (a DATE); clock units stay durations.
    if (hasThe && rel === 'last' && unit.time)
      return {
        e,
        type: 'DURATION',
        value: durationValue(1, unit),
        anchor: fmtDate(c.dct),
        rule: 'time.duration.the-last',
      };
    const core: Core = { e, type: 'DATE', value: shiftValue(c.dct, unit, -1), rule: 'time.unit.last' };
    // "last year's third quarter" is one expression.
    return unit.grain === 'year' ? withPossessivePeriod(c, e, c.dct.y - 1, core) : core;
  }
  if (rel === 'past') {
    if (unit.time)
      return {
        e,
        type: 'DURATION',
        value: durationValue(1, unit),
        anchor: fmtDate(c.dct),
        rule: 'time.duration.the-past',
      };
    return { e, type: 'DATE', value: shiftValue(c.dct, unit, -1), rule: 'time.unit.the-past' };
  }
  if (rel === 'next' || rel === 'following') {
    if (hasThe && unit.time)
      return {
        e,
        type: 'DURATION',
        value: durationValue(1, unit),
        anchor: fmtDate(c.dct),
        rule: 'time.duration.the-next',
      };
    if (hasThe) return { e, type: 'DATE', value: shiftValue(c.dct, unit, 1), rule: 'time.unit.the-next' };
    const core: Core = { e, type: 'DATE', value: shiftValue(c.dct, unit, 1), rule: 'time.unit.next' };
    return unit.grain === 'year' ? withPossessivePeriod(c, e, c.dct.y + 1, core) : core;
  }
  if (rel === 'this' || rel === 'same') {
    if (unit.grain === 'quarter' && rel === 'same') return null;
    const core: Core = { e, type: 'DATE', value: shiftValue(c.dct, unit, 0), rule: 'time.unit.this' };
    // "this year's third quarter" is one expression.
    return unit.grain === 'year' ? withPossessivePeriod(c, e, c.dct.y, core) : core;
  }
  if (hasThe && !rel) {
    if (unit.grain === 'quarter') {
      const q = lastCompletedQuarter(c.dct);
      // "the quarter a year ago": the same quarter, one year back.
      if (
        c.lower(e) === 'a' &&
        c.lower(e + 1) === 'year' &&
        (c.lower(e + 2) === 'ago' || c.lower(e + 2) === 'earlier')
      ) {
        return { e: e + 3, type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, rule: 'time.unit.the-year-ago' };
      }
      return { e, type: 'DATE', value: `${pad(q.y, 4)}-Q${q.q}`, rule: 'time.unit.the' };
    }
    if (unit.grain === 'year' && awardTitle(c, i)) return null;
    // "for the year" measures it more often than it names it.
    if (unit.grain === 'year') return theYear(c, i, e, 'time.unit.the-year');
    if (unit.grain === 'week' || unit.grain === 'month') {
      return { e, type: 'DATE', value: shiftValue(c.dct, unit, 0), rule: 'time.unit.the' };
    }
  }
  return null;
}

export const unitPhrase: Parser<TimeContext> = {
  id: 'time.unit',
  opens: () => true,
  parse: (c, i) => matchUnitPhrase(c, i) ?? SETTLED,
};

/** The token after a short bracketed aside opening at k ("(24%)"), else k. */
function pastAside(c: TimeContext, k: number): number {
  if (c.lower(k) !== '(') return k;
  for (let j = k + 1; j <= k + 6; j++) if (c.lower(j) === ')') return j + 1;
  return k;
}
