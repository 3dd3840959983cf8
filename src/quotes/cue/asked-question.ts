/**
 * asked-question: "When asked by reporters whether ..., Trump said": the question is reported by the asker after
 * "by"; with no asker named ("Asked if ...") nobody is quoted saying it, so it is not reported as a quotation.
 */
import { skipAdverbials } from '../adverbials.js';
import { npRight, type TokRange } from '../phrases.js';
import type { SpeakerSieve } from './case.js';

const QUESTION_WORDS = new Set([
  'whether',
  'if',
  'about',
  'how',
  'what',
  'who',
  'whom',
  'why',
  'when',
  'where',
  'which',
]);
const CLAUSE_OPENERS = new Set(['when', 'after', 'if', 'once', 'while']);

export const askedQuestion: SpeakerSieve = {
  id: 'asked-question',
  apply(x, c) {
    if (
      c.lemma !== 'ask' ||
      !(c.entry.form === 'past' || c.entry.form === 'participle') ||
      !(c.i === c.a || CLAUSE_OPENERS.has(c.leftWord))
    )
      return false;
    const w = x.w;
    const b = c.b;
    let q = c.p;
    let asker: TokRange | null = null;
    if (q + 1 < b && w.lower(q) === 'by') {
      asker = npRight(w, q + 1, b, 6);
      if (asker) q = asker.end;
    }
    q = skipAdverbials(x, q, b);
    if (q < b && QUESTION_WORDS.has(w.lower(q))) {
      let e = q + 1;
      while (e < b && !w.isPunct(e, ',') && !x.isTerminal(e)) e++;
      if (e > q + 1 && asker)
        return [
          x.draft(
            x.doc.tokens.start[q],
            x.doc.tokens.end[e - 1],
            c.cue,
            c.lemma,
            asker,
            null,
            c.sentence,
            'asked-question',
          ),
        ];
    }
    return [];
  },
};
