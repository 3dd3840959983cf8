/**
 * continuation / continuation-same-cue / paragraph-continuation: a quote with no cue of its own continues the last
 * speaker before it, in the same paragraph, or in the next one when that paragraph is wholly a quote right after the
 * speaker's own direct quote, or always when the paragraph re-opens a quote left open. “A,” he said. “B.” (or a
 * colon ending the cue's paragraph) is one utterance: the same cue.
 */
import { TokFlag, type Doc } from '../../model/doc.js';
import type { RegionSieve } from './case.js';

/** Only marks and spaces between the cue's content and this quote. */
const ADJOINING = /^[\s:.,”"’']*$/;

const CLOSING_MARK = /[”"’']/;

/** Whether the content ending at `end` closes with a quotation mark, only punctuation following it in its paragraph. */
function quotedToParagraphEnd(doc: Doc, end: number): boolean {
  const after = doc.text.slice(end, end + 8);
  const closed = CLOSING_MARK.test(doc.text[end - 1] ?? '') || /^[.,;!?]?[”"’']/.test(after);
  return closed && /^[.,;!?”"’']*[ \t]*(\n|$)/.test(after);
}

export const continuation: RegionSieve = {
  id: 'continuation',
  leadsContinuations: false,
  apply(x, q) {
    const last = q.lastWithSpeaker;
    if (!last) return false;
    const t = x.doc.tokens;
    const r = q.region;
    const para = q.sent.paragraph;
    const lp = x.doc.sentences[last.sentence].paragraph;
    // Next paragraph: only a paragraph that is wholly a quote, right after the speaker's own direct quote.
    const wholeParagraph =
      (t.flags[r.openTok] & TokFlag.ParagraphStart) !== 0 &&
      (r.afterClose >= t.count ||
        (t.flags[r.afterClose] & TokFlag.ParagraphStart) !== 0 ||
        (x.isTerminal(r.afterClose) &&
          (r.afterClose + 1 >= t.count || (t.flags[r.afterClose + 1] & TokFlag.ParagraphStart) !== 0)));
    // continuation-after-mixed: a mixed quote whose quoted words end its paragraph hands on its speaker as well.
    const endsQuoted = last.type === 'direct' || (last.type === 'mixed' && quotedToParagraphEnd(x.doc, last.end));
    // continuation-opening-sentence: a quoted sentence opening the next paragraph, when the quote before ended its own.
    const openingSentence =
      (t.flags[r.openTok] & TokFlag.ParagraphStart) !== 0 &&
      ((r.afterClose < t.count && x.isTerminal(r.afterClose)) || (r.closeTok > 0 && x.isTerminal(r.closeTok - 1)));
    const nextParagraph = para - lp === 1 && (wholeParagraph || openingSentence) && endsQuoted;
    if (!(r.continues || para === lp || nextParagraph)) return false;
    const gap = x.doc.text.slice(last.end, t.start[r.openTok]);
    const sameUtterance =
      last.cue !== null && !r.continues && ((para === lp && q.sentence <= last.sentence + 1) || ADJOINING.test(gap));
    if (sameUtterance) {
      x.pushRegion(r, 'direct', last.cue, last.cueLemma, last.speaker, q.sentence, 'continuation-same-cue').addressee =
        last.addressee;
    } else {
      x.pushRegion(
        r,
        'direct',
        null,
        null,
        last.speaker,
        q.sentence,
        r.continues ? 'paragraph-continuation' : 'continuation',
      );
    }
    return true;
  },
};
