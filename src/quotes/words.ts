/** Small closed word classes the quote rules need (lower-cased). */
import {
  ARTICLES, BE_FORMS as SHARED_BE_FORMS, DEMONSTRATIVE_DETERMINERS, DETERMINERS as SHARED_DETERMINERS,
  MONTHS as SHARED_MONTHS, MONTH_NAMES, PASSIVE_AUXILIARIES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS as NOMINATIVE,
  WEEKDAY_NAMES,
} from '../lang/en/index.js';

export const PRONOUNS: ReadonlySet<string> = NOMINATIVE;

/**
 * Determiners and the quantity words that open a speaker phrase like one ("many Democrats", "two officials"), without
 * "every", "either" and "neither", which the attribution rules were measured without.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...[...SHARED_DETERMINERS].filter((d) => d !== 'every' && d !== 'either' && d !== 'neither'),
  'many', 'several', 'one', 'two', 'three', 'other', 'most', 'few',
]);

/** Words that never belong inside a speaker noun phrase (prepositions, conjunctions, auxiliaries, adverbs ...). */
export const FUNCTION_WORDS = new Set([
  'and', 'but', 'or', 'nor', 'if', 'as', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'after',
  'before', 'while', 'when', 'because', 'however', 'meanwhile', 'also', 'still', 'then', 'now', 'so', 'yet',
  'although', 'though', 'not', 'than', 'into', 'over', 'under', 'since', 'until', 'during', 'without', 'within',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'do', 'does', 'did', 'who', 'which', 'what', 'where', 'why', 'how', 'there', 'here',
  'just', 'even', 'only', 'never', 'always', 'again', 'later', 'earlier', 'once', 'already', 'too', 'very',
  'asked', 'says', 'said', 'told', 'that', 'this', 'against', 'through', 'between', 'among', 'like', 'unlike',
  'whether', 'why', 'whose', 'whom', 'thus', 'indeed', 'instead', 'perhaps', 'maybe', 'well', 'yes', 'no',
  'today', 'yesterday', 'tonight', 'tomorrow', 'last', 'next', 'ago', 'more', 'less', 'up', 'down', 'out', 'off',
  'according', 'per', 'via', 'despite', 'amid', 'toward', 'towards', 'upon', 'onto', 'around', 'across',
  'behind', 'beyond', 'near', 'both', 'either', 'neither', 'while', 'whereas', 'unless', 'except', 'having',
  'little', 'much', 'asked', 'told', 'after', 'once', 'whom', 'every', 'such', 'because',
]);

/** Adverbs and auxiliaries allowed between a subject and its cue verb ("has also said", "would later write"). */
export const VERB_GROUP_FILLERS = new Set([
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'did', 'does', 'do', 'also', 'later', 'previously', 'repeatedly', 'recently', 'again', 'reportedly',
  'then', 'once', 'first', 'initially', 'publicly', 'privately', 'often', 'never', 'always', 'still', 'already',
  'not', "n't", 'been', 'being', 'had', 'just', 'even', 'further', 'long', 'quickly', 'immediately', 'since',
  'specifically', 'explicitly', 'openly', 'frequently', 'consistently', 'separately', 'similarly', 'flatly',
  'finally', 'simply', 'falsely', 'wrongly', 'correctly', 'bluntly', 'angrily', 'sharply', 'strongly',
]);

/** Lower-case heads that name speakers: people by role, groups, organisations, documents. */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'secretary', 'minister', 'president',
  'senator', 'governor', 'mayor', 'lawmaker', 'lawmakers', 'leader', 'leaders', 'analyst', 'analysts', 'expert',
  'experts', 'critic', 'critics', 'supporter', 'supporters', 'voter', 'voters', 'campaign', 'committee',
  'department', 'ministry', 'agency', 'government', 'administration', 'report', 'poll', 'survey', 'study',
  'statement', 'memo', 'letter', 'documents', 'document', 'police', 'prosecutors', 'prosecutor', 'investigators',
  'republicans', 'democrats', 'candidate', 'nominee', 'chairman', 'chairwoman', 'chair', 'director', 'manager',
  'strategist', 'strategists', 'organizer', 'organizers', 'attorney', 'lawyer', 'lawyers', 'judge', 'court',
  'people', 'residents', 'witnesses', 'members', 'member', 'group', 'groups', 'company', 'firm', 'party',
  'officer', 'officers', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'economist', 'economists', 'researchers',
  'scientists', 'observers', 'activists', 'protesters', 'delegates', 'donors', 'advocates', 'allies', 'rivals',
  'opponent', 'opponents', 'staff', 'staffer', 'staffers', 'team', 'counsel', 'chief', 'commissioner',
  'representative', 'congressman', 'congresswoman', 'speaker', 'general', 'spokesmen', 'operative', 'operatives',
  'pollster', 'pollsters', 'insiders', 'insider', 'friend', 'friends', 'father', 'mother', 'wife', 'husband',
  'son', 'daughter', 'man', 'woman', 'men', 'women', 'someone', 'everyone', 'nobody', 'polls', 'surveys',
  'data', 'research', 'figures', 'records', 'filings', 'emails', 'article', 'story', 'editorial', 'paper', 'newspaper',
  'network', 'website', 'site', 'outlet', 'release', 'ad', 'advertisement', 'video', 'tweet', 'post', 'book',
  'journalist', 'journalists', 'reporter', 'reporters', 'columnist', 'host', 'anchor', 'moderator', 'author',
  'writer', 'historian', 'professor', 'scholar', 'doctor', 'physician', 'press', 'media', 'white', 'house',
  'pentagon', 'fbi', 'cia', 'voters', 'americans', 'others', 'some', 'many', 'most', 'both', 'who',
  'percent', 'half', 'majority', 'third', 'quarter', 'plurality', 'respondents', 'minority', 'fifth', 'donor',
  'donors', 'governors', 'senators', 'republican', 'democrat', 'conservatives', 'liberals', 'progressives',
]);

