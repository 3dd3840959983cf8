/** The verb group of a cue: the auxiliaries, adverbs and time phrases between its subject and the verb. */
import { TokFlag } from '../model/doc.js';
import type { CueEntry } from './lexicon.js';
import type { Words } from './phrases.js';
import {
  BE_FORMS,
  DAY_PARTS,
  PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  TIME_WORDS,
  VERB_GROUP_FILLERS,
  WEEKDAYS,
} from './words.js';

/** An auxiliary or adverb of a verb group at token k.
 * A capitalized "-ly" word inside a sentence is a name ("Kelly said"). */
export function fillerAt(w: Words, k: number): boolean {
  const lw = w.lower(k);
  // "Theresa May spoke": a capitalized auxiliary inside a sentence right after a name is the name's last part.
  if (VERB_GROUP_FILLERS.has(lw)) return !(capitalizedInside(w, k) && k > 0 && w.nameLike(k - 1));
  if (!(lw.length > 4 && lw.endsWith('ly') && lw !== 'only' && lw !== 'family' && lw !== 'rally')) return false;
  return !capitalizedInside(w, k);
}

function capitalizedInside(w: Words, k: number): boolean {
  const t = w.doc.tokens;
  return (t.flags[k] & TokFlag.Capitalized) !== 0 && w.doc.sentences[t.sentence[k]].tokStart !== k;
}

/** Units of a span that "later"/"earlier" measure ("hours later", "two days earlier"). */
const SPAN_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moments']);
const SPAN_COUNTS = new Set(['two', 'three', 'several', 'some', 'many']);

/**
 * verb-group-span-later: "The UN hours later said": a span with "later"/"earlier" before the verb belongs to the
 * verb group, not to the subject's name. `vg` is the group's first token so far.
 */
function spanLater(w: Words, vg: number, a: number): number {
  // "later" is a filler already in the group; "earlier" is not.
  const at = w.lower(vg) === 'later' ? vg : w.lower(vg - 1) === 'earlier' ? vg - 1 : -1;
  if (at < 0 || at - 2 < a || !SPAN_UNITS.has(w.lower(at - 1))) return vg;
  let s = at - 1;
  if (s - 2 >= a && (SPAN_COUNTS.has(w.lower(s - 1)) || /^\d+$/.test(w.lower(s - 1)))) s--;
  while (s - 1 >= a && fillerAt(w, s - 1)) s--;
  return s;
}

export interface VerbGroup {
  /** First token of the group (the cue itself when nothing precedes it). */
  start: number;
  /** The cue's entry; a gerund after a form of "be" is a progressive, a finite present ("is saying"). */
  entry: CueEntry;
}

/** The verb group ending at cue token i, not before the sentence start a. */
export function verbGroup(w: Words, i: number, a: number, entry: CueEntry): VerbGroup {
  // Auxiliaries and adverbs to the left ("has also said").
  let vg = i;
  while (vg - 1 >= a && fillerAt(w, vg - 1)) vg--;
  vg = spanLater(w, vg, a);
  // "Two committees on Monday asked ...", "Trump last week said ...": a time phrase between subject and verb.
  const tw = vg - 1 >= a ? w.lower(vg - 1) : '';
  if (vg - 2 > a && (TIME_WORDS.has(tw) || TIME_NOUNS.has(tw))) {
    let s = vg - 1;
    if (DAY_PARTS.has(tw) && TIME_WORDS.has(w.lower(s - 1))) s--;
    if ((TIME_MODIFIERS.has(w.lower(s - 1)) || w.lower(s - 1) === 'on') && s - 1 > a) s--;
    if (s < vg - 1 || WEEKDAYS.has(tw) || tw === 'yesterday' || tw === 'today') {
      while (vg > s) vg--;
      while (vg - 1 >= a && fillerAt(w, vg - 1)) vg--;
    }
  }
  // "is saying that", "was telling reporters": a progressive is a finite verb, not the noun "saying".
  if (entry.form === 'gerund') {
    // "He’s claiming": the clitic after a pronoun is "is" here.
    if (vg - 2 >= a && w.isPossessive(vg - 1) && PRONOUNS.has(w.lower(vg - 2))) vg--;
    for (let k = vg; k < i; k++)
      if (BE_FORMS.has(w.lower(k)) || w.isPossessive(k)) {
        entry = { ...entry, form: 'present' };
        break;
      }
  }
  return { start: vg, entry };
}
