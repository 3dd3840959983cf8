/**
 * The process-wide vocabulary of word types (as spaCy's Vocab/StringStore): each distinct token text gets an id,
 * found straight from the document's characters (no substring for a known word). Stages read a token's
 * lower-cased form through its id and keep per-type answers (a verb's lemma, an actor-trie node) in arrays by id,
 * so a word met 10,000 times is sliced, lower-cased and looked up in their Maps once. The lower-cased strings are
 * one object per type, so Maps keyed by them reuse V8's cached string hash.
 *
 * Ids are valid for one `generation`: the table is cleared (and the generation bumped) only when a new
 * document's ids are taken and the table holds more than MAX_TYPES, never while a document is being analyzed.
 * Per-type caches compare the generation they were filled in (see TypeCache).
 */
import type { Doc } from '../model/doc.js';
import { StringTable } from './string-table.js';

/** Bound on remembered types (~10 MB); news vocabularies repeat, so a long run rarely reaches it. */
const MAX_TYPES = 200_000;

export class Vocab {
  /** Bumped by every clear(): ids taken before it mean nothing after. */
  generation = 0;
  private table = new StringTable();
  private lowers: (string | undefined)[] = [];

  get size(): number {
    return this.table.size;
  }

  /** Id of the word text[start, end), added when new. */
  idAt(text: string, start: number, end: number): number {
    const id = this.table.add(text, start, end);
    if (id === this.lowers.length) this.lowers.push(undefined);
    return id;
  }

  /** The word as written. */
  text(id: number): string {
    return this.table.words[id];
  }

  /** The word lower-cased (String.prototype.toLowerCase), one string object per type. */
  lower(id: number): string {
    let w = this.lowers[id];
    if (w === undefined) {
      w = this.table.words[id].toLowerCase();
      this.lowers[id] = w;
    }
    return w;
  }

  /** Forget every type when over the bound (call only between documents). */
  clearIfOver(limit = MAX_TYPES): void {
    if (this.table.size <= limit) return;
    this.table.clear();
    this.lowers = [];
    this.generation++;
  }
}

/** The vocabulary every stage shares. */
export const vocab = new Vocab();

const docIds = new WeakMap<Doc, { generation: number; count: number; ids: Int32Array }>();

/**
 * Vocabulary ids of the doc's tokens (computed once per doc and generation). Taking a new doc's ids is the one
 * moment the vocabulary may be cleared.
 */
export function tokenIds(doc: Doc): Int32Array {
  const t = doc.tokens;
  const hit = docIds.get(doc);
  if (hit && hit.generation === vocab.generation && hit.count === t.count) return hit.ids;
  if (!hit) vocab.clearIfOver();
  const ids = new Int32Array(t.count);
  const text = doc.text;
  for (let i = 0; i < t.count; i++) ids[i] = vocab.idAt(text, t.start[i], t.end[i]);
  docIds.set(doc, { generation: vocab.generation, count: t.count, ids });
  return ids;
}

/** Marks a TypeCache slot not computed yet (answers may be undefined, so undefined cannot). */
const MISSING: unique symbol = Symbol('missing');

/**
 * A per-type answer cache over the shared vocabulary: `get(id)` calls `compute(id)` once per type and generation.
 * One instance per question (and per table the answer depends on). One array read per hit: stages call this per
 * token, and a second (a "known" flag array) was a second cache miss.
 */
export class TypeCache<V> {
  private generation = -1;
  private values: (V | typeof MISSING)[] = [];

  constructor(private readonly compute: (id: number) => V) {}

  get(id: number): V {
    if (this.generation !== vocab.generation) {
      this.generation = vocab.generation;
      this.values = [];
      this.grow(Math.max(1024, vocab.size * 2));
    }
    if (id >= this.values.length) this.grow(Math.max(id + 1, this.values.length * 2));
    const v = this.values[id];
    if (v !== MISSING) return v;
    const computed = this.compute(id);
    this.values[id] = computed;
    return computed;
  }

  /** Whether get(id) has its answer already (in this vocabulary generation). */
  has(id: number): boolean {
    return this.generation === vocab.generation && id < this.values.length && this.values[id] !== MISSING;
  }

  /** Forget every answer (the caller's own state they depended on changed). */
  clear(): void {
    this.generation = -1;
  }

  /** Fill with MISSING up to `size` (a dense array: a sparse write would turn it into a slow dictionary). */
  private grow(size: number): void {
    const values = this.values;
    while (values.length < size) values.push(MISSING);
  }
}

/**
 * A per-type yes/no answer cache, one byte per type (0: not computed, 1: no, 2: yes): the per-token tests
 * ("may this word open a time expression?") read a small dense array that stays in cache.
 */
export class TypeFlag {
  private generation = -1;
  private flags = new Uint8Array(0);

  constructor(private readonly compute: (id: number) => boolean) {}

  get(id: number): boolean {
    if (this.generation !== vocab.generation) {
      this.generation = vocab.generation;
      this.flags = new Uint8Array(Math.max(1024, vocab.size * 2));
    }
    if (id >= this.flags.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    const f = this.flags[id];
    if (f !== 0) return f === 2;
    const yes = this.compute(id);
    this.flags[id] = yes ? 2 : 1;
    return yes;
  }
}
