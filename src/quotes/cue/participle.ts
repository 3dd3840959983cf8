/** cue-participle: "..., adding that ...", "while noting ...": the subject of the clause speaks. */
import { firstSubject } from '../subjects.js';
import type { SpeakerSieve } from './case.js';

export const participle: SpeakerSieve = {
  id: 'cue-participle',
  apply(x, c) {
    const lw = c.leftWord;
    if (c.entry.form !== 'gerund' || !(lw === ',' || lw === 'and' || lw === 'while' || lw === 'by')) return false;
    c.speaker = c.lastSpeaker ?? firstSubject(x, c.a, c.left);
    c.rule = 'cue-participle';
    return true;
  },
};
