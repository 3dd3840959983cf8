/** Personal pronouns (lower case). */

/** The nominative personal pronouns: the words that open a clause as its subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
