/**
 * Tokenizer: one pass over char codes with a class table, writing into typed arrays (no object per token).
 * Keeps initials and abbreviations with their period ("S.", "U.S.", "Gen."), hyphenated words whole
 * ("Pakistan-based", "de-escalate"), numbers with separators ("1,000.5"), and splits possessive "'s".
 */
import { TokFlag, TokKind, type Tokens } from '../model/doc.js';
import {
  charClass,
  charClasses,
  C_APOS,
  C_DASH,
  C_DIGIT,
  C_HYPHEN,
  C_LOWER,
  C_NEWLINE,
  C_PERIOD,
  C_PUNCT,
  C_QUOTE,
  C_SPACE,
  C_UPPER,
  isWordClass,
} from './chars.js';
import { OTHER_ABBREVS, TITLE_ABBREVS } from './abbreviations.js';

class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }
  push(s: number, e: number, k: number, f: number): void {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = s;
    this.end[i] = e;
    this.kind[i] = k;
    this.flags[i] = f;
  }
  private grow(): void {
    const n = this.start.length * 2 + 16;
    const s = new Int32Array(n);
    s.set(this.start);
    this.start = s;
    const e = new Int32Array(n);
    e.set(this.end);
    this.end = e;
    const k = new Uint8Array(n);
    k.set(this.kind);
    this.kind = k;
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.flags = f;
  }
  finish(): Tokens {
    const n = this.count;
    return {
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      kind: this.kind.slice(0, n),
      flags: this.flags.slice(0, n),
      sentence: new Int32Array(n),
    };
  }
}

function isLetter(k: number): boolean {
  return k === C_LOWER || k === C_UPPER;
}

/** True when text[i..] starts "s" or "S" followed by a non-word char: the possessive clitic after an apostrophe. */
function isPossessiveS(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x73 && c !== 0x53) return false;
  return i + 1 >= n || !isWordClass(charClass[text.charCodeAt(i + 1)]);
}

