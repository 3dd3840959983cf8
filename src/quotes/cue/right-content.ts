/**
 * The content to the right of a cue ("said (that) ...", "told reporters: “...”"), with what comes with it: the
 * parenthetical's left half ("“A,” he said, “B.”": rule + '-left'), a quote opening the next paragraph after a
 * colon (rule + '-next-paragraph'), and a speaker found without a subject (no-subject.ts).
 */
import { TokKind } from '../../model/doc.js';
import { clauseContent, leftContent, quotedSentenceAtEnd, rightContent } from '../content.js';
import type { Attribution, CharRange, Draft } from '../context.js';
import { lookupCue } from '../lexicon.js';
import { titleLike } from '../quoted-title.js';
import type { CueCase } from './case.js';
import { speakerWithoutSubject } from './no-subject.js';

/** The cue's drafts from its right side, or null when nothing follows it (c.p may move past a quoted title). */
export function rightSide(x: Attribution, c: CueCase, weak: boolean): Draft[] | null {
  const w = x.w;
  const { a, b, entry, speaker } = c;
  const before = speaker !== null ? speaker.start - 1 : -1;
  // Parenthetical "X, he said, Y" / "“A,” he said, “B.”": content on both sides of the speaker.
  const parenthetical =
    before >= a &&
    (w.isPunct(before, ',') ||
      (w.kind(before) === TokKind.Quote &&
        x.regionOf[before] >= 0 &&
        x.regions[x.regionOf[before]].afterClose === before + 1));
  // "As X observed, ...": the content follows the comma.
  const asClause = before >= a && w.lower(before) === 'as';
  // A weak cue with a clear subject ("Trump called for ...", "polls show ...") may take any complement.
  const clearSubject =
    speaker !== null &&
    (c.rule === 'cue' || c.rule === 'cue-participle' || c.rule === 'cue-appositive-name') &&
    (entry.form !== 'gerund' || c.rule === 'cue-participle');
  let right = rightContent(x, c.p, b, entry, weak && !clearSubject);
  if (
    right &&
    c.p > c.afterCue &&
    w.kind(c.p) === TokKind.Quote &&
    x.regionOf[c.p] >= 0 &&
    titleLike(x, right.start, right.end)
  ) {
    // "he said Wednesday on MSNBC’s “Morning Joe.”": a quoted title ends the adverbial; the content is to the left.
    right = null;
    c.p = x.regions[x.regionOf[c.p]].afterClose;
  }
  const p = c.p;
  let viaComma = false;
  if (!right && (parenthetical || asClause) && p + 1 < b && w.isPunct(p, ',') && w.isWord(p + 1)) {
    const n = w.lower(p + 1);
    const cue = lookupCue(n);
    // "..., Sanders said, a policy that ...": an apposition to what was said, not more of it.
    let apposition = false;
    if (n === 'a' || n === 'an')
      for (let k = p + 2; k < Math.min(b, p + 6); k++)
        if (['that', 'which', 'who'].includes(w.lower(k))) apposition = true;
    if (n !== 'according' && !(cue && cue.form === 'gerund') && !n.endsWith('ing') && !apposition) {
      right = clauseContent(x, p + 1, b);
      viaComma = true;
    }
  }
  let nextQuote: CharRange | null = null;
  if (
    b < x.doc.tokens.count &&
    w.isPunct(b - 1, ':') &&
    w.kind(b) === TokKind.Quote &&
    x.regionOf[b] >= 0 &&
    x.regions[x.regionOf[b]].openTok === b
  ) {
    // "Cruz continued:" / "released the following statement:" ending a paragraph; the quote opens the next one.
    if (!right) right = x.regionContent(x.regionOf[b]);
    else if (right.end <= x.doc.tokens.end[b - 1]) nextQuote = x.regionContent(x.regionOf[b]);
  }
  if (right) {
    // "told the mayors who gathered in Indianapolis, “No one should ...”": the quoted sentence is the content.
    // "said that, “...”": PolNeAR keeps the complementizer, the content stays the whole clause.
    const k =
      w.lower(x.tokAtChar(right.start + 1) - 1) === 'that' ? -1 : quotedSentenceAtEnd(x, right.start, right.end);
    if (k >= 0) right = x.regionContent(k);
  }
  if (!right) return null;
  if (!c.speaker) {
    const settled = speakerWithoutSubject(x, c, right, weak);
    if (settled) return settled;
  }
  const out = [x.draft(right.start, right.end, c.cue, c.lemma, c.speaker, c.addressee, c.sentence, c.rule)];
  if (c.relative) out[0].speakerRelative = c.relative;
  if (nextQuote)
    out.push(
      x.draft(
        nextQuote.start,
        nextQuote.end,
        c.cue,
        c.lemma,
        c.speaker,
        c.addressee,
        c.sentence,
        c.rule + '-next-paragraph',
      ),
    );
  if (parenthetical && !asClause) {
    const lc = leftContent(x, c.sentence, before, a);
    if (lc && (lc.region || (viaComma && lc.end - lc.start >= 25)))
      out.unshift(x.draft(lc.start, lc.end, c.cue, c.lemma, c.speaker, c.addressee, c.sentence, c.rule + '-left'));
  }
  return out;
}
