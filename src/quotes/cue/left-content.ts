/** rule + '-left': a trailing attribution with nothing after it, "..., X said." / "X said." after a quote sentence. */
import { TokKind } from '../../model/doc.js';
import { asideMark } from '../adverbials.js';
import { leftContent } from '../content.js';
import type { Attribution, Draft } from '../context.js';
import type { CueCase } from './case.js';

/** Plural or plural-taking subject heads a bare base form agrees with ("they say", "officials say"). */
const PLURAL_HEAD = /^(they|we|i|you)$|s$/;

export function leftSide(x: Attribution, c: CueCase): Draft[] {
  const w = x.w;
  const { a, b, p, speaker, vg } = c;
  if (p < b && !x.isTerminal(p) && !w.isPunct(p, ',') && !w.isPunct(p, '-') && !w.isPunct(p, '—') && !w.isPunct(p, '–'))
    return [];
  if (!speaker) return [];
  // A bare base form needs a plural subject.
  if (c.entry.form === 'base' && vg === c.i && !PLURAL_HEAD.test(w.lower(speaker.end - 1))) return [];
  const boundary = speaker.start <= vg ? speaker.start - 1 : vg - 1;
  // The trailing attribution is set off by a comma, a dash or a closing quote ("..., he said"), not "when he balked".
  if (boundary >= a && !(asideMark(x, boundary) || w.kind(boundary) === TokKind.Quote)) return [];
  const content = leftContent(x, c.sentence, boundary, a);
  if (!content) return [];
  return [x.draft(content.start, content.end, c.cue, c.lemma, speaker, c.addressee, c.sentence, c.rule + '-left')];
}
