/**
 * cue (subject): "The mayor said ...", "Barkley, who said ...": the noun phrase in subject position before the verb
 * group speaks; a message noun's sender speaks instead ("The message he conveyed to Sharif ..."; see message.ts).
 */
import { npLeft, subjectPosition } from '../phrases.js';
import type { SpeakerSieve } from './case.js';
import { messageSender } from './message.js';

export const subject: SpeakerSieve = {
  id: 'cue',
  apply(x, c) {
    if (c.left < c.a) return false;
    const np = npLeft(x.w, c.left, c.a);
    if (np && subjectPosition(x.w, np.start, c.a)) c.speaker = np;
    if (c.speaker && (c.leftWord === 'who' || c.leftWord === 'which')) c.relative = { start: c.left, end: c.left + 1 };
    const msg = messageSender(x, c.a, c.left);
    if (msg) {
      c.speaker = msg.speaker;
      c.addressee = msg.addressee;
      c.rule = 'cue-message';
    }
    return true;
  },
};
