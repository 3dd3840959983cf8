/**
 * according-to-left / according-to-right: "..., according to a new poll." takes the clause before it, "According
 * to the memo, ..." the clause after it. A sentence-final "according to" claims the whole sentence first (PolNeAR is
 * univocal: cues inside its content are nested and not reported separately).
 */
import { clauseContent, leftContent } from '../content.js';
import type { Attribution, Draft } from '../context.js';
import { npRight } from '../phrases.js';
import type { SentenceSieve } from './case.js';
import { TypeFlag, vocab } from '../../text/vocab.js';

/** The draft of "according to" at token i in sentence si ([a, b)), or null. */
export function accordingTo(x: Attribution, si: number, i: number, a: number, b: number): Draft | null {
  const w = x.w;
  const np = npRight(w, i + 2, b, 9);
  if (!np) return null;
  const cue = { start: i, end: i + 2 };
  let k = i - 1;
  while (k >= a && w.isPunct(k, ',')) k--;
  if (k - a >= 2) {
    const c = leftContent(x, si, i - 1, a);
    if (c) return x.draft(c.start, c.end, cue, 'according to', np, null, si, 'according-to-left');
  }
  let p = np.end;
  if (p < b && w.isPunct(p, ',')) p++;
  const c = clauseContent(x, p, b);
  if (!c) return null;
  return x.draft(c.start, c.end, cue, 'according to', np, null, si, 'according-to-right');
}

/** "according" in any case, as a byte per word type: the sieve below asks it of every token. */
const ACCORDING = new TypeFlag((id) => vocab.lower(id) === 'according');

export const accordingToFinal: SentenceSieve = {
  id: 'according-to-final',
  apply(x, s) {
    const w = x.w;
    const { a, b } = s;
    for (let i = a + 3; i + 1 < b; i++) {
      if (x.regionOf[i] >= 0 || !w.is(i, ACCORDING) || w.lower(i + 1) !== 'to' || !w.isPunct(i - 1, ',')) continue;
      const np = npRight(w, i + 2, b, 9);
      if (!np || !(np.end >= b || x.isTerminal(np.end))) break;
      const d = accordingTo(x, s.sentence, i, a, b);
      if (d) {
        x.drafts.push(d);
        s.lastSpeaker = d.speaker;
        s.coveredUntil = b;
      }
      break;
    }
  },
};
