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
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lang/en/index.js';

// The determiners of a definite or possessed noun phrase that a date may stand inside ("the April 22 attack").
const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  'this',
  'that',
  ...[...POSSESSIVE_DETERMINERS].filter((d) => d !== 'my' && d !== 'your' && d !== 'our'),
]);

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

/**
 * A document's time expressions by start offset, for quoteDate: with them in text order (as the time stage leaves
 * them) only a sentence's own expressions are visited, not every expression of the document per quote (quadratic
 * on long documents). `starts` is null when they are not in text order (then every one is visited).
 */
export interface TimesByStart {
  starts: Int32Array | null;
}

export function timesByStart(times: readonly Timex[]): TimesByStart {
  const starts = new Int32Array(times.length);
  for (let i = 0; i < times.length; i++) {
    starts[i] = times[i].span.start;
    if (i > 0 && starts[i] < starts[i - 1]) return { starts: null };
  }
  return { starts };
}

export function quoteDate(
  doc: Doc,
  sentence: { start: number; end: number },
  content: { start: number; end: number },
  cueStart: number | null,
  byStart: TimesByStart = timesByStart(doc.times),
): QuoteDate {
  let best: string | null = null;
  let bestDist = Infinity;
  const pivot = cueStart ?? content.end;
  const times = doc.times;
  const sorted = byStart.starts !== null && byStart.starts.length === times.length;
  for (let i = sorted ? lowerBound(byStart.starts!, sentence.start) : 0; i < times.length; i++) {
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
