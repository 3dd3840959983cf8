/**
 * Where the content of a cue lies: the clause to its right ("said (that) ...", "said: “...”") or the quote or
 * clause to the left of a trailing attribution ("“...,” he said"), in char offsets. Regions taken as content are
 * marked used.
 */
import { TokFlag, TokKind } from '../model/doc.js';
import { asideMark, skipAdverbials } from './adverbials.js';
import type { Attribution, CharRange } from './context.js';
import { lookupCue, WEAK_LEMMAS, type CueEntry } from './lexicon.js';
import { fillerAt } from './verb-group.js';
import { SUBJECT_PRONOUNS, VERB_GROUP_FILLERS } from './words.js';

/** Words that open an adverbial clause, not reported content ("rejected because ..."). */
const NOT_CONTENT_STARTERS = new Set(['because', 'since', 'although', 'though', 'unless', 'until', 'despite']);

/** Content to the right of the cue, starting at token p, or null when nothing follows. */
export function rightContent(x: Attribution, p: number, b: number, entry: CueEntry, weak: boolean): CharRange | null {
  const w = x.w;
  if (p >= b || x.isTerminal(p)) return null;
  const lp = w.lower(p);
  if (lp === ':' || lp === ',') {
    if (p + 1 < b && w.kind(p + 1) === TokKind.Quote && x.regionOf[p + 1] >= 0)
      return x.regionContent(x.regionOf[p + 1]);
    if (lp === ':' && p + 1 < b) return clauseContent(x, p + 1, b);
    return null;
  }
  if (w.kind(p) === TokKind.Quote && x.regionOf[p] >= 0) {
    const r = x.regions[x.regionOf[p]];
    const after = r.afterClose;
    if (after >= b || x.isTerminal(after) || w.isPunct(after, ',')) return x.regionContent(x.regionOf[p]);
    // A quoted sentence ("yelled “You lie!” at ...") stands alone; a quoted fragment ("said “it gets me mad” every
    // time ...") is part of the reported clause.
    if (x.doc.tokens.flags[r.tokStart] & TokFlag.Capitalized || x.isTerminal(r.tokEnd - 1))
      return x.regionContent(x.regionOf[p]);
    return clauseContent(x, p, b);
  }
  if (NOT_CONTENT_STARTERS.has(lp)) return null;
  if (
    lp === 'that' ||
    lp === 'whether' ||
    lp === 'if' ||
    lp === 'why' ||
    lp === 'how' ||
    lp === 'what' ||
    lp === 'when'
  )
    return clauseContent(x, p, b);
  if (lp === 'to' && (entry.cls === 'intention' || entry.addresseeObject))
    return weak && entry.cls !== 'intention' ? null : clauseContent(x, p, b);
  if (weak) return null;
  if (!w.isWord(p) && w.kind(p) !== TokKind.Number) return null;
  return clauseContent(x, p, b);
}

/** From token p to the end of the clause: the sentence end, or before ", according to" / ", adding". */
export function clauseContent(x: Attribution, p: number, b: number): CharRange | null {
  const w = x.w;
  let e = b;
  for (let q = p + 1; q < b; q++) {
    if (x.regionOf[q] >= 0) continue;
    const lq = w.lower(q);
    if ((lq === 'and' || lq === 'but') && q + 1 < b) {
      // "... stressed X but also said Y": a coordinated cue starts its own content.
      let v = q + 1;
      while (v < b && VERB_GROUP_FILLERS.has(w.lower(v))) v++;
      const cue = v < b ? w.cue(v) : undefined;
      if (cue && (cue.form === 'past' || cue.form === 'present')) {
        e = q;
        break;
      }
    }
    if (w.isPunct(q, ',') && q + 1 < b && trailingAttribution(x, q + 1, b)) {
      e = q;
      break;
    }
    if (
      q > p &&
      x.regionOf[q - 1] >= 0 &&
      w.kind(q - 1) === TokKind.Quote &&
      w.isPunct(q - 2, ',') &&
      trailingAttribution(x, q, b)
    ) {
      e = q;
      break;
    }
    if (w.isPunct(q, ',') && q + 1 < b) {
      const n = w.lower(q + 1);
      const cue = lookupCue(n);
      if (n === 'according' || (cue && cue.form === 'gerund')) {
        e = q;
        break;
      }
      // "Barkley, who said he votes democratic, said ...": the relative clause ends at the main verb.
      if (
        cue &&
        cue.cls === 'speech' &&
        (cue.form === 'past' || cue.form === 'present') &&
        !WEAK_LEMMAS.has(cue.lemma)
      ) {
        e = q;
        break;
      }
    }
    // "..., adding, “...”" after a quote's inner comma, "by saying: “...”": the gerund cue starts its own content.
    const g = lookupCue(lq);
    if (
      g &&
      g.form === 'gerund' &&
      g.cls === 'speech' &&
      q + 1 < b &&
      (w.isPunct(q + 1, ':') || w.isPunct(q + 1, ',') || w.lower(q + 1) === 'that' || w.kind(q + 1) === TokKind.Quote)
    ) {
      const prev = w.lower(q - 1);
      if (prev === 'by' || prev === ',' || w.kind(q - 1) === TokKind.Quote) {
        e = prev === 'by' ? q - 1 : q;
        break;
      }
    }
    // "..., Bolton said, “...”" / "... and Clinton said": another speaker's attribution begins.
    if ((w.isPunct(q, ',') || lq === 'and' || lq === 'but') && q + 2 < b && subjectThenCue(x, q + 1, b)) {
      e = q;
      break;
    }
  }
  while (e - 1 > p && (x.isTerminal(e - 1) || w.isPunct(e - 1, ',') || w.isPunct(e - 1, ':'))) e--;
  if (e <= p) return null;
  // A quote opened in this clause that runs past the sentence: the content runs to its end.
  let end = x.doc.tokens.end[e - 1];
  for (let q = p; q < e; q++) {
    const k = x.regionOf[q];
    if (k < 0) continue;
    x.used[k] = 1;
    const r = x.regions[k];
    if (r.end > end) end = x.doc.tokens.end[r.afterClose - 1];
  }
  return { start: x.doc.tokens.start[p], end };
}

