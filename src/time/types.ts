/** The shapes the time parsers, modifiers and refiners exchange. */
import type { Timex, TimexType } from '../model/schema.js';

/** One recognized expression: token extent [s, e), optional char extent inside the tokens. */
export interface TimeMatch {
  s: number;
  e: number;
  cs?: number;
  ce?: number;
  type: TimexType;
  value: string;
  anchor?: string;
  mod?: string;
  rule: string;
}

/** What a parser reads from its first token on: the end token and the TimeML components. */
export interface Core {
  e: number;
  type: TimexType;
  value: string;
  anchor?: string;
  mod?: string;
  rule: string;
  /** Char end override when the expression ends inside a token ("May 7" of "May 7-9"). */
  ce?: number;
  /** Further expressions found inside the same tokens (the "9" of "May 7-9"). */
  extra?: TimeMatch[];
  /** The core began with a count ("two weeks"): quantity modifiers may attach. */
  counted?: boolean;
}

export type Rel = 'last' | 'next' | 'this' | null;

/**
 * A parser's answer when its opening words are there but they make no time expression ("may" the verb): the
 * token is settled and no later parser is tried on it.
 */
export const SETTLED = Symbol('settled');

export interface Parser<Context> {
  /** The family of rule ids it writes (`time.month` writes time.month, time.month-day, ...). */
  readonly id: string;
  /** The pattern's first word: whether the parser may open on a token spelled so (tested once per word type). */
  opens(w: string): boolean;
  /**
   * The expression opening at token i (w is its lower-cased word): a Core, SETTLED, or null when its pattern
   * does not open here (the next parser is tried).
   */
  parse(c: Context, i: number, w: string): Core | typeof SETTLED | null;
}

/** A step over all expressions of a document once the parsers are done: a filter or a merge. */
export interface Refiner {
  readonly id: string;
  refine(times: Timex[]): Timex[];
}
