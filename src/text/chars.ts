/** Character classes in one lookup table (no regex per character on the hot path). */

export const C_OTHER = 0;
export const C_SPACE = 1;
export const C_NEWLINE = 2;
export const C_LOWER = 3;
export const C_UPPER = 4;
export const C_DIGIT = 5;
export const C_QUOTE = 6; // “ ” " « » „ ‟
export const C_APOS = 7; // ' ‘ ’ ‛ (apostrophe or single quote)
export const C_PERIOD = 8;
export const C_HYPHEN = 9; // - ‐ ‑
export const C_DASH = 10; // – — ―
export const C_PUNCT = 11; // , ; : ! ? ( ) [ ] { } …
export const C_SYMBOL = 12; // $ % & @ # * + = / \ < > ~ ^ | € £ ¥ ₹ and other symbols

/** The class of every UTF-16 code unit; filled by charClasses() (all C_OTHER until then). */
export const charClass = new Uint8Array(65536);
let built = false;

/**
 * The filled charClass table: call before reading it. Built on first use, not at import, so that a thread that never
 * tokenizes (the CLI's finishing worker, `parley --version`) does not pay for the build.
 */
export function charClasses(): Uint8Array {
  if (!built) {
    build();
    built = true;
  }
  return charClass;
}

/**
 * Class of a code unit by its Unicode properties (first match wins): upper (changes when lowercased), lower
 * (changes when uppercased, or any other letter or mark: caseless scripts), decimal digit, white space, symbol.
 * The table is painted with one regex pass per property over a string of the whole BMP (runs, which is faster than
 * one regex per code point); test/text/chars.test.ts checks it against the per-char form.
 */
function build(): void {
  charClass.fill(C_SYMBOL);
  const units = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) units[c] = c;
  units.fill(0x20, 0xd800, 0xe000); // lone surrogates would not match \p{..}; set below
  const bmp = Buffer.from(units.buffer).toString('utf16le');
  // Lowest precedence first: later passes overwrite.
  const passes: [RegExp, number][] = [
    [/\s+/gu, C_SPACE],
    [/\p{Nd}+/gu, C_DIGIT],
    [/[\p{L}\p{M}]+/gu, C_LOWER],
    [/\p{Changes_When_Uppercased}+/gu, C_LOWER],
    [/\p{Changes_When_Lowercased}+/gu, C_UPPER],
  ];
  for (const [re, k] of passes) for (let m; (m = re.exec(bmp));) charClass.fill(k, m.index, re.lastIndex);
  charClass.fill(C_LOWER, 0xd800, 0xe000); // surrogate halves: the tokenizer tells astral letters from emoji
  // Emoji presentation selectors and the zero-width joiner belong to emoji, not to the word before them.
  charClass[0xfe0e] = C_SYMBOL;
  charClass[0xfe0f] = C_SYMBOL;
  charClass[0x200d] = C_SYMBOL;
  charClass[0x0a] = C_NEWLINE;
  charClass[0x0d] = C_NEWLINE;
  charClass[0x2028] = C_NEWLINE;
  charClass[0x2029] = C_NEWLINE;
  for (const ch of '“”"«»„‟') charClass[ch.charCodeAt(0)] = C_QUOTE;
  for (const ch of "'‘’‛`´") charClass[ch.charCodeAt(0)] = C_APOS;
  charClass[0x2e] = C_PERIOD;
  for (const ch of '-‐‑') charClass[ch.charCodeAt(0)] = C_HYPHEN;
  for (const ch of '–—―') charClass[ch.charCodeAt(0)] = C_DASH;
  for (const ch of ',;:!?()[]{}…') charClass[ch.charCodeAt(0)] = C_PUNCT;
  // Digit-like letters stay digits only for ASCII; superscripts etc. are symbols.
}

export function isWordClass(k: number): boolean {
  return k === C_LOWER || k === C_UPPER || k === C_DIGIT;
}
