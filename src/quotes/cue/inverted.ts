/**
 * cue-inverted: "“...,” said Sen. Smith." / "..., said Smith, a fellow at ...": the phrase after the cue speaks, the
 * quote or clause before it is the content. When only an adverbial follows ("..., R-Ky., said Tuesday.") the
 * apposition before the comma speaks instead ("Tammy Bruce, the spokesperson, said").
 */
import { TokKind } from '../../model/doc.js';
import { skipAdverbials } from '../adverbials.js';
import { leftContent } from '../content.js';
import { npLeft, npRight } from '../phrases.js';
import type { SpeakerSieve } from './case.js';
import { jointSubject } from './subject.js';

/** Words that may follow an inverted speaker ("“...,” said Dan Golvach when asked about ..."). */
const INVERSION_FOLLOWERS = new Set([
  'who',
  'whom',
  'which',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'adding',
  'noting',
  'referring',
  'speaking',
]);

export const inverted: SpeakerSieve = {
  id: 'cue-inverted',
  apply(x, c) {
    const w = x.w;
    const { a, b, left } = c;
    if (left < a || !(c.leftWord === ',' || (w.kind(left) === TokKind.Quote && x.regionOf[left] >= 0))) return false;
    const adv = skipAdverbials(x, c.afterCue, b);
    const onlyAdverbial = adv > c.afterCue && (adv >= b || x.isTerminal(adv));
    const inv = onlyAdverbial ? null : npRight(w, c.afterCue, b, 12);
    // Right after a closed quote ("“...,” said one source on the panel") the phrase after the cue is the speaker
    // whatever tail follows it.
    const afterQuote =
      w.kind(left) === TokKind.Quote ||
      (left - 1 >= a && w.kind(left - 1) === TokKind.Quote && x.regionOf[left - 1] >= 0);
    if (
      inv &&
      (afterQuote ||
        inv.end >= b ||
        x.isTerminal(inv.end) ||
        w.isPunct(inv.end, ',') ||
        INVERSION_FOLLOWERS.has(w.lower(inv.end)))
    ) {
      const content = leftContent(x, c.sentence, left, a);
      if (!content) return [];
      return [x.draft(content.start, content.end, c.cue, c.lemma, inv, c.addressee, c.sentence, 'cue-inverted')];
    }
    // "Ann Lee, the mayor, and Tom Baker, the treasurer, said": every apposed conjunct speaks.
    const np = npLeft(w, left, a);
    if (np) c.speaker = jointSubject(w, np, a);
    return true;
  },
};
