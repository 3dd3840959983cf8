/**
 * Quotation regions from the quote-mark tokens: one left-to-right pass with a small state machine.
 * Handles curly and straight double marks, a repeated opening mark inside an open quote ("“end “end"),
 * quotes left open at the end of a paragraph or article, the news convention where the next paragraph
 * re-opens the quote (no closing mark on the first paragraph), and single-mark quotes ('...' / ‘...’)
 * outside double quotes (headlines). A quote is bounded (MAX_QUOTE_CHARS): a stray opening mark cannot swallow the
 * rest of an article.
 */
import { TokFlag, TokKind, type Doc } from '../model/doc.js';

export interface QuoteRegion {
  /** Token index of the (first token of the) opening mark. */
  openTok: number;
  /** Token index of the first token of the closing mark, or -1 when the quote runs unclosed to its paragraph end. */
  closeTok: number;
  /** Token after the closing mark (after the quoted words when unclosed). */
  afterClose: number;
  /** First and last token (exclusive) of the quoted words, marks excluded. */
  tokStart: number;
  tokEnd: number;
  /** Char offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** The previous paragraph's quote was left open and this one re-opens it: same speaker. */
  continues: boolean;
  single: boolean;
  /** The opening mark has no closing one within MAX_QUOTE_CHARS: the quote was closed at that limit. */
  unbalanced?: boolean;
}

/**
 * Longest quotation, in characters from its opening mark: an opening mark with no closing one within this is a stray
 * one, and its quote is closed at the end of the last sentence within the limit (and flagged unbalanced) instead of
 * swallowing the rest of the paragraph, which in a file without paragraph breaks is the rest of the article. Real
 * quotations in news run to a few hundred characters (docs/limits.md).
 */
export const MAX_QUOTE_CHARS = 1500;

const OPEN_DOUBLE = new Set([0x201c, 0x201e, 0x00ab]); // “ „ «
const CLOSE_DOUBLE = new Set([0x201d, 0x00bb, 0x201f]); // ” » ‟
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’
const STRAIGHT_SINGLE = 0x27;

interface Mark {
  tok: number;
  /** Tokens the mark spans: 2 for a doubled single mark ('' as NYT writes it). */
  width: number;
  dir: number;
}

/** Spacing around a mark of `width` tokens at i:
 * opens = space (or an opening bracket) before and a word glued after. */
function opensBySpacing(doc: Doc, i: number, width = 1): boolean {
  const t = doc.tokens;
  const n = i + width;
  const before = i === 0 || (t.flags[i] & TokFlag.SpaceBefore) !== 0 || isOpenPunct(doc, i - 1);
  const afterGlued = n < t.count && (t.flags[n] & TokFlag.SpaceBefore) === 0 && t.kind[n] !== TokKind.Punct;
  return before && afterGlued;
}

function closesBySpacing(doc: Doc, i: number, width = 1): boolean {
  const t = doc.tokens;
  const n = i + width;
  const glued = i > 0 && (t.flags[i] & TokFlag.SpaceBefore) === 0;
  const after =
    n >= t.count ||
    (t.flags[n] & TokFlag.SpaceBefore) !== 0 ||
    t.kind[n] === TokKind.Punct ||
    t.kind[n] === TokKind.Quote;
  return glued && after;
}

function isOpenPunct(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[i]);
  return c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x3a; // ( [ — – :
}

/** Direction of a double mark: 1 open, -1 close, 0 undecided (toggle). */
function doubleDirection(doc: Doc, i: number, code: number, width: number): number {
  const opens = opensBySpacing(doc, i, width);
  const closes = closesBySpacing(doc, i, width);
  if (OPEN_DOUBLE.has(code)) return closes && !opens ? -1 : 1; // “ typed for ” glued to the word before
  if (CLOSE_DOUBLE.has(code)) return opens && !closes ? 1 : -1;
  if (opens && !closes) return 1;
  if (closes && !opens) return -1;
  return 0;
}

function isSingle(code: number): boolean {
  return code === OPEN_SINGLE || code === CLOSE_SINGLE || code === STRAIGHT_SINGLE;
}

