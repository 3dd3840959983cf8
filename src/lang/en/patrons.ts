/**
 * Hyphenated modifiers that name a group's patron or enemy, not the group's own country: "Iran-backed Houthis",
 * "Turkish-supported rebels", "pro-Iranian militias", "anti-Assad groups". A country in such a word says who backs
 * or opposes the group, so it is neither the group's country nor an actor of the clause. ("Saudi-led" is not
 * listed: a coalition is coded as its leader.)
 */

/** The word after the hyphen: "X-backed", "X-allied". */
export const PATRON_SUFFIXES: ReadonlySet<string> = new Set([
  'backed',
  'supported',
  'sponsored',
  'funded',
  'financed',
  'armed',
  'allied',
  'aligned',
  'affiliated',
  'trained',
  'equipped',
  'controlled',
  'linked',
  'leaning',
  'friendly',
  'loyal',
]);

/** The word before the hyphen: "pro-X", "anti-X". */
export const PATRON_PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti']);

/** Whether one hyphenated word names a patron or an enemy ("Iran-backed", "pro-Russian", "anti-government"). */
export function isPatronModifier(word: string): boolean {
  const w = word.toLowerCase().replace(/[\u2010\u2011\u2013]/g, '-');
  const first = w.indexOf('-');
  if (first <= 0) return false;
  if (PATRON_PREFIXES.has(w.slice(0, first))) return true;
  const last = w.lastIndexOf('-');
  return PATRON_SUFFIXES.has(w.slice(last + 1));
}
