/** Auxiliaries of the English passive ("was arrested", "has been named", "he's expected"). */
import { BE_FORMS } from './be.js';

/** The forms of "be" plus the contracted "'s" (straight or curly apostrophe),
 * which reads as "is" before a participle. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, "'s", '\u2019s']);