export function findQuoteRegions(doc: Doc): QuoteRegion[] {
  const t = doc.tokens;
  const text = doc.text;
  const regions: QuoteRegion[] = [];
  if (t.count === 0) return regions;
  // Last token of each paragraph, to close quotes left open there.
  const paraOf = (tok: number) => doc.sentences[t.sentence[tok]]?.paragraph ?? 0;
  const paraLast: number[] = [];
  for (const s of doc.sentences) paraLast[s.paragraph] = s.tokEnd;

  const marks: Mark[] = [];
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokKind.Quote) continue;
    const code = text.charCodeAt(t.start[i]);
    let width = 1;
    if (isSingle(code)) {
      // Two single marks glued together stand for a double one.
      const glued = (k: number) =>
        k < t.count &&
        t.kind[k] === TokKind.Quote &&
        t.start[k] === t.end[k - 1] &&
        isSingle(text.charCodeAt(t.start[k]));
      if (!glued(i + 1)) continue;
      // ''' closing a single inside a double ('old-school,'''): the last two marks are the double one.
      if (glued(i + 2) && !glued(i + 3)) continue;
      width = 2;
    }
    marks.push({ tok: i, width, dir: doubleDirection(doc, i, code, width) });
    i += width - 1;
  }

  let open: Mark | null = null;
  // The latest opening mark met while a quote was open: where the real quote starts if the open one was stray.
  let reopen = -1;
  let lastUnclosedPara = -2; // paragraph whose quote ran to its end unclosed
  const emit = (o: Mark, close: Mark | null, endTok: number, unbalanced = false) => {
    const tokStart = o.tok + o.width;
    const tokEnd = close ? close.tok : endTok;
    if (tokEnd <= tokStart) return;
    const para = paraOf(o.tok);
    const continues = (t.flags[o.tok] & TokFlag.ParagraphStart) !== 0 && lastUnclosedPara === para - 1;
    regions.push({
      openTok: o.tok,
      closeTok: close ? close.tok : -1,
      afterClose: close ? close.tok + close.width : endTok,
      tokStart,
      tokEnd,
      start: t.start[tokStart],
      end: t.end[tokEnd - 1],
      continues,
      single: false,
      ...(unbalanced ? { unbalanced } : {}),
    });
  };
  /** End (exclusive token) of a stray quote opened at `o`:
   * its sentences that end within the limit, at least its own. */
  const boundedEnd = (o: Mark, paraEnd: number): number => {
    const limit = t.start[o.tok] + MAX_QUOTE_CHARS;
    let s = t.sentence[o.tok];
    let end = doc.sentences[s]?.tokEnd ?? paraEnd;
    while (s + 1 < doc.sentences.length && doc.sentences[s + 1].tokEnd <= paraEnd && doc.sentences[s + 1].end <= limit)
      end = doc.sentences[++s].tokEnd;
    return Math.min(end, paraEnd);
  };
  /** Close the open quote at its paragraph's end, or at the limit when that comes first (flagged unbalanced). */
  const closeAtParagraphEnd = (o: Mark): void => {
    const para = paraOf(o.tok);
    const paraEnd = paraLast[para];
    if (t.end[paraEnd - 1] - t.start[o.tok] > MAX_QUOTE_CHARS) {
      emit(o, null, boundedEnd(o, paraEnd), true);
      lastUnclosedPara = -2;
    } else {
      emit(o, null, paraEnd);
      lastUnclosedPara = para;
    }
  };
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    if (open && paraOf(m.tok) !== paraOf(open.tok)) {
      // The paragraph ended inside the quote: close it there; a re-opening mark next paragraph continues it.
      closeAtParagraphEnd(open);
      open = null;
    }
    if (open && t.start[m.tok] - t.start[open.tok] > MAX_QUOTE_CHARS) {
      // No closing mark within the limit: the open mark was stray. The quote restarts at the last opening mark met
      // since (this mark is looked at again from there), or is given up with nothing open.
      const restart = reopen >= 0 && t.start[m.tok] - t.start[marks[reopen].tok] <= MAX_QUOTE_CHARS;
      const end = boundedEnd(open, paraLast[paraOf(open.tok)]);
      emit(open, null, restart ? Math.min(end, marks[reopen].tok) : end, true);
      lastUnclosedPara = -2;
      open = null;
      if (restart) {
        k = reopen - 1;
        reopen = -1;
        continue;
      }
      reopen = -1;
    }
    if (!open) {
      if (m.dir >= 0) open = m;
      continue; // a stray closing mark with nothing open is ignored
    }
    if (m.dir <= 0) {
      emit(open, m, m.tok);
      lastUnclosedPara = -2;
      open = null;
      reopen = -1;
    } else reopen = k;
    // An opening mark while a quote is open (“end “end) is a broken repeat: the quote goes on.
  }
  if (open) closeAtParagraphEnd(open);
  addSingleRegions(doc, regions);
  regions.sort((a, b) => a.openTok - b.openTok);
  return regions;
}

/** Single-mark quotes ('...' or ‘...’) that sit outside every double quote, paired within one sentence. */
function addSingleRegions(doc: Doc, regions: QuoteRegion[]): void {
  const t = doc.tokens;
  const text = doc.text;
  const inside = new Uint8Array(t.count);
  for (const r of regions) inside.fill(1, r.openTok, r.afterClose);
  let open = -1;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokKind.Quote || inside[i]) continue;
    const code = text.charCodeAt(t.start[i]);
    if (!isSingle(code)) continue;
    if (i + 1 < t.count && t.kind[i + 1] === TokKind.Quote && t.start[i + 1] === t.end[i]) {
      i++;
      continue;
    }
    if (open >= 0 && t.sentence[open] !== t.sentence[i]) open = -1;
    if (open < 0) {
      if (opensBySpacing(doc, i) && !closesBySpacing(doc, i)) open = i;
    } else if (closesBySpacing(doc, i)) {
      if (i > open + 1) {
        regions.push({
          openTok: open,
          closeTok: i,
          afterClose: i + 1,
          tokStart: open + 1,
          tokEnd: i,
          start: t.start[open + 1],
          end: t.end[i - 1],
          continues: false,
          single: true,
        });
      }
      open = -1;
    }
  }
}
