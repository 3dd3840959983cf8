/**
 * partial-subject: a quote inside a sentence, not opening it, whose subject stands right before the opening mark
 * ("the secretary “encouraged ...”"). A quote inside a sentence is settled here either way: the sieves after this
 * one see only quotes that open a sentence or a line.
 */
import { TokFlag } from '../../model/doc.js';
import type { Attribution } from '../context.js';
import { npLeft, subjectPosition } from '../phrases.js';
import type { RegionCase, RegionSieve } from './case.js';

/** Auxiliaries and adverbs between the subject and the quoted verb phrase ("has “agreed to ...”"). */
const SKIPPED = new Set(['also', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'later']);

export const partialSubject: RegionSieve = {
  id: 'partial-subject',
  leadsContinuations: false,
  apply(x, q) {
    if (opensSentence(x, q)) return false;
    const w = x.w;
    const { region: r, sent } = q;
    let l = q.before;
    while (l >= sent.tokStart && SKIPPED.has(w.lower(l))) l--;
    const np = l >= sent.tokStart ? npLeft(w, l, sent.tokStart) : null;
    // Only a lower-case fragment continues its subject ("the secretary “encouraged ...”"); a quoted
    // sentence after a noun phrase is a title or a slogan ("a memo titled “The Facts ...”").
    const fragment = (x.doc.tokens.flags[r.tokStart] & TokFlag.Capitalized) === 0;
    if (np && fragment && q.words >= 3 && subjectPosition(w, np.start, sent.tokStart) && !w.isPunct(l, ',')) {
      x.pushRegion(r, 'partial', null, null, np, q.sentence, 'partial-subject');
    }
    return true;
  },
};

/** The quote opens its sentence or line, or a capitalized quote follows a colon or comma. */
function opensSentence(x: Attribution, q: RegionCase): boolean {
  const t = x.doc.tokens;
  const { region: r, sent, before } = q;
  return (
    r.openTok <= sent.tokStart ||
    x.afterSentenceEnd(r.openTok) ||
    (t.flags[r.openTok] & TokFlag.NewlineBefore) !== 0 ||
    ((t.flags[r.tokStart] & TokFlag.Capitalized) !== 0 &&
      (before < sent.tokStart || x.w.isPunct(before, ':') || x.w.isPunct(before, ',')))
  );
}
