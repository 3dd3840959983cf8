/**
 * One cue verb, attributed: its verb group, the checks that it reports something, its addressee, then the speaker
 * sieves in the order sieves.ts lists, the refiners, and its content to the right or, failing that, to the left.
 */
import { skipAdverbials } from '../adverbials.js';
import type { Attribution, Draft } from '../context.js';
import { WEAK_LEMMAS, type CueEntry } from '../lexicon.js';
import type { TokRange } from '../phrases.js';
import { SPEAKER_REFINERS, SPEAKER_SIEVES } from '../sieves.js';
import { verbGroup } from '../verb-group.js';
import { addresseeAfterCue } from './addressee.js';
import type { CueCase } from './case.js';
import { leftSide } from './left-content.js';
import { notSpeech } from './not-speech.js';
import { passiveAgent } from './passive-agent.js';
import { rightSide } from './right-content.js';

/** The drafts of cue token i in sentence si ([a, b)); lastSpeaker/lastAddressee are the previous cue's. */
export function verbCue(
  x: Attribution,
  si: number,
  i: number,
  cueEntry: CueEntry,
  a: number,
  b: number,
  lastSpeaker: TokRange | null,
  lastAddressee: TokRange | null,
): Draft[] {
  const w = x.w;
  const { start: vg, entry } = verbGroup(w, i, a, cueEntry);
  const passive = passiveAgent(x, si, i, a, b, entry);
  if (passive) return passive;
  if (notSpeech(x, i, vg, a, b, entry)) return [];
  const left = vg - 1;
  const c: CueCase = {
    sentence: si,
    i,
    entry,
    lemma: entry.lemma,
    a,
    b,
    vg,
    left,
    leftWord: left >= a ? w.lower(left) : '',
    cue: { start: i, end: i + 1 },
    afterCue: i + 1,
    p: i + 1,
    speaker: null,
    addressee: null,
    relative: undefined,
    rule: 'cue',
    lastSpeaker,
    lastAddressee,
  };
  addresseeAfterCue(x, c);
  c.p = skipAdverbials(x, c.afterCue, b);
  for (const sieve of SPEAKER_SIEVES) {
    const found = sieve.apply(x, c);
    if (found === false) continue;
    if (found === true) break;
    return found;
  }
  for (const refine of SPEAKER_REFINERS) refine(x, c);
  if (entry.form === 'gerund' && c.rule === 'cue') return []; // "the saying", "reporting" as a noun
  if (entry.form === 'participle' && vg === i && c.speaker === null) return []; // passive/adjectival "expected"
  const weak = WEAK_LEMMAS.has(entry.lemma);
  return rightSide(x, c, weak) ?? leftSide(x, c);
}
