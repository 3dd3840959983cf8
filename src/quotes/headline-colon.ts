/**
 * headline-colon: a headline (a first paragraph of one sentence) that opens with a short source and a colon:
 * "Graham: Trump’s rhetoric destroying GOP’s chance", "Poll: Sanders leads in Iowa". Section labels ("Update:",
 * "Analysis:") are not sources. The content runs to the end of the line; quote marks inside it are part of it.
 */
import type { Attribution } from './context.js';
import { npLeft } from './phrases.js';

/** Headline labels before a colon that name a kind of piece, not a source ("Analysis: ..."). */
const HEADLINE_LABELS = new Set([
  'update',
  'updated',
  'exclusive',
  'analysis',
  'opinion',
  'watch',
  'breaking',
  'video',
  'live',
  'factbox',
  'explainer',
  'editorial',
  'commentary',
  'review',
  'interview',
  'photos',
  'listen',
  'correction',
  'timeline',
  'q&a',
  'column',
  'letters',
  'podcast',
  'quiz',
  'sport',
  'sports',
]);

export function headlineColon(x: Attribution): void {
  const doc = x.doc;
  const w = x.w;
  const t = doc.tokens;
  if (doc.sentences.length === 0) return;
  const first = doc.sentences[0];
  if (doc.sentences.length > 1 && doc.sentences[1].paragraph === first.paragraph) return;
  // A dateline found in the next paragraph ("WASHINGTON (AP) —") does not move the headline's start.
  const a = x.bodyStart < first.tokEnd ? Math.max(first.tokStart, x.bodyStart) : first.tokStart;
  const b = first.tokEnd;
  let colon = -1;
  for (let k = a + 1; k < Math.min(b, a + 6); k++)
    if (w.isPunct(k, ':')) {
      colon = k;
      break;
    }
  if (colon < 0 || !w.nameLike(a) || HEADLINE_LABELS.has(w.lower(a))) return;
  const np = npLeft(w, colon - 1, a);
  if (!np || np.start !== a || np.end !== colon) return;
  let e = b;
  while (e > colon + 1 && x.isTerminal(e - 1)) e--;
  let words = 0;
  for (let k = colon + 1; k < e; k++) if (w.isWord(k)) words++;
  if (words < 3) return;
  const start = t.start[colon + 1];
  const end = t.end[e - 1];
  // A cue inside the content ("Report: Walker to speak at ...") reports something nested in it: the headline's
  // source is the outer attribution. A cue before the colon makes it no headline source.
  if (x.drafts.some((d) => d.sentence === 0 && d.start < start)) return;
  for (let k = x.drafts.length - 1; k >= 0; k--) if (x.drafts[k].sentence === 0) x.drafts.splice(k, 1);
  for (let k = colon + 1; k < e; k++) if (x.regionOf[k] >= 0) x.used[x.regionOf[k]] = 1;
  x.drafts.push(x.draft(start, end, null, null, np, null, 0, 'headline-colon'));
}
