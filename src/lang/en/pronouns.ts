/** Personal pronouns (lower case). */

/** The nominative personal pronouns: the words that open a clause as its subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** The object forms of the personal pronouns: the words that stand as a verb's or a preposition's object. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them']);
