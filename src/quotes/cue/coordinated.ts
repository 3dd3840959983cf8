/** cue-coordinated: "Smith criticized the plan and said ...":
 * the previous cue's speaker (or the clause's subject) speaks. */
import { firstSubject } from '../subjects.js';
import type { SpeakerSieve } from './case.js';

export const coordinated: SpeakerSieve = {
  id: 'cue-coordinated',
  apply(x, c) {
    if (c.leftWord !== 'and' && c.leftWord !== 'but') return false;
    c.speaker = c.lastSpeaker ?? firstSubject(x, c.a, c.left);
    c.addressee = c.lastSpeaker ? c.lastAddressee : c.addressee;
    c.rule = 'cue-coordinated';
    return true;
  },
};
