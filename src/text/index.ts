/** The text stage: tokens, sentences and paragraphs. */
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';

export { tokenize } from './tokenize.js';
export { splitSentences } from './sentences.js';

export function runText(doc: Doc, options: AnalyzeOptions): void {
  void options;
  doc.tokens = tokenize(doc.text);
  const { sentences, paragraphs } = splitSentences(doc.text, doc.tokens);
  doc.sentences = sentences;
  doc.paragraphs = paragraphs;
}
