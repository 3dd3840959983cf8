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
const TIME_CLAUSE_OPENERS = new Set(['when', 'once', 'after', 'before', 'until', 'whenever', 'as']);
/** `modality:forecast-clause`: a main clause that may or will happen makes its clause of time's act one to come. */
const FUTURE_AUXILIARIES = new Set(['will', "'ll", 'shall', 'may', 'might', 'could', 'would']);
/** Words after an "as" that opens no clause of time: "as well as", "as a result", "as part of", "as long as". */
const NOT_CLAUSE_AS_NEXT = new Set(['well', 'result', 'part', 'though', 'if', 'many', 'much', 'long', 'soon', 'far']);
/** Words before such an "as": "such as", "as ... as", "so as to". */
const NOT_CLAUSE_AS_PREV = new Set(['such', 'as', 'well', 'so', 'just']);
/** Past tags: a clause of time in the past ("when Iran hosted") reports what happened. */
const PAST_TAGS = new Set(['VBD', 'VBN']);

/**
 * `modality:future-time-clause`: "X will be on the agenda on Monday when Chile hosts a summit": an act in a clause of
 * time opened after a future main clause's "will" is an act to come, though told in the present tense; so is one
 * after a forecast's "may", "could" (`modality:forecast-clause`: "many may flee as the army storms the town"). `tagAt`
 * gives the part-of-speech tag of a sentence word; a past tense between the opener and the trigger, or between
 * the "will" and the opener ("will sign, a senator told CNN after meeting ..."), ends the rule.
 */
export function futureTimeClause(words: readonly string[], v: number, tagAt: (k: number) => string): boolean {
  for (let k = v; k >= 0; k--) {
    const w = words[k];
    if (w === ';' || w === ':') return false;
    if (PAST_TAGS.has(tagAt(k))) return false;
    if (TIME_CLAUSE_OPENERS.has(w)) {
      if (w === 'as' && (NOT_CLAUSE_AS_NEXT.has(words[k + 1] ?? '') || NOT_CLAUSE_AS_PREV.has(words[k - 1] ?? '')))
        return false;
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

/** `modality:consequence`: verbs whose object is a consequence ("lead to", "result in", "pave the way for"). */
const CONSEQUENCE_VERBS = new Set([
  'lead',
  'leads',
  'led',
  'leading',
  'result',
  'results',
  'resulted',
  'resulting',
  'pave',
  'paves',
  'paved',
  'paving',
]);
const CONSEQUENCE_PREPOSITIONS = new Set(['to', 'in', 'for']);
/** Tags of a finite verb: a clause of its own between the consequence and the trigger. */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * `modality:consequence`: "could lead to X reaching a deal", "may result in an attack on Y": an act named as the
 * consequence of another (a gerund, a noun or a bare verb) is as certain as the verb that names it. The sentence
 * index of that verb, or -1 where none is within reach (twelve words, no finite verb, ";" or ":" between).
 */
export function consequenceFrame(words: readonly string[], v: number, tagAt: (k: number) => string): number {
  // A finite trigger is a clause of its own ("will lead to talks, and X signed a deal").
  if (FINITE.has(tagAt(v))) return -1;
  for (let k = v - 1; k >= Math.max(1, v - 12); k--) {
    const w = words[k];
    if (w === ';' || w === ':' || FINITE.has(tagAt(k))) return -1;
    if (!CONSEQUENCE_PREPOSITIONS.has(w)) continue;
    // "pave the way for": the verb stands three words before the preposition.
    const j = words[k - 1] === 'way' && words[k - 2] === 'the' ? k - 3 : k - 1;
    if (j >= 0 && CONSEQUENCE_VERBS.has(words[j])) return j;
  }
  return -1;
}
