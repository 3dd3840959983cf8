/** The addressee after a cue: "told reporters", "said to reporters", "called on Trump to ...". */
import type { Attribution } from '../context.js';
import { npRight, type TokRange } from '../phrases.js';
import type { CueCase } from './case.js';

/** Cues whose addressee follows "to" ("spoke to the Guardian", "explained to voters that ..."). */
const TO_ADDRESSEE_LEMMAS = new Set([
  'say',
  'speak',
  'talk',
  'explain',
  'write',
  'complain',
  'admit',
  'mention',
  'announce',
  'confide',
  'describe',
]);

/** Lower-case words that may follow an addressee before the content ("told reporters that", "told them on"). */
const AFTER_ADDRESSEE = new Set(['that', 'about', 'on', 'in', 'at', 'to', 'of', 'during', 'after', 'before', 'how']);

/**
 * addressee-split: "He told the BBC John Smith was a liar": when the noun phrase after "told" holds two names
 * (two entity mentions) and a verb follows it with no "that", the second name opens the content.
 */
function splitAddressee(x: Attribution, np: TokRange | null, b: number): TokRange | null {
  if (!np || np.end >= b) return np;
  const w = x.w;
  const next = np.end;
  if (!w.isWord(next) || w.nameLike(next) || AFTER_ADDRESSEE.has(w.lower(next))) return np;
  const t = x.doc.tokens;
  const from = t.start[np.start];
  const to = t.end[np.end - 1];
  const inside = x.doc.mentions.filter((m) => m.span.start >= from && m.span.end <= to && m.kind !== 'pronoun');
  if (inside.length < 2) return np;
  inside.sort((m, n) => m.span.start - n.span.start);
  const cut = inside[0].span.end;
  let k = np.start;
  while (k < np.end && t.end[k] <= cut) k++;
  return k > np.start && k < np.end ? { start: np.start, end: k } : np;
}

/** Sets c.addressee and moves c.afterCue past it when the cue has one. */
export function addresseeAfterCue(x: Attribution, c: CueCase): void {
  const w = x.w;
  const { b, lemma } = c;
  const p = c.afterCue;
  if (c.entry.addresseeObject && p < b && w.isWord(p) && w.lower(p) !== 'that') {
    const np = splitAddressee(x, npRight(w, p, b, 6), b);
    if (np) {
      c.addressee = np;
      c.afterCue = np.end;
    }
  } else if (TO_ADDRESSEE_LEMMAS.has(lemma) && p + 1 < b && w.lower(p) === 'to') {
    const np = npRight(w, p + 1, b, 6);
    if (np) {
      c.addressee = np;
      c.afterCue = np.end;
    }
  } else if (lemma === 'call' && p + 1 < b && (w.lower(p) === 'on' || w.lower(p) === 'upon')) {
    // The one called on is addressed, the request follows.
    const np = npRight(w, p + 1, b, 6);
    if (np && np.end < b && w.lower(np.end) === 'to') {
      c.addressee = np;
      c.afterCue = np.end;
    }
  }
}
