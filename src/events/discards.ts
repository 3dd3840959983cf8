/**
 * PETRARCH discard phrases: a sentence containing a sentence-level phrase ("BASEBALL") codes no events; a story
 * containing a story-level one ("+TYPHOON") codes none at all. Matched on whole lower-cased tokens.
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import type { UserDiscard } from '../model/options.js';

interface DiscardIndex {
  /** First token -> the phrases (token lists, story flag) starting with it. */
  byFirst: Map<string, { tokens: string[]; story: boolean }[]>;
}

const cache = new WeakMap<readonly UserDiscard[], DiscardIndex>();

function indexOf(discards: readonly UserDiscard[]): DiscardIndex {
  let idx = cache.get(discards);
  if (idx) return idx;
  idx = { byFirst: new Map() };
  for (const d of discards) {
    // Split like the tokenizer does on the simple cases: words and single punctuation marks.
    const tokens = d.phrase.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
    const head = tokens[0];
    if (head === undefined) continue;
    const list = idx.byFirst.get(head) ?? [];
    list.push({ tokens, story: d.story });
    idx.byFirst.set(head, list);
  }
  cache.set(discards, idx);
  return idx;
}

/** Discarded sentences (indices), or 'story' when the whole article is discarded; null when nothing is. */
export function discardedSentences(
  doc: Doc,
  discards: readonly UserDiscard[] | undefined,
): Set<number> | 'story' | null {
  if (!discards || discards.length === 0) return null;
  const { byFirst } = indexOf(discards);
  const t = doc.tokens;
  const low = (i: number): string => doc.text.slice(t.start[i], t.end[i]).toLowerCase();
  let out: Set<number> | null = null;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokKind.Word && t.kind[i] !== TokKind.Number) continue;
    const list = byFirst.get(low(i));
    if (!list) continue;
    for (const p of list) {
      let ok = i + p.tokens.length <= t.count;
      for (let k = 1; ok && k < p.tokens.length; k++) ok = low(i + k) === p.tokens[k];
      if (!ok) continue;
      if (p.story) return 'story';
      (out ??= new Set()).add(t.sentence[i]);
    }
  }
  return out;
}
