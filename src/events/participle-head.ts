/**
 * Rule `subject:participle-head`: a present participle right after a noun is a reduced clause on that noun ("the
 * Ruritanian forces fighting the rebels", "with Moscow denying the claims"): its subject is the noun it follows,
 * the actor there (or coordinated with it: "the fighters and their families surrendering"); an actor earlier in the
 * sentence does not act. A plural noun there that is no actor ("the militias fighting ...") leaves the act without a
 * source; a singular one ("a statement vowing ...") is the work of the clause's subject, found as before.
 */ import type { Doc } from '../model/doc.js';
import type { ActorSpan } from './actors.js';
import { groupFrom } from './coder-types.js';
import { tagOf } from './token-words.js';

const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const PLURAL_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNPS']);
/** Words of a noun phrase coordinated after an actor: "and their families", "and the other militias". */
const NP_WORDS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'his', 'her', 'other', 'some', 'many']);

/**
 * The subject of a participle trigger at sentence word `v` that heads a reduced clause on the noun before it: the
 * actors ending there or before "and" and that noun's phrase (with those coordinated before), or [] when a plural
 * noun that is no actor stands there; null when the rule does not apply (no participle, no noun right before it, or
 * a singular noun that is no actor).
 */
export function participleHead(
  doc: Doc,
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
): ActorSpan[] | null {
  if (v === 0 || !words[v].endsWith('ing') || tagOf(doc, first + v) !== 'VBG') return null;
  const nounTag = tagOf(doc, first + v - 1);
  if (!NOUN_TAGS.has(nounTag)) return null;
  let k = acts.findIndex((a) => a.tokEnd === first + v);
  if (k < 0) {
    // "Isis fighters and their families surrendering": the actor before "and" and the noun's phrase.
    let p = v - 2;
    while (p >= 0 && v - p <= 4 && (NP_WORDS.has(words[p]) || tagOf(doc, first + p) === 'JJ')) p--;
    if (p > 0 && words[p] === 'and') k = acts.findIndex((a) => a.tokEnd === first + p);
  }
  if (k >= 0) return groupFrom(forms, acts, k, words, first, false);
  // A verb form the tagger read as a plural noun ("keeps shelling") heads no reduced clause.
  return PLURAL_TAGS.has(nounTag) && !forms.has(words[v - 1]) ? [] : null;
}
