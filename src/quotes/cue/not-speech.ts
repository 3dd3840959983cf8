/**
 * Uses of a cue word that report nothing: a name part ("United States"), a noun ("his remarks", "the campaign
 * said"), a passive without a clause ("have been pushed by"), "adding to", a base form after a singular name.
 */
import { TokFlag, TokKind } from '../../model/doc.js';
import { skipAdverbials } from '../adverbials.js';
import type { Attribution } from '../context.js';
import type { CueEntry } from '../lexicon.js';
import { npLeft } from '../phrases.js';
import { ARTICLES } from '../../lang/en/index.js';
import { FUNCTION_WORDS, NOUN_DETERMINERS, PASSIVE_AUX, PRONOUNS, VERB_GROUP_FILLERS } from '../words.js';

/** Verbs a headline puts capitalized after a name ("Trump Says ..."). */
const HEADLINE_CUES = new Set([
  'say',
  'tell',
  'call',
  'warn',
  'urge',
  'claim',
  'vow',
  'insist',
  'admit',
  'deny',
  'predict',
  'promise',
  'pledge',
  'slam',
  'blast',
  'accuse',
]);

/** Nouns without a plural -s that take a plural verb: "Police say ..."
 * (capitalized at the start, they look like names). */
const COLLECTIVE_PLURALS = new Set(['police', 'people', 'personnel', 'men', 'women', 'children']);

/** Is cue token i (verb group from vg, sentence [a, b)) no speech verb here? */
export function notSpeech(x: Attribution, i: number, vg: number, a: number, b: number, entry: CueEntry): boolean {
  const w = x.w;
  // A capitalized cue is a name part ("United States") unless it is a headline verb after a name ("Trump Says").
  // ("Conference Calls were ...": a verb after it makes the capitalized word a noun.)
  if (
    x.doc.tokens.flags[i] & TokFlag.Capitalized &&
    i > a &&
    !(
      HEADLINE_CUES.has(entry.lemma) &&
      (w.nameLike(i - 1) || w.isPossessive(i - 1)) &&
      !PASSIVE_AUX.has(w.lower(i + 1)) &&
      !VERB_GROUP_FILLERS.has(w.lower(i + 1))
    )
  )
    return true;
  // "a leading advocate for", "his remarks": a determiner before a base/present cue makes it a noun.
  if (
    (entry.form === 'base' || entry.form === 'present') &&
    (NOUN_DETERMINERS.has(vg - 1 >= a ? w.lower(vg - 1) : '') ||
      (entry.form === 'base' && vg - 2 >= a && (w.lower(vg - 2) === 'a' || w.lower(vg - 2) === 'an')))
  )
    return true;
  return notSpeechUse(x, i, vg, a, b, entry);
}

function notSpeechUse(x: Attribution, i: number, vg: number, a: number, b: number, entry: CueEntry): boolean {
  const w = x.w;
  const next = i + 1 < b ? w.lower(i + 1) : '';
  if (entry.form === 'past' || entry.form === 'participle') {
    // A passive reports something only with a clause after it ("was told that ...", "is expected to ...").
    let passive = vg - 1 >= a && PASSIVE_AUX.has(w.lower(vg - 1));
    for (let k = vg; k < i; k++) if (PASSIVE_AUX.has(w.lower(k))) passive = true;
    if (passive) {
      const p = skipAdverbials(x, i + 1, b);
      if (
        p >= b ||
        !(w.lower(p) === 'that' || w.lower(p) === 'to' || w.lower(p) === ':' || w.kind(p) === TokKind.Quote)
      )
        return true;
    }
    if (next === 'to' && i + 2 < b && (w.lower(i + 2) === 'be' || w.lower(i + 2) === 'have')) return true;
  }
  if (entry.lemma === 'add' && next === 'to') return true;
  if (pluralNoun(x, i, b, entry) || compoundNoun(x, i, vg, a, entry)) return true;
  // "US" is no plural.
  const plural = (k: number) => w.lower(k).endsWith('s') && !(x.doc.tokens.flags[k] & TokFlag.AllCaps);
  if (
    entry.form === 'base' &&
    vg === i &&
    i - 1 >= a &&
    w.nameLike(i - 1) &&
    !plural(i - 1) &&
    !COLLECTIVE_PLURALS.has(w.lower(i - 1))
  ) {
    // "Mr. Grassley and Mr. Leahy say": two names joined by "and" take the plural verb.
    const np = npLeft(w, i - 1, a);
    const and = np ? np.start - 1 : -1;
    if (and - 1 >= a && w.lower(and) === 'and' && (w.nameLike(and - 1) || PRONOUNS.has(w.lower(and - 1)))) return false;
    // "Aides to Clinton say", "Friends of Mr. Obama say": the phrase's head, before the preposition, is plural.
    if (np)
      for (let k = np.start + 1; k < i - 1; k++)
        if ((w.lower(k) === 'to' || w.lower(k) === 'of' || w.lower(k) === 'for') && plural(k - 1)) return false;
    return true;
  }
  return false;
}

/** "the campaign said", "a new report says": a base/present cue word right before a finite cue is a noun. */
export function nounBeforeCue(x: Attribution, i: number, b: number): boolean {
  const e = x.w.cue(i);
  if (!e || e.form === 'past' || e.form === 'participle' || e.form === 'gerund' || i + 1 >= b) return false;
  const n = x.w.cue(i + 1);
  return (
    n !== undefined && (n.form === 'past' || n.form === 'present') && !(x.doc.tokens.flags[i + 1] & TokFlag.Capitalized)
  );
}

const FINITE_AFTER_NOUN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** "Initial reports suggest", "the talks are due", "the talks received a boost": a cue in -s with a finite verb
 * after it is a plural noun, the subject of that verb. */
function pluralNoun(x: Attribution, i: number, b: number, entry: CueEntry): boolean {
  const w = x.w;
  if (entry.form !== 'present' || i + 1 >= b || x.doc.tokens.flags[i + 1] & TokFlag.Capitalized) return false;
  const next = w.lower(i + 1);
  if (FINITE_AFTER_NOUN.has(next)) return true;
  // "reports suggest that", "polls show a": the base verb's clause or object follows ("says praise from" is no noun).
  const after = w.lower(i + 2);
  if (w.cue(i + 1)?.form === 'base' && (after === 'that' || NOUN_DETERMINERS.has(after))) return true;
  // A past verb with its object's article after it ("received a further boost").
  const art = w.lower(i + 2);
  return next.length > 4 && next.endsWith('ed') && (art === 'a' || art === 'an' || art === 'the');
}

/** "the ground campaign to drive ...": a base-form cue right after an article and a singular common noun is the
 * compound's head noun (a finite verb would agree with the singular subject). */
function compoundNoun(x: Attribution, i: number, vg: number, a: number, entry: CueEntry): boolean {
  const w = x.w;
  if (entry.form !== 'base' || vg !== i || i - 2 < a) return false;
  const m = w.lower(i - 1);
  return (
    w.isWord(i - 1) &&
    !w.nameLike(i - 1) &&
    !m.endsWith('s') &&
    !COLLECTIVE_PLURALS.has(m) &&
    !PRONOUNS.has(m) &&
    !VERB_GROUP_FILLERS.has(m) &&
    !w.cue(i - 1) &&
    ARTICLES.has(w.lower(i - 2)) &&
    // "officials on the island believe": a phrase after a preposition is not the verb's subject.
    !FUNCTION_WORDS.has(w.lower(i - 3))
  );
}
