/**
 * Quotation regions from the quote-mark tokens: one left-to-right pass with a small state machine.
 * Handles curly and straight double marks, a repeated opening mark inside an open quote ("“end “end"),
 * quotes left open at the end of a paragraph or article, the news convention where the next paragraph
 * re-opens the quote (no closing mark on the first paragraph), and single-mark quotes ('...' / ‘...’)
 * outside double quotes (headlines).
 */
import { TokFlag, TokKind, type Doc } from '../model/doc.js';

export interface QuoteRegion {
  /** Token index of the opening mark. */
  openTok: number;
  /** Token index of the closing mark, or -1 when the quote runs to the end of its paragraph unclosed. */
  closeTok: number;
  /** First and last token (exclusive) of the quoted words, marks excluded. */
  tokStart: number;
  tokEnd: number;
  /** Char offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** The previous paragraph's quote was left open and this one re-opens it: same speaker. */
  continues: boolean;
  single: boolean;
}

const OPEN_DOUBLE = new Set([0x201c, 0x201e, 0x00ab]); // “ „ «
const CLOSE_DOUBLE = new Set([0x201d, 0x00bb, 0x201f]); // ” » ‟
const STRAIGHT_DOUBLE = 0x22;
const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’
const STRAIGHT_SINGLE = 0x27;

/** Does the mark at token i look like an opening mark by its spacing? */
function opensBySpacing(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const before = i === 0 || (t.flags[i] & TokFlag.SpaceBefore) !== 0 || isOpenPunct(doc, i - 1);
  const afterGlued = i + 1 < t.count && (t.flags[i + 1] & TokFlag.SpaceBefore) === 0 && t.kind[i + 1] !== TokKind.Punct;
  return before && afterGlued;
}

function closesBySpacing(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const glued = i > 0 && (t.flags[i] & TokFlag.SpaceBefore) === 0;
  const after = i + 1 >= t.count || (t.flags[i + 1] & TokFlag.SpaceBefore) !== 0 || t.kind[i + 1] === TokKind.Punct || t.kind[i + 1] === TokKind.Quote;
  return glued && after;
}

function isOpenPunct(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[i]);
  return c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x3a; // ( [ — – :
}

/** Direction of a double mark: 1 open, -1 close, 0 undecided (toggle). */
function doubleDirection(doc: Doc, i: number, code: number): number {
  if (OPEN_DOUBLE.has(code)) {
    // “ used as a closing mark (a common typo): glued to the word before, followed by space or punctuation.
    return closesBySpacing(doc, i) && !opensBySpacing(doc, i) ? -1 : 1;
  }
  if (CLOSE_DOUBLE.has(code)) return opensBySpacing(doc, i) && !closesBySpacing(doc, i) ? 1 : -1;
  if (opensBySpacing(doc, i) && !closesBySpacing(doc, i)) return 1;
  if (closesBySpacing(doc, i) && !opensBySpacing(doc, i)) return -1;
  return 0;
}

export function findQuoteRegions(doc: Doc): QuoteRegion[] {
  const t = doc.tokens;
  const text = doc.text;
  const regions: QuoteRegion[] = [];
  let open = -1; // token of the current opening double mark
  let openedAtParagraphStart = false;
  let pendingContinuation = false; // the last paragraph ended inside an open quote
  let lastTokOfParagraph = -1;

  const emit = (openTok: number, closeTok: number, endTok: number, continues: boolean, single: boolean) => {
    const tokStart = openTok + 1;
    const tokEnd = closeTok >= 0 ? closeTok : endTok;
    if (tokEnd <= tokStart) return;
    regions.push({
      openTok, closeTok, tokStart, tokEnd, start: t.start[tokStart], end: t.end[tokEnd - 1], continues, single,
    });
  };

  for (let i = 0; i < t.count; i++) {
    if (t.flags[i] & TokFlag.ParagraphStart && i > 0) {
      if (open >= 0) {
        // Paragraph ended inside a quote: close it here; a re-opening mark at the next paragraph continues it.
        emit(open, -1, i, openedAtParagraphStart && pendingContinuation, false);
        open = -1;
        pendingContinuation = true;
      } else {
        pendingContinuation = false;
      }
      lastTokOfParagraph = i - 1;
      if (t.kind[i] !== TokKind.Quote) pendingContinuation = false;
    }
    if (t.kind[i] !== TokKind.Quote) continue;
    const code = text.charCodeAt(t.start[i]);
    if (code === OPEN_SINGLE || code === CLOSE_SINGLE || code === STRAIGHT_SINGLE) continue; // second pass
    const dir = doubleDirection(doc, i, code);
    if (open < 0) {
      if (dir >= 0) {
        open = i;
        openedAtParagraphStart = (t.flags[i] & TokFlag.ParagraphStart) !== 0;
        if (!openedAtParagraphStart) pendingContinuation = false;
      }
      // A stray closing mark with nothing open is ignored.
    } else if (dir <= 0 || t.start[i] === t.end[open]) {
      emit(open, i, i, openedAtParagraphStart && pendingContinuation && lastTokOfParagraph >= 0, false);
      open = -1;
      pendingContinuation = false;
    }
    // An opening mark while a quote is open (“end “end) is a broken repeat: the quote goes on.
  }
  if (open >= 0) emit(open, -1, t.count, openedAtParagraphStart && pendingContinuation, false);
  addSingleRegions(doc, regions);
  regions.sort((a, b) => a.openTok - b.openTok);
  return regions;
}

/** Single-mark quotes ('...' or ‘...’) that sit outside every double quote, paired within one sentence. */
function addSingleRegions(doc: Doc, regions: QuoteRegion[]): void {
  const t = doc.tokens;
  const text = doc.text;
  const inside = new Uint8Array(t.count);
  for (const r of regions) inside.fill(1, r.openTok, r.closeTok >= 0 ? r.closeTok + 1 : r.tokEnd);
  let open = -1;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokKind.Quote || inside[i]) continue;
    const code = text.charCodeAt(t.start[i]);
    if (code !== OPEN_SINGLE && code !== CLOSE_SINGLE && code !== STRAIGHT_SINGLE) continue;
    if (open >= 0 && t.sentence[open] !== t.sentence[i]) open = -1;
    if (open < 0) {
      if (code !== CLOSE_SINGLE && opensBySpacing(doc, i)) open = i;
      else if (code === CLOSE_SINGLE && opensBySpacing(doc, i) && !closesBySpacing(doc, i)) open = i;
    } else if (closesBySpacing(doc, i)) {
      if (i > open + 1) regions.push({ openTok: open, closeTok: i, tokStart: open + 1, tokEnd: i, start: t.start[open + 1], end: t.end[i - 1], continues: false, single: true });
      open = -1;
    }
  }
}
