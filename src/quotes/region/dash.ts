/** dash-attribution: "“...” ― Pamela Padilla" ending its line: a dash-attributed quote (epigraphs, reader comments). */
import { TokFlag } from '../../model/doc.js';
import type { Attribution } from '../context.js';
import type { QuoteRegion } from '../marks.js';
import type { TokRange } from '../phrases.js';
import type { RegionSieve } from './case.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);

export const dashAttribution: RegionSieve = {
  id: 'dash-attribution',
  leadsContinuations: true,
  apply(x, q) {
    const speaker = dashSpeaker(x, q.region);
    if (!speaker) return false;
    x.pushRegion(q.region, 'direct', null, null, speaker, q.sentence, 'dash-attribution');
    return true;
  },
};

/** "“...” ― Name Surname." closing its line: the name after the dash, 1-5 name-like tokens. */
function dashSpeaker(x: Attribution, r: QuoteRegion): TokRange | null {
  const w = x.w;
  const t = x.doc.tokens;
  const k = r.afterClose;
  if (r.closeTok < 0 || k + 1 >= t.count || !DASHES.has(w.lower(k)) || t.flags[k] & TokFlag.NewlineBefore) return null;
  let e = k + 1;
  while (
    e < t.count &&
    e <= k + 6 &&
    !(t.flags[e] & TokFlag.NewlineBefore) &&
    (w.nameLike(e) || (t.flags[e] & TokFlag.Abbrev && t.flags[e] & TokFlag.Capitalized))
  )
    e++;
  if (e === k + 1) return null;
  const lineEnd = (q: number) => q >= t.count || (t.flags[q] & TokFlag.NewlineBefore) !== 0;
  return lineEnd(e) || (w.isPunct(e, '.') && lineEnd(e + 1)) ? { start: k + 1, end: e } : null;
}
