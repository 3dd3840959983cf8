/**
 * CoNLL (Penn Treebank) splits contractions ("did n't", "we 'll"), Parley's tokenizer keeps them whole ("didn't",
 * "we'll") and splits only the possessive/verb "'s". Training and evaluation join the gold tokens the same way, the
 * joined word taking its head's tag ("didn't" VBD, "we'll" PRP), so the tagger learns the words it will meet.
 */

/** Clitics the tokenizer leaves attached to the word before them (lower case). */
const ATTACHED_CLITICS = new Set(["n't", "'ll", "'re", "'m", "'ve", "'d"]);

export function joinContractions(
  words: readonly string[],
  tags: readonly string[],
): { words: string[]; tags: string[] } {
  const w: string[] = [];
  const t: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (w.length > 0 && ATTACHED_CLITICS.has(words[i].toLowerCase())) {
      w[w.length - 1] += words[i];
      continue;
    }
    w.push(words[i]);
    t.push(tags[i]);
  }
  return { words: w, tags: t };
}
