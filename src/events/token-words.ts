/** Token lookups the event rules share: a token's part-of-speech label and its lower-case word, '' outside the text. */
import type { Doc } from '../model/doc.js';
import { posTagAt, posTagger } from '../pos/tagger.js';

export function tagOf(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokens.count ? posTagger().labels[posTagAt(doc, i)] : '';
}

export function wordOf(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokens.count ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase() : '';
}