/** A quote that closes the content, opened after a comma or colon with a capital letter; -1 when none. */
export function quotedSentenceAtEnd(x: Attribution, start: number, end: number): number {
  const w = x.w;
  const t = x.doc.tokens;
  const last = x.tokAtChar(end) - 1;
  if (last < 0 || last >= t.count) return -1;
  const k = x.regionOf[last];
  if (k < 0) return -1;
  const r = x.regions[k];
  if (r.start <= start + 1 || t.end[r.afterClose - 1] < end - 1) return -1;
  const before = r.openTok - 1;
  if (before < 0 || !(w.isPunct(before, ',') || w.isPunct(before, ':'))) return -1;
  return t.flags[r.tokStart] & TokFlag.Capitalized ? k : -1;
}

/** A short name or pronoun subject at k followed by a finite speech cue ("Clinton said", "he told"). */
function subjectThenCue(x: Attribution, k: number, b: number): boolean {
  const w = x.w;
  let v: number;
  if (SUBJECT_PRONOUNS.has(w.lower(k))) v = k + 1;
  else if (w.nameLike(k)) {
    v = k + 1;
    while (v < b && v < k + 5 && (w.nameLike(v) || w.isPossessive(v))) v++;
  } else return false;
  while (v < b && fillerAt(w, v)) v++;
  if (v >= b) return false;
  const c = w.cue(v);
  return (
    c !== undefined && c.cls === 'speech' && (c.form === 'past' || c.form === 'present') && !WEAK_LEMMAS.has(c.lemma)
  );
}

/** Does ", the White House said on Friday." start at k: a short subject, a finite cue, then the clause end? */
function trailingAttribution(x: Attribution, k: number, b: number): boolean {
  const w = x.w;
  for (let v = k + 1; v < b && v <= k + 7; v++) {
    if (x.regionOf[v] >= 0 || w.isPunct(v, ',')) return false;
    const c = w.cue(v);
    if (!c || (c.form !== 'past' && c.form !== 'present') || c.cls !== 'speech') continue;
    const after = skipAdverbials(x, v + 1, b);
    return after >= b || x.isTerminal(after);
  }
  return false;
}

/** Content to the left of a trailing cue, ending at `boundary` (a comma or closing mark), not before the sentence. */
export function leftContent(x: Attribution, si: number, boundary: number, a: number): CharRange | null {
  const w = x.w;
  const sentences = x.doc.sentences;
  let e = boundary;
  while (e >= a && asideMark(x, e)) e--;
  if (e < a) {
    // "He said." right after a quote in the same paragraph.
    const prev = si - 1;
    if (prev < 0 || sentences[prev].paragraph !== sentences[si].paragraph) return null;
    const pe = sentences[prev].tokEnd - 1;
    for (let k = pe; k >= pe - 2 && k >= sentences[prev].tokStart; k--) {
      const rk = x.regionOf[k];
      if (rk >= 0) return { ...x.regionContent(rk), region: true };
    }
    return null;
  }
  let s = Math.max(a, x.bodyStart);
  // Earlier cue content in this sentence ends where this one may start.
  for (let k = x.drafts.length - 1; k >= 0 && x.drafts[k].sentence === si; k--) {
    const d = x.drafts[k];
    // Beliefs and intentions nest inside reported speech ("X wants ..., the White House said"): no boundary.
    const cls = d.cueLemma ? lookupCue(d.cueLemma)?.cls : undefined;
    if (cls === 'belief' || cls === 'intention') continue;
    if (d.end <= x.doc.tokens.start[e]) s = Math.max(s, x.tokAtChar(d.end));
  }
  // A sentence end the splitter missed (". ''We ..."): the content starts after it.
  for (let q = e - 1; q > s; q--)
    if (x.afterSentenceEnd(q) && x.regionOf[q] !== x.regionOf[q - 1]) {
      s = q;
      break;
    }
  while (s <= e && (w.isPunct(s, ',') || ['and', 'but', 'so'].includes(w.lower(s)))) s++;
  if (s > e) return null;
  // A quote closing right at the boundary and opening at the clause start (or in an earlier sentence): the
  // whole quote is the content, wherever it opened.
  const rk = x.regionOf[e];
  const r = rk >= 0 ? x.regions[rk] : undefined;
  if (r && r.closeTok >= 0 && r.afterClose === e + 1 && (r.openTok <= s || x.afterSentenceEnd(r.openTok))) {
    return { ...x.regionContent(rk), region: true };
  }
  let start = x.doc.tokens.start[s];
  for (let q = s; q <= e; q++) {
    const k = x.regionOf[q];
    if (k < 0) continue;
    x.used[k] = 1;
    if (x.regions[k].start < start) start = x.doc.tokens.start[x.regions[k].openTok];
  }
  return { start, end: x.doc.tokens.end[e] };
}
