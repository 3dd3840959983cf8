/**
 * The modality of a trigger from the few words before it in its clause: negated ("not", "n't"), desired
 * ("wants to"), future ("will", "plans to") or hypothetical ("could"); asserted otherwise.
 */
import type { Modality } from '../model/schema.js';

export const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'cannot',
  'refused',
  'refuses',
  'declined',
  'failed',
]);
export const DESIRE = new Set([
  'want',
  'wants',
  'wanted',
  'wanting',
  'hope',
  'hopes',
  'hoped',
  'wish',
  'wishes',
  'seek',
  'seeks',
  'sought',
  'desire',
  'desires',
  'aim',
  'aims',
  'need',
  'needs',
  'should',
  'must',
  'urged',
  'urge',
  'urges',
  'encouraged',
  'asked',
  'called',
  // `modality:recommended`: advice is an act wanted, not one done ("recommended that X expel", "ought to").
  'ought',
  'recommend',
  'recommends',
  'recommended',
  'advise',
  'advises',
  'advised',
]);
export const FUTURE = new Set([
  'willing',
  'ready',
  'prepared',
  'offered',
  'offers',
  'promised',
  'pledged',
  'vowed',
  'will',
  "'ll",
  'shall',
  'plans',
  'plan',
  'planned',
  'planning',
  'intends',
  'intend',
  'going',
  'set',
  'expected',
  'scheduled',
  'due',
  'about',
  'would',
  // `modality:predicted`: a forecast is an act to come ("is predicted to", "analysts expect X to").
  'poised',
  'expect',
  'expects',
  'predict',
  'predicts',
  'predicted',
  'forecast',
  'forecasts',
  'projected',
]);
export const HYPOTHETICAL = new Set([
  'if',
  'could',
  'may',
  'might',
  'unless',
  'whether',
  'possible',
  'possibly',
  'likely',
  'threatened',
  'threatens',
  'threaten',
]);

/**
 * `modality:possible-readiness`: a readiness or plan that only may be ("may be ready to accept", "could be set to
 * sign") is a possibility, not an act to come.
 */
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);

export function modalityBefore(words: readonly string[], v: number, lo: number): Modality {
  const from = Math.max(lo, v - 4);
  let mod: Modality = 'asserted';
  for (let k = v - 1; k >= from; k--) {
    const w = words[k];
    if (NEGATORS.has(w) || w.endsWith("n't")) return 'negated';
    if (mod === 'asserted') {
      if (DESIRE.has(w)) mod = 'desired';
      else if (FUTURE.has(w)) mod = 'future';
      else if (HYPOTHETICAL.has(w)) mod = 'hypothetical';
    } else if (mod === 'future' && POSSIBILITY_MODALS.has(w)) mod = 'hypothetical';
  }
  return mod;
}

/** Words that open a clause of time: its present tense stands for the future when the main clause is future. */
const TIME_CLAUSE_OPENERS = new Set(['when', 'once', 'after', 'before', 'until', 'whenever']);
const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall']);
/** Past tags: a clause of time in the past ("when Iran hosted") reports what happened. */
const PAST_TAGS = new Set(['VBD', 'VBN']);

/**
 * `modality:future-time-clause`: "X will be on the agenda on Monday when Chile hosts a summit": an act in a clause of
 * time opened after a future main clause's "will" is an act to come, though told in the present tense. `tagAt`
 * gives the part-of-speech tag of a sentence word; a past tense between the opener and the trigger, or between
 * the "will" and the opener ("will sign, a senator told CNN after meeting ..."), ends the rule.
 */
export function futureTimeClause(words: readonly string[], v: number, tagAt: (k: number) => string): boolean {
  for (let k = v; k >= 0; k--) {
    const w = words[k];
    if (w === ';' || w === ':') return false;
    if (PAST_TAGS.has(tagAt(k))) return false;
    if (TIME_CLAUSE_OPENERS.has(w)) {
      // The clause hangs on the nearest verb before it: "said after meeting" is past even after a "will".
      for (let j = k - 1; j >= 0 && words[j] !== ';'; j--) {
        if (FUTURE_AUXILIARIES.has(words[j])) return true;
        if (tagAt(j) === 'VBD') return false;
      }
      return false;
    }
  }
  return false;
}
