/** A quote region no cue has taken, as the region sieves see it, and the shape of a region sieve. */
import type { Sentence } from '../../model/doc.js';
import type { Attribution, Draft } from '../context.js';
import type { QuoteRegion } from '../marks.js';

export interface RegionCase {
  region: QuoteRegion;
  sentence: number;
  sent: Sentence;
  /** The token before the opening mark. */
  before: number;
  /** Tokens inside the marks. */
  words: number;
  /** The last draft before this region that has a speaker: the one a continuation inherits. */
  lastWithSpeaker: Draft | null;
}

export interface RegionSieve {
  readonly id: string;
  /** A draft this sieve makes becomes the speaker later quotes without a cue continue. */
  readonly leadsContinuations: boolean;
  /** True when the region is settled: a draft pushed, or deliberately none; false lets the next sieve try. */
  apply(x: Attribution, q: RegionCase): boolean;
}
