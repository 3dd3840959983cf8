/**
 * The cue scan: every cue verb, noun of saying with its possessor (noun-cue.ts) or "according to" outside quote
 * marks, left to right, not inside a content an earlier cue of the sentence has claimed. A cue word right before a
 * finite cue is a noun ("the campaign said").
 */
import type { Draft } from '../context.js';
import { accordingTo } from './according-to.js';
import type { SentenceSieve } from './case.js';
import { NOUN_CUES, nounCue } from './noun-cue.js';
import { lookupCue } from '../lexicon.js';
import { TypeFlag, vocab } from '../../text/vocab.js';
import { nounBeforeCue } from './not-speech.js';
import { verbCue } from './verb-cue.js';

/**
 * Words that may start a cue: "according", a noun of saying, a cue verb form. One byte per word type: most tokens are
 * none, and are passed over without reading their strings.
 */
const mayStartCue = new TypeFlag((id) => {
  const w = vocab.lower(id);
  return w === 'according' || NOUN_CUES.has(w) || lookupCue(w) !== undefined;
});

export const cueScan: SentenceSieve = {
  id: 'cue-scan',
  apply(x, s) {
    const w = x.w;
    const { a, b } = s;
    for (let i = a; i < b; i++) {
      if (x.regionOf[i] >= 0 || !w.isWord(i) || !w.is(i, mayStartCue)) continue;
      if (w.lower(i) === 'according' && i + 1 < b && w.lower(i + 1) === 'to') {
        if (i < s.coveredUntil) {
          i = i + 1;
          continue;
        } // claimed by the sentence-final attribution
        const d = accordingTo(x, s.sentence, i, a, b);
        if (d) {
          x.drafts.push(d);
          s.lastSpeaker = d.speaker;
          i = i + 1;
        }
        continue;
      }
      if (i >= s.coveredUntil) {
        const n = nounCue(x, s.sentence, i, a, b);
        if (n) {
          x.drafts.push(n);
          s.coveredUntil = Math.max(s.coveredUntil, Math.min(x.tokAtChar(n.end), b));
          continue;
        }
      }
      const entry = w.cue(i);
      if (!entry || nounBeforeCue(x, i, b) || i < s.coveredUntil) continue;
      const found: Draft[] = verbCue(x, s.sentence, i, entry, a, b, s.lastSpeaker, s.lastAddressee);
      for (const d of found) {
        x.drafts.push(d);
        s.lastSpeaker = d.speaker ?? s.lastSpeaker;
        s.lastAddressee = d.addressee;
        if (d.end > x.doc.tokens.start[i]) s.coveredUntil = Math.max(s.coveredUntil, Math.min(x.tokAtChar(d.end), b));
      }
    }
  },
};
