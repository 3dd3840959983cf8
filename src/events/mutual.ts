/**
 * Rule `mutual:paired`: coordinated actors with no target act on each other only where the text pairs them as the
 * verb's subject: not when the verb has an object pronoun ("the US and the EU have supported them": both back a
 * third party), nor when the actors follow "between" or "among" ("under a deal between Chile and Peru, Peru would
 * pay": the actors name the deal's parties, not who pays whom).
 */
import type { ActorSpan } from './actors.js';
import { DETERMINERS, OBJECT_PRONOUNS as PERSONAL_OBJECTS } from '../lang/en/index.js';

/** Object pronouns and the reflexives of a third party ("supported themselves" names no partner either). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSONAL_OBJECTS, 'themselves', 'itself']);
const PAIRING_PREPOSITIONS = new Set(['between', 'among', 'amongst']);

/**
 * Whether the text does not pair the coordinated `sources` of the verb at sentence word `v` (`words` is the
 * sentence's lower-cased words, `first` its first token).
 */
export function unpairedSources(
  words: readonly string[],
  first: number,
  v: number,
  sources: readonly ActorSpan[],
): boolean {
  if (OBJECT_PRONOUNS.has(words[v + 1] ?? '')) return true;
  const start = Math.min(...sources.map((s) => s.tokStart)) - first;
  let p = start - 1;
  while (p >= 0 && DETERMINERS.has(words[p])) p--;
  return p >= 0 && PAIRING_PREPOSITIONS.has(words[p]);
}
