/**
 * Training examples for the events classifier from the PETRARCH CAMEO 2.0 verb dictionary (data/verbs-cameo.json,
 * compiled from ../shared/gazetteers/petrarch2-dictionaries/CAMEO.2.0.txt): each verb pattern gives the words of
 * its verb (past tense) and of the pattern ("sped" "aid"), labelled with the ConfliBERT class of its code, and each
 * verb's default code the verb alone. They teach the model verbs that ConfliBERT's 1,349 sentences never use.
 */
import { readDataJson } from '../data-path.js';
import { regularForms } from '../lang/en/index.js';
import { bagFeatures } from './features.js';
import { confliClass } from './classifier.js';
import type { Example } from './perceptron.js';

/** A verb: lemma, its default code (null: none), irregular forms. */
type VerbEntry = [string, string | null, ...string[]];
/** A pattern: code ("042:043" reciprocal), words, dictionary line, the block's verbs it is limited to. */
type PatternEntry = [string, string, number, string?];

interface VerbTableJson {
  synsets: Record<string, string[]>;
  blocks: { v: VerbEntry[]; p: PatternEntry[] }[];
}

/** The past tense of a verb entry: its first irregular form, else the regular one. */
function past(v: VerbEntry): string {
  if (v.length > 2 && v[2]) return v[2];
  const forms = regularForms(v[0]);
  return forms[2] ?? v[0];
}

/** The words of pattern `pattern` with verb form `verb`: synsets by their first member, argument marks dropped. */
function patternWords(pattern: string, verb: string, synsets: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const w of pattern.toLowerCase().split(/\s+/)) {
    if (w === '*') out.push(...verb.split(' '));
    else if (w.startsWith('&')) out.push(...(synsets[w.toUpperCase()]?.[0] ?? '').split(' ').filter(Boolean));
    else if (/^[a-z][a-z'-]*$/.test(w)) out.push(w);
  }
  return out;
}

/** One example per pattern (verbs of a block taken in turn) and per verb with a default code. */
export function verbExamples(table: VerbTableJson = readDataJson<VerbTableJson>('verbs-cameo.json')): Example[] {
  const out: Example[] = [];
  for (const b of table.blocks) {
    for (const v of b.v) {
      if (v[1]) out.push({ features: bagFeatures([past(v)]), label: confliClass(v[1].slice(0, 2)) });
    }
    b.p.forEach(([code, pattern, , only], i) => {
      const allowed = only ? new Set(only.toLowerCase().split(/[\s,]+/)) : null;
      const verbs = allowed ? b.v.filter((v) => allowed.has(v[0])) : b.v;
      if (verbs.length === 0) return;
      const words = patternWords(pattern, past(verbs[i % verbs.length]), table.synsets);
      out.push({ features: bagFeatures(words), label: confliClass(code.slice(0, 2)) });
    });
  }
  return out;
}
