/**
 * The in-memory document model every analyzer stage reads and extends (spaCy's `Doc`, in plain data).
 * Tokens live in typed arrays (no object per token); layers are plain arrays added by one stage each.
 * Only `toAnalysis()` (pipeline.ts) turns a Doc into the public JSON schema.
 */
import type { Discard, Entity, Event, Mention, Quote, Relevance, Timex } from './schema.js';
import type { ActorMatch } from './actors.js';

export interface Article {
  id: string;
  /** Document creation time: YYYY-MM-DD or an ISO timestamp. */
  date: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  meta: Record<string, string>;
}

/** Token kinds (values of `Tokens.kind`). */
export const TokKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** A quotation mark: “ ” " ‘ ’ ' « » used as a quote, not an apostrophe. */
  Quote: 4,
  Symbol: 5,
} as const;

/** Bit flags (values of `Tokens.flags`). */
export const TokFlag = {
  /** At least one whitespace character precedes the token. */
  SpaceBefore: 1,
  /** A line break precedes the token. */
  NewlineBefore: 2,
  /** A blank line (paragraph break) or the start of text precedes the token. */
  ParagraphStart: 4,
  /** First character is an uppercase letter. */
  Capitalized: 8,
  /** Two or more letters, all uppercase. */
  AllCaps: 16,
  /** The token ends with a period that belongs to it (abbreviation or initial: "U.S.", "S.", "Gen."). */
  Abbrev: 32,
} as const;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
}

export interface Sentence {
  start: number;
  end: number;
  /** First token index (inclusive) and last (exclusive). */
  tokStart: number;
  tokEnd: number;
  /** Paragraph index. */
  paragraph: number;
}

/** Entity-stage working data other stages may read (e.g. the raw tagger output). */
export interface NerSpan {
  tokStart: number;
  tokEnd: number;
  label: string;
  rule: string;
}

export interface Doc {
  article: Article;
  /** Same as article.text; kept here because every stage reads it. */
  text: string;
  /** Dateline (DCT) as YYYY-MM-DD. */
  dct: string;
  tokens: Tokens;
  sentences: Sentence[];
  paragraphs: { start: number; end: number }[];
  /**
   * The tagger's raw spans, read by the entities stage only: the CLI's stage split does not send them on to its
   * worker (work/split-stages.ts).
   */
  nerSpans: NerSpan[];
  /**
   * The actor lexicon's matches over the tokens (entities stage, with the run's dictionaries), which the events
   * stage reads again: kept on the Doc so that a stage run in another thread (the CLI's stage split) has them too.
   */
  actorMatches: ActorMatch[] | null;
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  times: Timex[];
  events: Event[];
  /** The events stage's article relevance and the events its gates discarded (events/gates.ts). */
  relevance: Relevance | null;
  discards: Discard[];
}

export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

export function tokenLower(doc: Doc, i: number): string {
  return tokenText(doc, i).toLowerCase();
}

export function makeSpan(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** Index of the first token whose end is after `pos` (binary search). */
export function tokenAtOrAfter(doc: Doc, pos: number): number {
  const end = doc.tokens.end;
  let lo = 0;
  let hi = doc.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
