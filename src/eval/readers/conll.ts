/**
 * CoNLL-2003 column files (word POS chunk NER, blank line between sentences, -DOCSTART- between documents).
 * The first (word), second (part of speech, when there are 4 columns) and last (NER tag) columns are kept; IOB1 tags
 * are converted to IOB2 (BIO).
 */
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  words: string[];
  /** BIO (IOB2) tags: O, B-PER, I-PER, ... */
  tags: string[];
  /** Penn Treebank part-of-speech tags (the second column), or empty when the file has no such column. */
  pos: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export function readConllFile(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  let pos: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push({ words, tags: toBio(tags), pos: pos.length === words.length ? pos : [] });
    words = [];
    tags = [];
    pos = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    words.push(cols[0]);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    if (cols.length >= 4) pos.push(cols[1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** IOB1 -> IOB2: an I- tag that does not continue an entity of the same type starts one. */
export function toBio(tags: string[]): string[] {
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t.startsWith('I-')) {
      const type = t.slice(2);
      const prev = i > 0 ? out[i - 1] : 'O';
      out[i] = prev !== 'O' && prev.slice(2) === type ? t : `B-${type}`;
    } else out[i] = t;
  }
  return out;
}

export interface LabeledSpan {
  start: number;
  end: number;
  type: string;
}

/** Entity chunks of a BIO sequence, conlleval-style (a stray I- starts a chunk). */
export function bioSpans(tags: string[]): LabeledSpan[] {
  const spans: LabeledSpan[] = [];
  let cur: LabeledSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const prefix = t[0];
    const type = t.length > 2 ? t.slice(2) : '';
    const continues = cur !== null && prefix === 'I' && cur.type === type;
    if (!continues && cur) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (prefix === 'B' || (prefix === 'I' && !continues)) cur = { start: i, end: i + 1, type };
  }
  if (cur) {
    cur.end = tags.length;
    spans.push(cur);
  }
  return spans;
}
