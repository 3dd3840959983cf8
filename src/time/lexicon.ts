/** Word tables of the time stage (lower-cased keys). Small and closed-class, so they live in code. */

export { MONTHS, WEEKDAYS } from '../lang/en/index.js';

/** Prepositions and period words before a month or a year that mark it as a time ("in May", "until 1990"). */
export const PERIOD_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'of', 'during', 'from', 'to', 'through', 'before', 'after', 'early', 'late', 'mid',
];

/** Month names that are also ordinary words: only taken with a day, a year or a determiner next to them. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'sep', 'dec', 'jun', 'jul']);

export const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a dozen', 12], ['dozen', 12], ['half', 0.5], ['couple', 2],
]);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['last', -1], ['final', -1],
  ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/** Prepositions that measure time: "for decades" is a duration, "over the next year" is not a named year. */
export const DURATION_PREPS = new Set([
  'for', 'in', 'within', 'over', 'after', 'from', 'of', 'during', 'than', 'about', 'some',
]);

/** Duration units: TimeML letter, whether it is a time (PT..) unit, and the unit's grain for DATE values. */
export interface Unit {
  letter: string;
  time: boolean;
  grain:
    | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade'
    | 'century';
}

const U = (letter: string, time: boolean, grain: Unit['grain']): Unit => ({ letter, time, grain });
export const UNITS = new Map<string, Unit>([
  ['second', U('S', true, 'second')], ['seconds', U('S', true, 'second')],
  ['minute', U('M', true, 'minute')], ['minutes', U('M', true, 'minute')],
  ['hour', U('H', true, 'hour')], ['hours', U('H', true, 'hour')],
  ['day', U('D', false, 'day')], ['days', U('D', false, 'day')],
  ['week', U('W', false, 'week')], ['weeks', U('W', false, 'week')],
  ['weekend', U('WE', false, 'weekend')], ['weekends', U('WE', false, 'weekend')],
  ['month', U('M', false, 'month')], ['months', U('M', false, 'month')],
  ['quarter', U('Q', false, 'quarter')], ['quarters', U('Q', false, 'quarter')],
  ['year', U('Y', false, 'year')], ['years', U('Y', false, 'year')],
  ['decade', U('DE', false, 'decade')], ['decades', U('DE', false, 'decade')],
  ['century', U('CE', false, 'century')], ['centuries', U('CE', false, 'century')],
]);

export function isPluralUnit(word: string): boolean {
  return word.endsWith('s') || word === 'centuries';
}

export const SEASONS = new Map<string, string>([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day: TimeML suffix. */
export const DAY_PARTS = new Map<string, string>([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Words that make a bare reference: value and type. */
export const REF_WORDS = new Map<string, string>([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['lately', 'PAST_REF'],
]);

/** Frequency words: SET values. */
export const SET_WORDS = new Map<string, string>([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['hourly', 'PT1H'],
  ['nightly', 'P1D'],
]);

/** Time zones: UTC offset as TimeML writes it. */
export const ZONES = new Map<string, string>([
  ['gmt', 'Z'], ['utc', 'Z'], ['z', 'Z'], ['bst', '+01'], ['cet', '+01'], ['cest', '+02'],
  ['est', '-05'], ['edt', '-04'], ['cst', '-06'], ['cdt', '-05'], ['mst', '-07'], ['mdt', '-06'],
  ['pst', '-08'], ['pdt', '-07'], ['ist', '+05:30'], ['jst', '+09'], ['pkt', '+05'], ['aest', '+10'],
]);

/** Approximation and comparison modifiers in front of a duration: TimeML mod. */
export const QUANT_MODS = new Map<string, string>([
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
  ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['under', 'LESS_THAN'], ['over', 'MORE_THAN'],
  ['up to', 'EQUAL_OR_LESS'], ['at least', 'EQUAL_OR_MORE'], ['more than', 'MORE_THAN'], ['less than', 'LESS_THAN'],
  ['fewer than', 'LESS_THAN'], ['at most', 'EQUAL_OR_LESS'], ['just over', 'MORE_THAN'], ['nearly a', 'LESS_THAN'],
]);

/** Position modifiers: "early", "late", "the end of" ... TimeML mod. */
export const POSITION_MODS = new Map<string, string>([
  ['early', 'START'], ['earlier', 'START'], ['late', 'END'], ['later', 'END'], ['mid', 'MID'], ['mid-', 'MID'],
  ['middle', 'MID'], ['beginning', 'START'], ['start', 'START'], ['end', 'END'], ['close', 'END'],
]);

/** Capitalized words that make a newspaper or show of a day name before them: "the Sunday Telegraph". */
export const PERIODICAL_NAME_WORDS: ReadonlySet<string> = new Set([
  'telegraph', 'times', 'mirror', 'express', 'post', 'herald', 'observer', 'mail', 'independent', 'tribune',
  'sport', 'people', 'star', 'politics', 'programme',
]);

/** Periodical words named with "on" + day after them ("the Independent on Sunday", "the Mail on Sunday"). */
export const ON_DAY_PERIODICALS: ReadonlySet<string> = new Set(['independent', 'mail']);

/** Last words of a broadcaster's name: "Sky News' Sunday", "BBC Radio 4's Today" name its shows. */
export const BROADCASTER_WORDS: ReadonlySet<string> = new Set([
  'news', 'radio', 'tv', 'television', 'bbc', 'itv', 'channel', 'cnn', 'npr', 'abc', 'nbc', 'cbs', 'fox', 'msnbc',
  '1', '2', '3', '4', '5',
]);

/** Verbs and prepositions after which a capitalized "Today" inside a sentence names the show: "told Today". */
export const SHOW_ADDRESS_WORDS: ReadonlySet<string> = new Set(['told', 'to', 'on']);
