/** Determiners: the closed-class words that open a noun phrase (lower case). */

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

export const DEMONSTRATIVE_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Quantifiers used as determiners ("every country", "no agreement"). */
export const QUANTIFYING_DETERMINERS: ReadonlySet<string> = new Set([
  'some',
  'any',
  'no',
  'every',
  'each',
  'another',
  'all',
  'both',
  'either',
  'neither',
]);

/** All of the above. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...DEMONSTRATIVE_DETERMINERS,
  ...QUANTIFYING_DETERMINERS,
]);
