/**
 * English word lists that several stages share (like spaCy's lang/en). A list private to one rule stays with
 * that rule; a rule that needs a variant derives it from these lists and says why.
 */
export {
  ARTICLES,
  DEMONSTRATIVE_DETERMINERS,
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  QUANTIFYING_DETERMINERS,
} from './determiners.js';
export { BE_FORMS } from './be.js';
export { HONORIFICS } from './honorifics.js';
export { FEMALE_KINSHIP_NOUNS, KINSHIP_NOUNS } from './kinship.js';
export { PASSIVE_AUXILIARIES } from './passive.js';
export { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.js';
export { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS } from './months.js';
export { WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, WEEKDAYS } from './weekdays.js';
export { daysInMonth, isLeapYear } from './days-in-month.js';
export { regularForms } from './verb-forms.js';
export { OFFICE_RANKS } from './office-ranks.js';
export { isPatronModifier, PATRON_PREFIXES, PATRON_SUFFIXES } from './patrons.js';
export { REPORTING_VERBS } from './reporting-verbs.js';
export { EVENT_NOUN_MODIFIERS, EVENT_NOUNS } from './event-nouns.js';
