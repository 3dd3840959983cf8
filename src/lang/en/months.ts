/** English month names and their abbreviations (lower case), with month numbers 1-12. */

/** Full names, January first: index + 1 is the month number. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Abbreviations as written without their period; "may" has none, September has two. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sept', 9],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Month number of a full name, an abbreviation, or an abbreviation with its period ("jan."). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...MONTH_ABBREVIATIONS,
  ...[...MONTH_ABBREVIATIONS].map(([abbr, m]): [string, number] => [`${abbr}.`, m]),
]);
