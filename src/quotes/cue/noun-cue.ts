/**
 * noun-cue: "Jones's assertion that the war was over", "his claim that the vote was rigged": a noun of saying with
 * its possessor and a "that" clause is an attribution; the possessor speaks, the clause is the content.
 */
import { POSSESSIVE_DETERMINERS } from '../../lang/en/index.js';
import { posTagTextAt } from '../../pos/tagger.js';
import { clauseContent } from '../content.js';
import type { Attribution, Draft } from '../context.js';
import { npLeft, type TokRange } from '../phrases.js';

/** Nouns of saying that take a "that" clause. */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'assertion',
  'claim',
  'argument',
  'insistence',
  'contention',
  'allegation',
  'warning',
  'suggestion',
  'statement',
  'admission',
  'denial',
  'announcement',
  'promise',
  'pledge',
  'prediction',
  'accusation',
]);

/** Possessors that do not speak here: the reader's and the writer's ("my claim that" is an op-ed's own voice). */
const NOT_SPEAKING = new Set(['my', 'our', 'your']);

/** The possessor of the noun at token i: "Jones 's" / "Jones’" (a name or noun phrase) or "his". */
function possessor(x: Attribution, i: number, a: number): TokRange | null {
  const w = x.w;
  const prev = w.lower(i - 1);
  if (i - 1 >= a && POSSESSIVE_DETERMINERS.has(prev) && !NOT_SPEAKING.has(prev)) return { start: i - 1, end: i };
  if (i - 2 >= a && (prev === "'s" || prev === '’s' || prev === "'" || prev === '’')) return npLeft(w, i - 2, a);
  return null;
}

/** The draft of a noun cue at token i of sentence si ([a, b)), or null when it is none. */
export function nounCue(x: Attribution, si: number, i: number, a: number, b: number): Draft | null {
  const w = x.w;
  const noun = w.lower(i);
  if (!NOUN_CUES.has(noun) || i + 2 >= b || w.lower(i + 1) !== 'that') return null;
  const speaker = possessor(x, i, a);
  if (!speaker) return null;
  // As the subject ("Jones's assertion that the war was over was wrong") the clause ends before the main verb.
  const subject = speaker.start === a || w.isPunct(speaker.start - 1, ',');
  const c = clauseContent(x, i + 2, subject ? mainVerbAfter(x, i + 2, b) : b);
  if (!c) return null;
  return x.draft(c.start, c.end, { start: i, end: i + 1 }, noun, speaker, null, si, 'noun-cue');
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/** The second finite verb from token p (the first is the "that" clause's own), else b. */
function mainVerbAfter(x: Attribution, p: number, b: number): number {
  let seen = 0;
  for (let k = p; k < b; k++) {
    if (x.regionOf[k] >= 0 || !x.w.isWord(k)) continue;
    if (FINITE.has(posTagTextAt(x.doc, k)) && ++seen === 2) return k;
  }
  return b;
}
