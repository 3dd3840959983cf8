/**
 * cue (subject): "The mayor said ...", "Barkley, who said ...": the noun phrase in subject position before the verb
 * group speaks; a message noun's sender speaks instead ("The message he conveyed to Sharif ..."; see message.ts).
 */
import { npLeft, subjectPosition, type TokRange, type Words } from '../phrases.js';
import type { SpeakerSieve } from './case.js';
import { DETERMINERS } from '../words.js';
import { messageSender } from './message.js';
import { subjectBeforeRelativeClause } from './aside-subject.js';

export const subject: SpeakerSieve = {
  id: 'cue',
  apply(x, c) {
    if (c.left < c.a) return false;
    const np = npLeft(x.w, c.left, c.a);
    if (np && subjectPosition(x.w, np.start, c.a)) c.speaker = jointSubject(x.w, np, c.a);
    // cue-subject-relative-clause (aside-subject.ts): a phrase found inside a relative clause is not the subject.
    const opening = c.speaker ? subjectBeforeRelativeClause(x, c) : null;
    if (opening && c.speaker && c.speaker.start > opening.end) {
      c.speaker = opening;
      c.rule = 'cue-subject-relative-clause';
      return true;
    }
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

/**
 * cue-joint-subject: "Ann Lee and Tom Baker said", "France, Spain and Italy told": the speaker phrase covers every
 * conjunct (the first one's entity is linked). The conjuncts open the clause or follow a comma, so an object before
 * "and" ("bans guns and critics say") is not taken. A first name with an apposition ("Ann Lee, the mayor, and Tom
 * Baker said") is taken as well.
 */
export function jointSubject(w: Words, np: TokRange, lo: number): TokRange {
  const and = np.start - 1;
  if (and - 1 < lo || w.lower(and) !== 'and') return np;
  let first = npLeft(w, and - 1, lo);
  if (!first || !namesOnly(w, first)) return np;
  // cue-joint-subject-apposed: "Ann Lee, the mayor, and Tom Baker said": the first name ends before its apposition.
  const apposed = w.isPunct(and - 1, ',');
  if (!apposed && first.end !== and) return np;
  // "France, Spain and Italy": name items set off by commas before the last two.
  while (!apposed && first.start - 2 >= lo && w.isPunct(first.start - 1, ',') && w.nameLike(first.start - 2)) {
    const item = npLeft(w, first.start - 2, lo);
    if (!item || item.end !== first.start - 1 || !namesOnly(w, item)) break;
    first = { start: item.start, end: first.end };
  }
  const before = first.start - 1;
  if (before >= lo && !w.isPunct(before, ',') && w.lower(before) !== 'that') return np;
  if (!subjectPosition(w, first.start, lo)) return np;
  return { start: first.start, end: np.end };
}

/** A name phrase: capitalized words after at most an opening determiner ("the UN", "Ann Lee"). */
function namesOnly(w: Words, r: TokRange): boolean {
  for (let k = r.start; k < r.end; k++) {
    if (!w.nameLike(k) && !(k === r.start && DETERMINERS.has(w.lower(k)))) return false;
  }
  return true;
}
