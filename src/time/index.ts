/**
 * The time stage: TIMEX3-style expressions with TimeML values, anchored to the DCT (`doc.dct`).
 * Fills `doc.times` only. Other stages date their facts with `timexForSentence` / `governingDate`.
 */
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { Timex } from '../model/schema.js';
import { parseYmd } from './calendar.js';
import { REFINERS } from './parsers.js';
import { Recognizer } from './recognize.js';

export { clauseTense, type Tense } from './tense.js';

export function runTime(doc: Doc, options: AnalyzeOptions): void {
  void options;
  doc.times = recognizeTimes(doc);
}

/** Recognize and normalize the time expressions of a tokenized Doc (does not touch the Doc). */
export function recognizeTimes(doc: Doc): Timex[] {
  const dct = parseYmd(doc.dct);
  if (!dct || doc.tokens.count === 0) return [];
  const matches = new Recognizer(doc, dct).run();
  const { start, end } = doc.tokens;
  let times: Timex[] = [];
  for (const m of matches) {
    const s = m.cs ?? start[m.s];
    const e = m.ce ?? end[m.e - 1];
    const t: Timex = {
      id: `t${times.length + 1}`,
      span: { start: s, end: e, text: doc.text.slice(s, e) },
      type: m.type,
      value: m.value,
      rule: m.rule,
    };
    if (m.anchor) t.anchor = m.anchor;
    if (m.mod) t.mod = m.mod;
    times.push(t);
  }
  for (const r of REFINERS) times = r.refine(times);
  return times;
}

/** A value that names a calendar day (or a time on one): its YYYY-MM-DD, else null. */
export function dayOfValue(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/**
 * The time expression that dates a clause: among the DATE/TIME expressions of sentence `sentenceIndex` whose
 * value names a specific day, the one nearest to `tokenIndex` (an event trigger or quote cue), preferring one
 * before it at equal distance. Null when the sentence has none.
 */
export function timexForSentence(doc: Doc, sentenceIndex: number, tokenIndex?: number): Timex | null {
  const sent = doc.sentences[sentenceIndex];
  if (!sent) return null;
  let best: Timex | null = null;
  let bestDist = Infinity;
  const pivot = tokenIndex !== undefined ? (doc.tokens.start[tokenIndex] ?? sent.start) : sent.start;
  for (const t of doc.times) {
    if (t.span.start < sent.start || t.span.end > sent.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!dayOfValue(t.value)) continue;
    const dist = t.span.end <= pivot ? pivot - t.span.end : Math.max(0, t.span.start - pivot) + 0.5;
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  return best;
}

/**
 * The date of a clause for events and quotes: the governing time expression's day (dateSource "text"),
 * else the DCT (dateSource "publication").
 */
export function governingDate(
  doc: Doc,
  sentenceIndex: number,
  tokenIndex?: number,
): { date: string; dateSource: 'text' | 'publication'; timexId: string | null } {
  const t = timexForSentence(doc, sentenceIndex, tokenIndex);
  const day = t ? dayOfValue(t.value) : null;
  if (t && day) return { date: day, dateSource: 'text', timexId: t.id };
  return { date: doc.dct, dateSource: 'publication', timexId: null };
}
