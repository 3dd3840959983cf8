/**
 * Lower-case words inside multi-word names that are no name of their own ("Bank of England", "Osama bin Laden",
 * "Charles de Gaulle"): the actor table keeps them lower case, and the matcher does not require a capital there.
 */
// prettier-ignore
export const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'von', 'van', 'der', 'in', 'on', 'to', 'a',
  'an', 'y', 'da', 'do', 'dos', 'das', 'di', 'bin', 'ibn', 'at',
]);
