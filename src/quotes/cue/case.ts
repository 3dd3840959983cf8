/** One cue verb being attributed, as the cue sieves see it, and the shape of a sieve that picks its speaker. */
import type { Attribution, Draft } from '../context.js';
import type { CueEntry } from '../lexicon.js';
import type { TokRange } from '../phrases.js';

export interface CueCase {
  sentence: number;
  /** The cue token. */
  i: number;
  entry: CueEntry;
  lemma: string;
  /** Sentence token range [a, b). */
  a: number;
  b: number;
  /** First token of the verb group ("has also said"). */
  vg: number;
  /** The token before the verb group, and its lower-cased word ('' before the sentence). */
  left: number;
  leftWord: string;
  cue: TokRange;
  /** The token after the cue and its addressee ("told reporters"). */
  afterCue: number;
  /** Where the content may start: after the addressee and any adverbials ("said on Friday that"). */
  p: number;
  speaker: TokRange | null;
  addressee: TokRange | null;
  /** "who"/"which" standing for the speaker. */
  relative?: TokRange;
  rule: string;
  /** Speaker and addressee of the previous cue in the sentence ("..., adding", "and said"). */
  lastSpeaker: TokRange | null;
  lastAddressee: TokRange | null;
}

/**
 * A sieve that looks for the speaker of a cue. It answers false when the cue is not its case (the next sieve
 * tries), true when it has settled the speaker (the content is looked for next, no further speaker sieve runs), or
 * the cue's drafts (possibly none) when it has attributed the cue all by itself.
 */
export interface SpeakerSieve {
  readonly id: string;
  apply(x: Attribution, c: CueCase): Draft[] | boolean;
}

/** A sentence being scanned for cues: what earlier sieves over it have found. */
export interface SentenceScan {
  sentence: number;
  a: number;
  b: number;
  /** Speaker and addressee of the last cue attributed in the sentence. */
  lastSpeaker: TokRange | null;
  lastAddressee: TokRange | null;
  /** Tokens before this already belong to a content in this sentence. */
  coveredUntil: number;
}

/** A sieve over one sentence; it pushes its drafts and updates the scan. */
export interface SentenceSieve {
  readonly id: string;
  apply(x: Attribution, s: SentenceScan): void;
}
