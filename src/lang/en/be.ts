/** Forms of the verb "be" (lower case, full words; contracted forms are in passive.ts where a rule needs them). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being']);
