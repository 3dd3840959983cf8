/**
 * Rule `object:noun-complement`: an infinitive after a noun of decision or intent that the trigger governs is that
 * decision's content, so the actor after it is the topic of the act, not its target ("welcomed the decision to
 * withdraw the Ruritanian troops": the troops are not welcomed). An appeal or invitation ("rejected a call to ...")
 * names its parties in its content and is not listed; nor is a demand or a threat (roots 10, 13), aimed at whom its
 * content names. clause-args.ts ends the object's reach there.
 */
/** Nouns of a decision or an intent, whose infinitive says what was decided or intended. */
const DECISION_NOUNS: ReadonlySet<string> = new Set([
  'decision',
  'decisions',
  'move',
  'moves',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'bid',
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'intention',
  'pledge',
  'promise',
  'commitment',
  'vow',
  'order',
  'orders',
  'choice',
  'determination',
  'readiness',
  'willingness',
]);

/** Roots whose content names whom the act is aimed at. */
const CONTENT_TARGET_ROOTS: ReadonlySet<string> = new Set(['10', '13']);

/**
 * Whether "to" at sentence word `k` opens the infinitive complement of a noun of decision between `from` (the first
 * word after the trigger and its pattern) and `k`; `tags` gives the part-of-speech tag of sentence word i.
 */
export function opensNounComplement(
  words: readonly string[],
  tags: (i: number) => string,
  from: number,
  k: number,
  cameo: string,
): boolean {
  if (words[k] !== 'to' || k + 1 >= words.length || tags(k + 1) !== 'VB') return false;
  if (CONTENT_TARGET_ROOTS.has(cameo.slice(0, 2))) return false;
  for (let j = from; j < k; j++) {
    if (DECISION_NOUNS.has(words[j].toLowerCase()) && tags(j).startsWith('NN')) return true;
  }
  return false;
}
