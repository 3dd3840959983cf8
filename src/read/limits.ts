/**
 * Documented input limits. Inputs past them get a ReadError that names the file and the limit,
 * never a stall or an out-of-memory crash. Raise them through ReadOptions when you know the cost.
 */

/** Largest file read whole (wire, text, JSON array, HTML, RSS/Atom). JSONL and CSV stream and have no file limit. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Longest article text (UTF-16 code units, i.e. JS string length): 5 Mi, about 800k words.
 * A news article is rarely over 100k; at the pipeline's >= 1 MB/s this bounds one analyze() call to seconds.
 */
export const MAX_ARTICLE_CHARS = 5 * 1024 * 1024;

/** Longest JSONL line / CSV record (characters): room for a maximal article plus JSON escapes. */
export const MAX_RECORD_CHARS = 2 * MAX_ARTICLE_CHARS;

/**
 * Deepest HTML nesting handed to Readability (its cost grows with depth squared: 1,000 nested divs take ~10 s).
 * Deeper pages are still read, with the plain streaming text extractor instead.
 */
export const MAX_READABILITY_DEPTH = 160;

/** Largest HTML page handed to Readability; larger pages use the streaming text extractor. */
export const MAX_READABILITY_BYTES = 4 * 1024 * 1024;

/** Deepest XML nesting accepted in RSS/Atom files (fast-xml-parser's maxNestedTags). */
export const MAX_XML_DEPTH = 200;
