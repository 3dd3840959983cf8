/**
 * `parley eval pos --gold <conll file>`: the part-of-speech tagger against the POS column of a CoNLL-2003 file.
 * The gold words are tagged as the tokenizer would give them: contractions joined ("did n't" -> "didn't", the tag of
 * its head; see pos/contractions.ts). Reports token accuracy, and precision/recall of the tag classes the events
 * stage reads: verb (VB*) and noun (NN*).
 */
import { readConllFile } from './readers/conll.js';
import { joinContractions } from '../pos/contractions.js';
import { posTagger } from '../pos/tagger.js';
import { PrfCounter } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';

const isVerb = (tag: string): boolean => tag.startsWith('VB');
const isNoun = (tag: string): boolean => tag.startsWith('NN');

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let docs = readConllFile(goldPath);
  if (options.limit) docs = docs.slice(0, options.limit);
  const tagger = posTagger();
  const verb = new PrfCounter();
  const noun = new PrfCounter();
  let right = 0;
  let n = 0;
  for (const doc of docs) {
    for (const s of doc.sentences) {
      if (s.pos.length === 0)
        throw new Error(`${goldPath}: no part-of-speech column (sentence "${s.words.slice(0, 8).join(' ')}")`);
      const gold = joinContractions(s.words, s.pos);
      const pred = tagger.tagWords(gold.words);
      for (let i = 0; i < pred.length; i++) {
        if (pred[i] === gold.tags[i]) right++;
        n++;
        countClass(verb, isVerb(gold.tags[i]), isVerb(pred[i]));
        countClass(noun, isNoun(gold.tags[i]), isNoun(pred[i]));
      }
    }
  }
  return {
    task: 'pos',
    gold: goldPath,
    docs: docs.length,
    metrics: {
      token: { accuracy: n === 0 ? 0 : Math.round((right / n) * 10000) / 10000, n },
      verb: verb.result(),
      noun: noun.result(),
    },
  };
}

function countClass(c: PrfCounter, gold: boolean, pred: boolean): void {
  if (gold && pred) c.add(1, 0, 0);
  else if (pred) c.add(0, 1, 0);
  else if (gold) c.add(0, 0, 1);
}