export function tokenize(text: string): Tokens {
  charClasses();
  const n = text.length;
  const buf = new TokenBuffer((n >> 2) + 16);
  let pendingFlags: number = TokFlag.ParagraphStart;
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass[c];
    if (k === C_SPACE) {
      pendingFlags |= TokFlag.SpaceBefore;
      i++;
      continue;
    }
    if (k === C_NEWLINE) {
      if (!(c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d)) newlines++;
      pendingFlags |= TokFlag.SpaceBefore | TokFlag.NewlineBefore;
      if (newlines >= 2) pendingFlags |= TokFlag.ParagraphStart;
      i++;
      continue;
    }
    newlines = 0;
    const start = i;
    let flags = pendingFlags;
    pendingFlags = 0;

    if (isWordClass(k) && (c & 0xf800) === 0xd800 && !astralWordCharAt(text, i)) {
      // An emoji or other symbol outside the BMP: a token of its own, so it never joins the word it is glued to.
      const width = (c & 0xfc00) === 0xd800 && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      buf.push(i, i + width, TokKind.Symbol, flags);
      i += width;
      continue;
    }
    if (isWordClass(k)) {
      let j = i + 1;
      let letters = k === C_DIGIT ? 0 : 1;
      let uppers = k === C_UPPER ? 1 : 0;
      let allDigits = k === C_DIGIT;
      for (;;) {
        if (j >= n) break;
        const cj = text.charCodeAt(j);
        const kj = charClass[cj];
        if (isWordClass(kj)) {
          if ((cj & 0xf800) === 0xd800 && !astralWordCharAt(text, j)) break;
          if (kj === C_UPPER) {
            uppers++;
            letters++;
            allDigits = false;
          } else if (kj === C_LOWER) {
            letters++;
            allDigits = false;
          }
          j++;
          continue;
        }
        const next = j + 1 < n ? charClass[text.charCodeAt(j + 1)] : 0;
        // Joiners inside a word: hyphen, slash or separators between digits, apostrophe before letters.
        if (kj === C_HYPHEN && isWordClass(next)) {
          j++;
          allDigits = false;
          continue;
        }
        if (allDigits && next === C_DIGIT) {
          const cj = text.charCodeAt(j);
          if (isDigitJoiner(cj)) {
            j++;
            continue;
          }
        }
        if (kj === C_APOS && isLetter(next) && !isPossessiveS(text, j + 1, n)) {
          j++;
          continue;
        }
        break;
      }
      let kind: number = allDigits ? TokKind.Number : TokKind.Word;
      // A period after a word: initial, dotted acronym (U.S., a.m.) or a listed abbreviation.
      if (j < n && text.charCodeAt(j) === 0x2e && !allDigits) {
        const len = j - start;
        if (len === 1 && isLetter(k)) {
          // Dotted acronym: extend over further "X." pairs.
          let p = j + 1;
          while (p + 1 < n && isLetter(charClass[text.charCodeAt(p)]) && text.charCodeAt(p + 1) === 0x2e) p += 2;
          if (p > j + 1 || k === C_UPPER) {
            j = p > j + 1 ? p : j + 1;
            flags |= TokFlag.Abbrev;
          }
        } else if (len <= 6) {
          const lower = text.slice(start, j).toLowerCase();
          if (TITLE_ABBREVS.has(lower) || OTHER_ABBREVS.has(lower)) {
            j++;
            flags |= TokFlag.Abbrev;
          }
        }
      }
      if (k === C_UPPER) flags |= TokFlag.Capitalized;
      if (letters >= 2 && uppers === letters) flags |= TokFlag.AllCaps;
      if (kind === TokKind.Number && flags & TokFlag.Abbrev) kind = TokKind.Word;
      buf.push(start, j, kind, flags);
      i = j;
      continue;
    }

    if (k === C_APOS) {
      // Possessive clitic ("’s") right after a word; otherwise a single quotation mark.
      if (i > 0 && isWordClass(charClass[text.charCodeAt(i - 1)]) && i + 1 < n && isPossessiveS(text, i + 1, n)) {
        buf.push(i, i + 2, TokKind.Word, flags);
        i += 2;
        continue;
      }
      buf.push(i, i + 1, TokKind.Quote, flags);
      i++;
      continue;
    }
    if (k === C_QUOTE) {
      buf.push(i, i + 1, TokKind.Quote, flags);
      i++;
      continue;
    }
    // Runs ("...", "--") step with do-while: a step taken for every such token gives V8 type feedback for it; a
    // step taken only on a second period was a deoptimization (and a recompile of tokenize) when first met.
    if (k === C_PERIOD) {
      let j = i;
      do j++;
      while (j < n && text.charCodeAt(j) === 0x2e);
      buf.push(i, j, TokKind.Punct, flags);
      i = j;
      continue;
    }
    if (k === C_HYPHEN) {
      let j = i;
      do j++;
      while (j < n && charClass[text.charCodeAt(j)] === C_HYPHEN);
      buf.push(i, j, TokKind.Punct, flags);
      i = j;
      continue;
    }
    if (k === C_DASH || k === C_PUNCT) {
      buf.push(i, i + 1, TokKind.Punct, flags);
      i++;
      continue;
    }
    buf.push(i, i + 1, TokKind.Symbol, flags);
    i++;
  }
  return buf.finish();
}

const ASTRAL_WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u;

/**
 * Is the surrogate at i part of a letter, mark or digit outside the BMP (a CJK extension ideograph, a math letter)?
 * The class table cannot say (it holds code units), and emoji, flags and other symbols must not join words.
 */
function astralWordCharAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x10000) {
    // A low surrogate: judge the pair it ends.
    const hi = i > 0 ? (text.codePointAt(i - 1) ?? 0) : 0;
    return hi >= 0x10000 && ASTRAL_WORD_CHAR.test(String.fromCodePoint(hi));
  }
  return ASTRAL_WORD_CHAR.test(String.fromCodePoint(cp));
}

/** `,` `.` `/` `:` as bits above 0x2c: one range test and a bit test, no chain of comparisons. */
const DIGIT_JOINERS = (1 << 0) | (1 << (0x2e - 0x2c)) | (1 << (0x2f - 0x2c)) | (1 << (0x3a - 0x2c));

/**
 * A separator that joins digits ("1,000", "3.5", "3/4", "10:30"). Not `a === x || a === y ...`: V8 compiles such a
 * chain with type feedback only for the comparisons it has seen run, and the first "3/4" deep into a document then
 * threw tokenize's optimized code away.
 */
function isDigitJoiner(c: number): boolean {
  const d = c - 0x2c;
  return d >>> 0 < 15 && ((DIGIT_JOINERS >>> d) & 1) === 1;
}
