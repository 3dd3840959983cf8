/**
 * A cue with content on its right but no subject before it: "Said Ellis: “...”" (cue-inverted-initial), else the
 * nearest name or pronoun to the left (cue-nearest-name), else no speaker (cue-nosubject). A weak or base-form cue
 * without a subject reports nothing.
 */
import type { Attribution, CharRange, Draft } from '../context.js';
import { npRight } from '../phrases.js';
import { nearestNameLeft } from '../subjects.js';
import type { CueCase } from './case.js';
import { subjectBeforeRelativeClause } from './aside-subject.js';

/** The cue's drafts when settled here (possibly none); null after setting c.speaker and c.rule. */
export function speakerWithoutSubject(x: Attribution, c: CueCase, right: CharRange, weak: boolean): Draft[] | null {
  if (weak || c.entry.form === 'base') return [];
  const w = x.w;
  // A sentence-initial cue with its speaker after it.
  const inv = c.vg === c.a ? npRight(w, c.i + 1, c.b, 8) : null;
  if (inv && (w.isPunct(inv.end, ':') || w.isPunct(inv.end, ',')))
    return [x.draft(right.start, right.end, c.cue, c.lemma, inv, c.addressee, c.sentence, 'cue-inverted-initial')];
  const opening = subjectBeforeRelativeClause(x, c);
  if (opening) {
    c.speaker = opening;
    c.rule = 'cue-subject-relative-clause';
    return null;
  }
  c.speaker = nearestNameLeft(x, c.vg - 1, c.a);
  c.rule = c.speaker ? 'cue-nearest-name' : 'cue-nosubject';
  return null;
}
