/** What sits between a cue and its content and belongs to neither: time words, prepositional phrases, asides. */
import { TokKind } from '../model/doc.js';
import type { Attribution } from './context.js';
import {
  ADVERBIAL_STARTERS,
  DAY_PARTS,
  MONTHS,
  SUBJECT_PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  TIME_WORDS,
  WEEKDAYS,
} from './words.js';

/** A dash or a comma: the marks that open and close an aside. */
export function asideMark(x: Attribution, k: number): boolean {
  const w = x.w;
  return w.isPunct(k, ',') || w.isPunct(k, '—') || w.isPunct(k, '–') || w.isPunct(k, '-') || w.isPunct(k, '--');
}

/**
 * Skip what sits between a cue and its content: a bare time word ("said Tuesday"), a prepositional phrase
 * up to a comma or "that" ("said on Friday during a briefing that"), a dash or comma aside before "that"
 * ("said — on Twitter — that", "said, twice, that").
 */
export function skipAdverbials(x: Attribution, p: number, b: number): number {
  const w = x.w;
  for (let round = 0; round < 3 && p < b; round++) {
    const lp = w.lower(p);
    if (TIME_WORDS.has(lp) && !(p + 1 < b && w.isPossessive(p + 1))) {
      p++;
      if (p < b && DAY_PARTS.has(w.lower(p))) p++;
      continue;
    }
    if (asideMark(x, p)) {
      // An aside closed before "that": jump to "that".
      let q = p + 1;
      while (q < b && q <= p + 10 && !x.isTerminal(q) && w.kind(q) !== TokKind.Quote && w.lower(q) !== 'that') q++;
      // The aside is closed right before "that" ("said, twice, that"); "said, a policy that ..." is an apposition.
      if (q < b && w.lower(q) === 'that' && q > p + 1 && asideMark(x, q - 1)) return q;
      return p;
    }
    if (!ADVERBIAL_STARTERS.has(lp)) break;
    // "this week", "last month", "late Tuesday" are time phrases; "said this is ..." starts the content.
    if (
      TIME_MODIFIERS.has(lp) &&
      !(p + 1 < b && (TIME_NOUNS.has(w.lower(p + 1)) || WEEKDAYS.has(w.lower(p + 1)) || MONTHS.has(w.lower(p + 1))))
    )
      break;
    if (lp === 'at' && p + 1 < b && (w.lower(p + 1) === 'least' || w.lower(p + 1) === 'most')) break; // "at least six"
    if (
      p + 1 < b &&
      (TIME_WORDS.has(w.lower(p + 1)) ||
        MONTHS.has(w.lower(p + 1)) ||
        (TIME_MODIFIERS.has(lp) && TIME_NOUNS.has(w.lower(p + 1))))
    ) {
      // "on Wednesday", "in January": a short time phrase, then the content may follow without "that".
      p += 2;
      while (p < b && (w.kind(p) === TokKind.Number || DAY_PARTS.has(w.lower(p)) || w.isPunct(p, ','))) p++;
      continue;
    }
    let q = p + 1;
    let stop = -1;
    while (q < b && q <= p + 20) {
      const lq = w.lower(q);
      if (lq === ',' || lq === 'that' || lq === ':' || w.kind(q) === TokKind.Quote || x.isTerminal(q)) {
        stop = q;
        break;
      }
      // "said after the convention he would ...": a subject pronoun cannot sit inside the phrase,
      // the clause starts there.
      if (q > p + 1 && SUBJECT_PRONOUNS.has(lq)) return q;
      q++;
    }
    if (q >= b) stop = b;
    if (stop < 0) break;
    p = stop;
    if (p < b && w.isPunct(p, ',') && p + 1 < b && (w.lower(p + 1) === 'that' || w.kind(p + 1) === TokKind.Quote)) p++;
  }
  return p;
}
