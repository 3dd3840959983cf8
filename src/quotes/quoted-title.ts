/** A quoted title ("Morning Joe", “Coal Isn't the Villain”) is a name, not something said. */
import { TokFlag } from '../model/doc.js';
import type { Attribution, Draft } from './context.js';

const TITLE_FUNCTION_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'on',
  'and',
  'to',
  'for',
  'at',
  'with',
  'by',
  'or',
  'from',
  'as',
  'vs.',
  'is',
  "n't",
  "'s",
  '’s',
  'are',
]);

/** 1-8 words, each capitalized or a short title function word, no sentence mark inside: a title or a name. */
export function titleLike(x: Attribution, start: number, end: number): boolean {
  const w = x.w;
  const t = x.doc.tokens;
  let words = 0;
  let caps = 0;
  for (let k = x.tokAtChar(start + 1) - 1; k < t.count && t.start[k] < end; k++) {
    if (t.end[k] <= start) continue;
    if (w.isWord(k)) {
      words++;
      if (t.flags[k] & TokFlag.Capitalized) caps++;
      else if (!TITLE_FUNCTION_WORDS.has(w.lower(k))) return false;
    } else if (x.isTerminal(k) && t.end[k] < end) return false;
  }
  return words >= 1 && words <= 8 && caps >= 1;
}

/** The drafts without the direct quotes that are titles. */
export function dropQuotedTitles(x: Attribution, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => d.type !== 'direct' || !titleLike(x, d.start, d.end));
}
