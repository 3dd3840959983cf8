/**
 * The date of a quotation is the date of its speech act: a day-valued time expression in the quote's sentence,
 * outside the quoted content ("..., the White House said on Friday"), nearest the cue; else the publication
 * date. A date inside the content belongs to what was said, not to when it was said, and one that modifies a
 * noun ("the April 22 attack") belongs to that noun.
 */
import { TokKind, tokenAtOrAfter, type Doc } from '../model/doc.js';
import type { Timex } from '../model/schema.js';
import { dayOfValue } from '../time/index.js';
import { lowerBound } from '../model/span-index.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** "the April 22 attack": a date between a determiner and a noun modifies that noun, not the clause. */
function isAttributive(doc: Doc, t: Timex): boolean {
  const first = tokenAtOrAfter(doc, t.span.start);
  if (first === 0) return false;
  const before = doc.text.slice(doc.tokens.start[first - 1], doc.tokens.end[first - 1]).toLowerCase();
  if (!DETERMINERS.has(before)) return false;
  const after = tokenAtOrAfter(doc, t.span.end);
  return after < doc.tokens.count && doc.tokens.kind[after] === TokKind.Word;
}

export interface QuoteDate {
  date: string;
  dateSource: 'text' | 'publication';
}

/** The time expressions' starts, for the document whose times were seen last (null: they are not in text order). */
let startsOf: { times: readonly Timex[]; starts: Int32Array | null } = { times: [], starts: null };

/** Index of the first time expression that may lie in a sentence starting at `start` (0 when not sorted). */
function firstTimeFrom(times: readonly Timex[], start: number): number {
  if (startsOf.times !== times) {
    let sorted = true;
    const starts = new Int32Array(times.length);
    for (let i = 0; i < times.length; i++) {
      starts[i] = times[i].span.start;
      if (i > 0 && starts[i] < starts[i - 1]) sorted = false;
    }
    startsOf = { times, starts: sorted ? starts : null };
  }
  return startsOf.starts ? lowerBound(startsOf.starts, start) : 0;
}

export function quoteDate(doc: Doc, sentence: { start: number; end: number }, content: { start: number; end: number }, cueStart: number | null): QuoteDate {
  let best: string | null = null;
  let bestDist = Infinity;
  const pivot = cueStart ?? content.end;
  const times = doc.times;
  // In text order (as the time stage leaves them) only the sentence's own expressions are visited, not every
  // expression of the document per quote (quadratic on long documents).
  const from = firstTimeFrom(times, sentence.start);
  const sorted = startsOf.starts !== null;
  for (let i = from; i < times.length; i++) {
    const t = times[i];
    if (sorted && t.span.start > sentence.end) break;
    if (t.span.start < sentence.start || t.span.end > sentence.end) continue;
    if (t.span.start < content.end && t.span.end > content.start) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (isAttributive(doc, t)) continue;
    const day = dayOfValue(t.value);
    if (!day) continue;
    const dist = Math.abs(t.span.start - pivot);
    if (dist < bestDist) {
      bestDist = dist;
      best = day;
    }
  }
  return best ? { date: best, dateSource: 'text' } : { date: doc.dct, dateSource: 'publication' };
}
