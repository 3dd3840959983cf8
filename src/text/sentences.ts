/**
 * Sentence splitting over the token arrays. A sentence ends at . ! ? … (plus closing quotes/brackets) when the
 * next token starts one; a blank line always ends one. Initials and titles ("S.", "Gen.") never end a sentence;
 * other abbreviations ("U.S.", "Inc.") do only before a clear sentence starter.
 * A sentence has at most MAX_SENTENCE_TOKENS tokens: a longer run (a list, a table, text without punctuation) is
 * cut after the last clause mark (; : , – —) in the second half of the window, else at the limit, so that every
 * later stage's cost per sentence is bounded.
 */
import { TokFlag, TokKind, type Sentence, type Tokens } from '../model/doc.js';
import { SENTENCE_STARTERS, TITLE_ABBREVS } from './abbreviations.js';

/**
 * Most tokens in one sentence: well above the longest sentences of news (docs/limits.md), while lists and text
 * without sentence punctuation run on for thousands, and stages that look across a sentence (quotes, events) cost
 * up to its length squared.
 */
export const MAX_SENTENCE_TOKENS = 250;

const CLAUSE_MARKS = new Set([0x3b, 0x3a, 0x2c, 0x2013, 0x2014]); // ; : , – —

const CLOSERS = new Set(['”', '’', '"', "'", '»', ')', ']', '}']);
const OPENERS = new Set(['“', '‘', '"', "'", '«', '(', '[', '„']);

export function splitSentences(
  text: string,
  t: Tokens,
): { sentences: Sentence[]; paragraphs: { start: number; end: number }[] } {
  const sentences: Sentence[] = [];
  const paragraphs: { start: number; end: number }[] = [];
  const n = t.count;
  if (n === 0) return { sentences, paragraphs };
  let sStart = 0;
  let paragraph = -1;
  let pStart = 0;

  const close = (endTok: number) => {
    if (endTok <= sStart) return;
    while (endTok - sStart > MAX_SENTENCE_TOKENS) {
      const cut = clauseCut(text, t, sStart);
      sentences.push({ start: t.start[sStart], end: t.end[cut - 1], tokStart: sStart, tokEnd: cut, paragraph });
      sStart = cut;
    }
    sentences.push({ start: t.start[sStart], end: t.end[endTok - 1], tokStart: sStart, tokEnd: endTok, paragraph });
    sStart = endTok;
  };

  for (let i = 0; i < n; i++) {
    if (t.flags[i] & TokFlag.ParagraphStart) {
      close(i);
      if (paragraph >= 0) paragraphs.push({ start: t.start[pStart], end: t.end[i - 1] });
      paragraph++;
      pStart = i;
      sStart = i;
    }
    if (!isTerminal(text, t, i)) continue;
    // Absorb closing quotes and brackets glued to the terminal mark.
    let j = i + 1;
    while (j < n && !(t.flags[j] & TokFlag.SpaceBefore) && CLOSERS.has(text[t.start[j]]) && t.end[j] - t.start[j] === 1)
      j++;
    if (j >= n) break;
    if (t.flags[j] & TokFlag.ParagraphStart) {
      i = j - 1;
      continue;
    }
    if (startsSentence(text, t, j, i)) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
  paragraphs.push({ start: t.start[pStart], end: t.end[n - 1] });
  for (let s = 0; s < sentences.length; s++) t.sentence.fill(s, sentences[s].tokStart, sentences[s].tokEnd);
  return { sentences, paragraphs };
}

/** Where to cut an over-long sentence starting at token `from`:
 * after the last clause mark in the window's second half, else at the limit. */
function clauseCut(text: string, t: Tokens, from: number): number {
  const limit = from + MAX_SENTENCE_TOKENS;
  for (let i = limit - 1; i >= from + (MAX_SENTENCE_TOKENS >> 1); i--) {
    if (t.kind[i] === TokKind.Punct && CLAUSE_MARKS.has(text.charCodeAt(t.start[i]))) return i + 1;
  }
  return limit;
}

function isTerminal(text: string, t: Tokens, i: number): boolean {
  const k = t.kind[i];
  if (k === TokKind.Punct) {
    const c = text.charCodeAt(t.start[i]);
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
  }
  if (t.flags[i] & TokFlag.Abbrev) {
    const s = text.slice(t.start[i], t.end[i] - 1).toLowerCase();
    if (s.length === 1 || TITLE_ABBREVS.has(s)) return false; // initials and titles bind to the next word
    return true;
  }
  return false;
}

/** Does token j begin a new sentence, given the terminal at token `term`? */
function startsSentence(text: string, t: Tokens, j: number, term: number): boolean {
  const abbrev = (t.flags[term] & TokFlag.Abbrev) !== 0;
  let k = j;
  // An opening quote or bracket (or NYT's doubled '' mark, two tokens): look at the word after it.
  while (k < j + 2 && OPENERS.has(text[t.start[k]]) && t.end[k] - t.start[k] === 1 && k + 1 < t.count) k++;
  const f = t.flags[k];
  if (abbrev) {
    if (!(f & TokFlag.Capitalized)) return false;
    const w = text.slice(t.start[k], t.end[k]).toLowerCase();
    // "... at 3 p.m. Mr. Jones": a title abbreviation after an abbreviation starts a sentence too.
    return SENTENCE_STARTERS.has(w) || ((f & TokFlag.Abbrev) !== 0 && TITLE_ABBREVS.has(w.slice(0, -1)));
  }
  if (!(t.flags[j] & TokFlag.SpaceBefore) && !(t.flags[j] & TokFlag.NewlineBefore)) {
    // "U.S.-based" or "3.5" style glue: no space after the mark means no boundary (except closing quotes, absorbed).
    return false;
  }
  if (f & TokFlag.Capitalized) return true;
  if (t.kind[k] === TokKind.Number) return true;
  if (t.kind[k] === TokKind.Quote || t.kind[k] === TokKind.Punct) return k !== j ? false : text[t.start[k]] !== ',';
  return false;
}
