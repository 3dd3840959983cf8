/** cue-message: "The message he conveyed to Sharif was ...": the sender speaks, the recipient is addressed. */
import type { Attribution } from '../context.js';
import { npRight, type TokRange } from '../phrases.js';
import { MESSAGE_NOUNS, SUBJECT_PRONOUNS, TRANSFER_VERBS } from '../words.js';

/** A message noun in the first words of the clause [a, left], its sender and a transfer verb. */
export function messageSender(
  x: Attribution,
  a: number,
  left: number,
): { speaker: TokRange; addressee: TokRange | null } | null {
  const w = x.w;
  for (let k = a; k <= Math.min(left, a + 3); k++) {
    if (!MESSAGE_NOUNS.has(w.lower(k))) continue;
    let j = k + 1;
    if (j <= left && w.lower(j) === 'that') j++;
    if (j + 1 > left) return null;
    const sp = w.nameLike(j) || SUBJECT_PRONOUNS.has(w.lower(j)) ? { start: j, end: j + 1 } : null;
    if (!sp) return null;
    let v = j + 1;
    while (v <= left && w.nameLike(v)) {
      sp.end = v + 1;
      v++;
    }
    if (v > left || !TRANSFER_VERBS.has(w.lower(v))) return null;
    let addressee: TokRange | null = null;
    if (v + 1 <= left && w.lower(v + 1) === 'to') addressee = npRight(w, v + 2, left + 1, 5);
    return { speaker: sp, addressee };
  }
  return null;
}
