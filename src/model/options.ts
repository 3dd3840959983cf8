/** Options of `analyze()` and the user dictionaries a team can load (PETRARCH/Phoenix or Parley JSON). */

export const STAGES = ['text', 'time', 'entities', 'quotes', 'events'] as const;
export type StageName = (typeof STAGES)[number];

/** One actor from a user dictionary: surface names map to a CAMEO-style code. */
export interface UserActorEntry {
  /** Surface forms as written in text, e.g. ["Shehbaz Sharif", "Shahbaz Sharif"]. */
  names: string[];
  /** Full CAMEO-style code, e.g. "PAKGOV". */
  code: string;
  country: string | null;
  sector: string | null;
  type: 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';
  /** Where it came from, "file:line", for provenance in rules. */
  origin: string;
  /**
   * Dated codes (PETRARCH "[HOBGOV 950601-990815]"), when the entry has any: the one whose range holds the
   * article's date wins (from/to: inclusive YYYY-MM-DD, absent = open); an undated one is the default. `code` stays
   * the current code.
   */
  codes?: { code: string; from?: string; to?: string }[];
}

/** One agent (sector noun) from a user dictionary: "police" -> COP. */
export interface UserAgentEntry {
  terms: string[];
  sector: string;
  origin: string;
}

/** One verb pattern from a user dictionary (PETRARCH CAMEO verbs file or Parley JSON). */
export interface UserVerbPattern {
  /** CAMEO code, e.g. "0256". */
  cameo: string;
  /** Code of the reciprocal event (target -> source), from PETRARCH's "[042:043]"; absent when none. */
  reciprocal?: string;
  /** Verb lemma or phrase head, e.g. "urge". */
  verb: string;
  /** The pattern words after the verb, lower-cased; '+' (target) and '$' (source) markers kept as in PETRARCH. */
  pattern: string[];
  origin: string;
}

/** A PETRARCH discard phrase: a sentence (or, with `story`, the whole article) that contains it codes no events. */
export interface UserDiscard {
  phrase: string;
  story: boolean;
  origin: string;
}

export interface Dictionaries {
  actors: UserActorEntry[];
  agents: UserAgentEntry[];
  verbs: UserVerbPattern[];
  /** Discard phrases ("+TYPHOON" story level, "BASEBALL" sentence level); optional. */
  discards?: UserDiscard[];
}

export interface AnalyzeOptions {
  /** Run the pipeline only up to and including this stage (benchmarks, tests). Default: all. */
  until?: StageName;
  /** User dictionaries merged over the built-in tables. */
  dictionaries?: Partial<Dictionaries>;
}