/** Lower-case title words that may sit before a name ("White House spokesperson Karoline Levitt"). */
export const TITLE_WORDS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'minister', 'president', 'senator', 'governor',
  'adviser', 'advisor', 'aide', 'chairman', 'chairwoman', 'director', 'manager', 'strategist', 'official',
  'leader', 'candidate', 'nominee', 'ambassador', 'envoy', 'attorney', 'lawyer', 'judge', 'chief', 'general',
  'representative', 'congressman', 'congresswoman', 'speaker', 'mayor', 'commissioner', 'counsel', 'deputy',
  'vice', 'former', 'senior', 'state', 'house', 'press', 'campaign', 'national', 'security', 'foreign',
  'affairs', 'defense', 'defence', 'prime', 'chairperson', 'economist', 'analyst', 'pollster', 'operative',
  'executive', 'founder', 'host', 'anchor', 'professor', 'correspondent', 'reporter', 'columnist', 'author',
  'rep.', 'sen.', 'gov.', 'gen.', 'dr.', 'mr.', 'mrs.', 'ms.', 'republican', 'democratic', 'democrat', 'gop',
  'sen', 'rep', 'gov', 'presumptive', 'then-candidate', 'running', 'mate', 'nominee', 'hopeful', 'contender',
]);

/** Tokens after a cue verb that begin an adverbial, not the content ("said on Friday", "said in a statement"). */
export const ADVERBIAL_STARTERS = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'from', 'via', 'late', 'early', 'earlier', 'later', 'last',
  'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'recently', 'repeatedly', 'again', 'also', 'publicly', 'privately', 'flatly', 'bluntly', 'simply',
  'then', 'afterward', 'afterwards', 'previously', 'once', 'while', 'when', 'through', 'over', 'with', 'of', 'as',
]);

/** Nouns naming a message whose sender is the speaker ("The message he conveyed to Sharif"). */
export const MESSAGE_NOUNS = new Set([
  'message', 'letter', 'note', 'memo', 'email', 'warning', 'remarks', 'statement', 'call', 'advice',
]);
export const TRANSFER_VERBS = new Set([
  'conveyed', 'sent', 'delivered', 'gave', 'passed', 'wrote', 'relayed', 'carried', 'issued',
]);

/** Subject pronouns that can speak ("he said"): not "it", nor "you", which addresses the reader. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...NOMINATIVE].filter((w) => w !== 'it' && w !== 'you'));

/** Noun determiners: a base/present cue after one is a noun ("his remarks", "a leading advocate"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(
  // "that" after a cue opens its content ("said that ..."), not a noun.
  [...ARTICLES, ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVE_DETERMINERS].filter((d) => d !== 'that'),
);

/** Finite and perfect forms of "be": a cue after one reads as a present state, not a base verb. */
export const BE_FORMS: ReadonlySet<string> = new Set([...SHARED_BE_FORMS].filter((b) => b !== 'be' && b !== 'being'));

/** Auxiliaries before a passive participle ("was told", "have been pushed"); without "am", as the rule was measured. */
export const PASSIVE_AUX: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES].filter((a) => a !== 'am'));

/** Time words between a subject and its cue or a cue and its content ("Trump on Monday said", "said Tuesday"). */
export const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES, 'yesterday', 'today', 'tonight', 'recently', 'repeatedly', 'again', 'also', 'publicly', 'privately',
  'later', 'earlier', 'afterward', 'afterwards', 'previously', 'once', 'flatly', 'bluntly', 'simply', 'then',
]);
export const TIME_MODIFIERS = new Set(['this', 'last', 'late', 'early']);
export const TIME_NOUNS = new Set([
  'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'season', 'time', 'decade', 'century', 'quarter', 'session', 'term', 'day', 'days', 'weeks', 'months',
  'years',
]);
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Month names and the abbreviations that are no ordinary words with their period ("jan.", "aug."). */
export const MONTHS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES, ...['jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec'].filter((m) => SHARED_MONTHS.has(m)).map((m) => `${m}.`),
]);

/** Short words ending in -s or -ed that are no verbs, for the rules that guess an unlisted speech verb. */
export const FUNCTION_WORDS_QUICK = new Set([
  'is', 'was', 'has', 'does', 'as', 'its', 'this', 'his', 'hers', 'ours', 'yours', 'us', 'thus', 'less', 'unless',
  'plus', 'needed', 'indeed',
]);
/** Irregular past tenses an unlisted speech verb may take ("shot back", "swore"). */
export const IRREGULAR_PAST = new Set([
  'shot', 'spoke', 'wrote', 'went', 'began', 'sang', 'swore', 'thought', 'felt', 'broke', 'fought', 'threw', 'struck',
  'stood', 'told', 'said', 'bit', 'took', 'gave', 'put',
]);
