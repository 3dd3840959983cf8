/**
 * Features of the events classifier (classifier.ts): what the rules proposed (the CAMEO code, its root and quad
 * class, the trigger rule and the argument rules that fired), the trigger word and the words around it, the actors'
 * sectors and whether they are political, the modality, and the words of the sentence. A candidate is an event as
 * the coder emitted it, before the gates.
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import type { Event, EventActor } from '../model/schema.js';
import { isPoliticalActor } from './political.js';
import { tokenIds, vocab } from '../text/vocab.js';
import { readDataJson } from '../data-path.js';
import { builtinVerbTable } from './verb-table.js';

let blocks: Map<string, string> | null = null;

/** A verb lemma's block in the PETRARCH verb dictionary, named by the block's first verb (verbs of one sense). */
export function verbBlock(lemma: string): string | undefined {
  if (!blocks) {
    blocks = new Map();
    const file = readDataJson<{ blocks: { v: [string, ...unknown[]][] }[] }>('verbs-cameo.json');
    for (const b of file.blocks) for (const v of b.v) if (!blocks.has(v[0])) blocks.set(v[0], b.v[0][0]);
  }
  return blocks.get(lemma);
}

/** The lemma of a trigger: its verb table lemma for a verb form, else the lower-cased words. */
export function triggerLemma(trigger: string): string {
  const t = trigger.toLowerCase();
  return builtinVerbTable().forms.get(t) ?? t;
}

/** The lower-cased words of sentence `si` and the token index of each. */
export function sentenceWords(doc: Doc, si: number): { words: string[]; tokens: number[] } {
  const s = doc.sentences[si];
  const ids = tokenIds(doc);
  const words: string[] = [];
  const tokens: number[] = [];
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (doc.tokens.kind[k] !== TokKind.Word) continue;
    // The vocabulary's interned lower-case form: no string sliced per token.
    words.push(vocab.lower(ids[k]));
    tokens.push(k);
  }
  return { words, tokens };
}

/** A number is one word: "12", "1,200" and "2019" say the same thing to the classifier. */
export const normWord = (w: string): string => (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57 ? '#num' : w);
const norm = normWord;

/** Bag of words and word pairs of a sentence. */
export function bagFeatures(words: readonly string[]): string[] {
  const out = ['bias'];
  for (let i = 0; i < words.length; i++) {
    out.push(`w=${norm(words[i])}`);
    if (i + 1 < words.length) out.push(`b=${norm(words[i])}_${norm(words[i + 1])}`);
  }
  return out;
}

const actorKind = (a: EventActor | null): string =>
  a === null ? 'none' : (a.sector ?? (a.country && a.code === a.country ? 'country' : 'other'));

/** The rule's pieces: trigger kind ("verb", "noun", "construction"), its dictionary line, the argument rules. */
function ruleParts(rule: string): { kind: string; line: string; args: string } {
  const parts = rule.split(':');
  const kind = parts[0] ?? '';
  // verb:<file>:<line>:... has a line; a verb's default code has none.
  const line = kind === 'verb' && /^\d+$/.test(parts[2] ?? '') ? `${parts[1]}:${parts[2]}` : '';
  const args = parts
    .slice(kind === 'verb' ? (line ? 3 : 2) : 2)
    .filter((p) => /^[a-z-]+$/.test(p))
    .join(':');
  return { kind, line, args };
}

/** The features of one candidate event: its own and those of its sentence. */
export function candidateFeatures(doc: Doc, e: Event, sentence: { words: string[]; tokens: number[] }): string[] {
  const out: string[] = [];
  const trig = e.evidence.trigger.text.toLowerCase();
  const root = e.root;
  const { kind, line, args } = ruleParts(e.evidence.rule);
  const src = actorKind(e.source);
  const tgt = actorKind(e.target);
  const lemma = kind === 'verb' ? triggerLemma(trig) : trig;
  const block = kind === 'verb' ? (verbBlock(lemma) ?? 'none') : kind;
  const pol = `${e.source ? isPoliticalActor(e.source) : 'none'}|${e.target ? isPoliticalActor(e.target) : 'none'}`;
  out.push(
    `c.code=${e.cameo}`,
    `c.root=${root}`,
    `c.quad=${e.quadClass}`,
    `c.kind=${kind}`,
    `c.args=${args}`,
    `c.trig=${trig}`,
    `c.trig|root=${trig}|${root}`,
    `c.lemma=${lemma}`,
    `c.block=${block}`,
    `c.block|root=${block}|${root}`,
    `c.src=${src}`,
    `c.tgt=${tgt}`,
    `c.src|tgt=${src}|${tgt}`,
    `c.pol=${pol}`,
    `c.root|src=${root}|${src}`,
    `c.root|tgt=${root}|${tgt}`,
    `c.trig|src|tgt=${trig}|${src}|${tgt}`,
    `c.mod=${e.modality}`,
    `c.mod|root=${e.modality}|${root}`,
  );
  if (line) out.push(`c.line=${line}`);
  // The words around the trigger.
  const first = sentence.tokens.findIndex((k) => doc.tokens.start[k] >= e.evidence.trigger.start);
  if (first >= 0) {
    let last = first;
    while (last + 1 < sentence.tokens.length && doc.tokens.end[sentence.tokens[last + 1]] <= e.evidence.trigger.end)
      last++;
    const at = (i: number): string => (i >= 0 && i < sentence.words.length ? norm(sentence.words[i]) : '#');
    out.push(
      `c.w-1=${at(first - 1)}`,
      `c.w-2=${at(first - 2)}`,
      `c.w+1=${at(last + 1)}`,
      `c.w+2=${at(last + 2)}`,
      `c.trig|w+1=${trig}|${at(last + 1)}`,
      `c.w-1|trig=${at(first - 1)}|${trig}`,
    );
  }
  return out;
}
