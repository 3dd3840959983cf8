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

export const charClass = new Uint8Array(65536);

(function build() {
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    let k = C_OTHER;
    if (c >= 0xd800 && c <= 0xdfff) k = C_LOWER; // surrogate halves: treat astral letters/emoji as word chars
    else if (ch !== ch.toLowerCase()) k = C_UPPER;
    else if (ch !== ch.toUpperCase()) k = C_LOWER;
    else if (/\p{L}|\p{M}/u.test(ch)) k = C_LOWER; // caseless scripts (CJK, Arabic, Devanagari ...)
    else if (/\p{Nd}/u.test(ch)) k = C_DIGIT;
    else if (/\s/u.test(ch)) k = C_SPACE;
    else k = C_SYMBOL;
    charClass[c] = k;
  }
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
})();

export function isWordClass(k: number): boolean {
  return k === C_LOWER || k === C_UPPER || k === C_DIGIT;
}
