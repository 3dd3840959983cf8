/** Honorifics that stand before a person's name ("Mr Brown", "Sir Tom Vale"), lower case. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'dame',
]);
