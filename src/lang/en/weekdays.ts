/** English weekday names and their abbreviations (lower case), with ISO weekday numbers (1 = Monday). */

/** Full names, Monday first: index + 1 is the ISO weekday number. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Abbreviations as written without their period. */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
  ['sun', 7],
]);

/** ISO weekday number of a full name or an abbreviation with its period ("tues."). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...WEEKDAY_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...[...WEEKDAY_ABBREVIATIONS].map(([abbr, d]): [string, number] => [`${abbr}.`, d]),
]);
