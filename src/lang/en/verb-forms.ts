/** Inflections of English verbs. */

/** Regular English inflections of a verb lemma (lower case). */
export function regularForms(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1];
  const prev = lemma[lemma.length - 2] ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) out.push(lemma + 'es');
  else if (last === 'y' && !vowel(prev)) out.push(lemma.slice(0, -1) + 'ies');
  else out.push(lemma + 's');
  if (last === 'e') {
    out.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  } else if (last === 'y' && !vowel(prev)) {
    out.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  } else {
    out.push(lemma + 'ed', lemma + 'ing');
    // Doubling for short CVC verbs: stop -> stopped; both spellings kept (cheap, harmless).
    if (lemma.length <= 5 && /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma))
      out.push(lemma + last + 'ed', lemma + last + 'ing');
  }
  return out;
}
