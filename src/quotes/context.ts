/**
 * The state the attribution sieves share over one document: its quote regions, which of them a draft has taken,
 * and the drafts found so far. Each sieve reads it and adds drafts; nothing here is kept between documents.
 */
import { TokFlag, TokKind, type Doc } from '../model/doc.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import { Words, type TokRange } from './phrases.js';

export type DraftType = 'direct' | 'partial' | 'mixed' | 'indirect';

export interface Draft {
  type: DraftType;
  /** Content char offsets. */
  start: number;
  end: number;
  cue: TokRange | null;
  cueLemma: string | null;
  speaker: TokRange | null;
  /** A relative pronoun standing for the speaker ("Barkley, who said ..."): the mention when the speaker resolves. */
  speakerRelative?: TokRange;
  addressee: TokRange | null;
  sentence: number;
  rule: string;
  /** Set when the draft reports no speech (voice.ts). */
  voice?: 'thought' | 'author';
}

/** Content char offsets; `region` when the content is one whole quote region. */
export interface CharRange {
  start: number;
  end: number;
  region?: boolean;
}

const TERMINALS = new Set(['.', '!', '?', '…', ';']);

export class Attribution {
  readonly w: Words;
  readonly regions: QuoteRegion[];
  /** Region index of each token (marks included), -1 outside quotes. */
  readonly regionOf: Int32Array;
  /** 1 for a region some draft has taken as (part of) its content. */
  readonly used: Uint8Array;
  readonly drafts: Draft[] = [];
  /** First token after a wire dateline ("Washington, May 9 (IANS) "), 0 when there is none. */
  readonly bodyStart: number;

  constructor(readonly doc: Doc) {
    this.w = new Words(doc);
    this.bodyStart = datelineEnd(this.w, doc);
    this.regions = findQuoteRegions(doc);
    this.regionOf = new Int32Array(doc.tokens.count).fill(-1);
    this.regions.forEach((r, k) => this.regionOf.fill(k, r.openTok, r.afterClose));
    this.used = new Uint8Array(this.regions.length);
  }

  isTerminal(k: number): boolean {
    return this.w.kind(k) === TokKind.Punct && TERMINALS.has(this.w.lower(k));
  }

  /** One past the token that holds char pos - 1. */
  tokAtChar(pos: number): number {
    const t = this.doc.tokens;
    let lo = 0;
    let hi = t.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.end[mid] <= pos - 1) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** Is token k right after a sentence-ending mark the splitter kept inside the sentence (". ''We ...")? */
  afterSentenceEnd(k: number): boolean {
    return (
      k > 0 &&
      this.isTerminal(k - 1) &&
      this.regionOf[k - 1] < 0 &&
      (this.doc.tokens.flags[k] & TokFlag.SpaceBefore) !== 0
    );
  }

  /** Region k as content; the region is taken. */
  regionContent(k: number): CharRange {
    this.used[k] = 1;
    const r = this.regions[k];
    return { start: r.start, end: r.end };
  }

  draft(
    start: number,
    end: number,
    cue: TokRange | null,
    cueLemma: string | null,
    speaker: TokRange | null,
    addressee: TokRange | null,
    sentence: number,
    rule: string,
  ): Draft {
    let type = this.typeOf(start, end);
    if (type === 'direct' && this.fragmentQuote(start)) type = 'partial';
    return { type, start, end, cue, cueLemma, speaker, addressee, sentence, rule };
  }

  /** A draft whose content is the whole region r. */
  pushRegion(
    r: QuoteRegion,
    type: DraftType,
    cue: TokRange | null,
    cueLemma: string | null,
    speaker: TokRange | null,
    sentence: number,
    rule: string,
  ): Draft {
    const d: Draft = { type, start: r.start, end: r.end, cue, cueLemma, speaker, addressee: null, sentence, rule };
    this.drafts.push(d);
    return d;
  }

  /** A quote starting lower-case inside a clause ("urged Muslims to “stand up to ...”"): a fragment of the sentence. */
  private fragmentQuote(start: number): boolean {
    const t = this.doc.tokens;
    const k = this.tokAtChar(start + 1) - 1;
    if (k <= 0 || k >= t.count || t.flags[k] & TokFlag.Capitalized || t.kind[k] !== TokKind.Word) return false;
    const mark = k - 1;
    if (t.kind[mark] !== TokKind.Quote || mark === 0) return false;
    const prev = mark - 1;
    return t.sentence[prev] === t.sentence[k] && t.kind[prev] === TokKind.Word;
  }

  /** direct: the content is one quote; mixed: it holds quoted and unquoted words; indirect: no quote marks. */
  private typeOf(start: number, end: number): DraftType {
    let quoted = false;
    // Regions are sorted and disjoint: start from the first one that may end after `start`.
    let lo = 0;
    let hi = this.regions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.regions[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.regions.length && this.regions[k].start < end; k++) {
      const r = this.regions[k];
      if (r.end <= start) continue;
      if (r.start <= start + 1 && r.end >= end - 1) return 'direct';
      quoted = true;
    }
    return quoted ? 'mixed' : 'indirect';
  }
}

/** "PLACE, Month Day (AGENCY)" or "PLACE (AGENCY) -" at the start of the first paragraph. */
function datelineEnd(w: Words, doc: Doc): number {
  const n = Math.min(doc.tokens.count, 14);
  for (let k = 2; k < n; k++) {
    if (
      !w.isPunct(k, ')') ||
      !w.isPunct(k - 2, '(') ||
      !(doc.tokens.flags[k - 1] & TokFlag.AllCaps || w.nameLike(k - 1))
    )
      continue;
    let e = k + 1;
    while (
      e < doc.tokens.count &&
      (w.isPunct(e, '-') || w.isPunct(e, '—') || w.isPunct(e, '–') || w.isPunct(e, '--') || w.isPunct(e, ':'))
    )
      e++;
    return e;
  }
  return 0;
}
