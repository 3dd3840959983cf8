// The reference process for the CLI's whole-process cost: wink-nlp with its English lite model reads a JSONL file of
// articles and does tokens, sentences and its entities for each, as `parley analyze` reads the same file.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;
let tokens = 0;
let sentences = 0;
let entities = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line) continue;
  const doc = nlp.readDoc(JSON.parse(line).text);
  tokens += doc.tokens().out(its.value).length;
  sentences += doc.sentences().out().length;
  entities += doc.entities().out(its.detail).length;
}
process.stdout.write(JSON.stringify({ tokens, sentences, entities }) + '\n');
