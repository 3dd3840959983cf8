/** The addressee after a cue: "told reporters", "said to reporters", "called on Trump to ...". */
import type { Attribution } from '../context.js';
import { npRight } from '../phrases.js';
import type { CueCase } from './case.js';

/** Cues whose addressee follows "to" ("spoke to the Guardian", "explained to voters that ..."). */
const TO_ADDRESSEE_LEMMAS = new Set([
  'say',
  'speak',
  'talk',
  'explain',
  'write',
  'complain',
  'admit',
  'mention',
  'announce',
  'confide',
  'describe',
]);

/** Sets c.addressee and moves c.afterCue past it when the cue has one. */
export function addresseeAfterCue(x: Attribution, c: CueCase): void {
  const w = x.w;
  const { b, lemma } = c;
  const p = c.afterCue;
  if (c.entry.addresseeObject && p < b && w.isWord(p) && w.lower(p) !== 'that') {
    const np = npRight(w, p, b, 6);
    if (np) {
      c.addressee = np;
      c.afterCue = np.end;
    }
  } else if (TO_ADDRESSEE_LEMMAS.has(lemma) && p + 1 < b && w.lower(p) === 'to') {
    const np = npRight(w, p + 1, b, 6);
    if (np) {
      c.addressee = np;
      c.afterCue = np.end;
    }
  } else if (lemma === 'call' && p + 1 < b && (w.lower(p) === 'on' || w.lower(p) === 'upon')) {
    // The one called on is addressed, the request follows.
    const np = npRight(w, p + 1, b, 6);
    if (np && np.end < b && w.lower(np.end) === 'to') {
      c.addressee = np;
      c.afterCue = np.end;
    }
  }
}
