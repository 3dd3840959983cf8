/** cue-appositive-name: "The mayor's aide, Ann Lee, said ...", "The US defence secretary, Jim Mott, said": the name
 * set off after the speaker's noun phrase speaks (the phrase describes it; its possessor or modifier does not). */
import type { Attribution } from '../context.js';
import type { CueCase } from './case.js';

/** Refines a subject speaker that a comma-set name follows right before the verb group. */
export function appositiveName(x: Attribution, c: CueCase): void {
  const s = c.speaker;
  if (!s || c.rule !== 'cue' || c.leftWord !== ',') return;
  const w = x.w;
  // The phrase's head, its last word, is a common noun ("The US defence secretary", "The mayor's aide"), not a name.
  if (!w.isPunct(s.end, ',') || w.nameLike(s.end - 1) || !w.isWord(s.end - 1)) return;
  let e = s.end + 1;
  while (e < c.left && w.nameLike(e)) e++;
  if (e === c.left && e - (s.end + 1) >= 1 && e - (s.end + 1) <= 4) {
    c.speaker = { start: s.end + 1, end: e };
    c.rule = 'cue-appositive-name';
  }
}
