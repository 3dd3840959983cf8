/**
 * Phrase gazetteers as a token trie (lowercased tokens). Matching marks each token of the longest phrase
 * starting at a capitalized token: bit 2t = begins a phrase of type t, bit 2t+1 = inside one.
 * Counts per type let training exclude a document's own phrases (leave-one-document-out).
 */
import { ENTITY_TYPES } from './labels.js';
import { StringTable } from '../../text/string-table.js';
import { pushVarint, VarintReader } from './varint.js';

const NT = ENTITY_TYPES.length;

/**
 * The trie is flat (fast to build at load, no object per node): tokens are interned to ids, node 0 is the root,
 * edges (parent, token id) -> child live in one open-addressing table, counts in one Int32Array (NT per node).
 */
export class Gazetteer {
  maxLen = 0;
  size = 0;
  private vocab = new StringTable();
  private get words(): string[] {
    return this.vocab.words;
  }
  private nodes = 1;
  private parent = new Int32Array(1024);
  private token = new Int32Array(1024);
  private counts = new Int32Array(1024 * NT);
  /** Nodes that end a phrase (counts set). */
  private ends = new Uint8Array(1024);
  private edgeParent = new Int32Array(2048).fill(-1);
  private edgeToken = new Int32Array(2048);
  private edgeChild = new Int32Array(2048);
  private edgeMask = 2047;

  /** Interned id of a token, or -1 when no phrase has it (for markIds). */
  idOf(tok: string): number {
    return this.vocab.find(tok);
  }

  /** Child of `node` over the token string, or -1. */
  child(node: number, tok: string): number {
    const id = this.vocab.find(tok);
    return id < 0 ? -1 : this.edge(node, id);
  }

  private edge(node: number, id: number): number {
    const mask = this.edgeMask;
    let s = edgeSlot(node, id) & mask;
    for (;;) {
      const p = this.edgeParent[s];
      if (p === -1) return -1;
      if (p === node && this.edgeToken[s] === id) return this.edgeChild[s];
      s = (s + 1) & mask;
    }
  }

  private insertEdge(node: number, id: number, child: number): void {
    if ((this.nodes + 1) * 2 > this.edgeMask) this.growEdges();
    const mask = this.edgeMask;
    let s = edgeSlot(node, id) & mask;
    while (this.edgeParent[s] !== -1) s = (s + 1) & mask;
    this.edgeParent[s] = node;
    this.edgeToken[s] = id;
    this.edgeChild[s] = child;
  }

  private growEdges(): void {
    const oldP = this.edgeParent;
    const oldT = this.edgeToken;
    const oldC = this.edgeChild;
    const cap = (this.edgeMask + 1) * 2;
    this.edgeParent = new Int32Array(cap).fill(-1);
    this.edgeToken = new Int32Array(cap);
    this.edgeChild = new Int32Array(cap);
    this.edgeMask = cap - 1;
    for (let s = 0; s < oldP.length; s++) if (oldP[s] !== -1) this.insertEdge(oldP[s], oldT[s], oldC[s]);
  }

  private newNode(parent: number, id: number): number {
    const n = this.nodes++;
    if (n >= this.parent.length) {
      const cap = this.parent.length * 2;
      const grow = <A extends Int32Array | Uint8Array>(a: A, size: number): A => {
        const b = new (a.constructor as new (n: number) => A)(size);
        b.set(a);
        return b;
      };
      this.parent = grow(this.parent, cap);
      this.token = grow(this.token, cap);
      this.ends = grow(this.ends, cap);
      this.counts = grow(this.counts, cap * NT);
    }
    this.parent[n] = parent;
    this.token[n] = id;
    this.insertEdge(parent, id, n);
    return n;
  }

  add(tokens: string[], type: number, count = 1): void {
    if (tokens.length === 0) return;
    let node = 0;
    for (const t of tokens) {
      const id = this.vocab.add(t);
      const c = this.edge(node, id);
      node = c >= 0 ? c : this.newNode(node, id);
    }
    if (!this.ends[node]) {
      this.ends[node] = 1;
      this.size++;
    }
    this.counts[node * NT + type] += count;
    if (tokens.length > this.maxLen) this.maxLen = tokens.length;
  }

  /** Every phrase with its counts per type (a view into the trie: do not modify). */
  entries(): { tokens: string[]; counts: Int32Array }[] {
    const out: { tokens: string[]; counts: Int32Array }[] = [];
    for (let n = 1; n < this.nodes; n++) {
      if (!this.ends[n]) continue;
      const tokens: string[] = [];
      for (let k = n; k > 0; k = this.parent[k]) tokens.push(this.words[this.token[k]]);
      out.push({ tokens: tokens.reverse(), counts: this.counts.subarray(n * NT, n * NT + NT) });
    }
    return out;
  }

  /** Number of distinct tokens (ids from idOf are below it). */
  get vocabularySize(): number {
    return this.words.length;
  }

  /** The token of an id from idOf. */
  word(id: number): string {
    return this.words[id];
  }

  /** Like forEachPhrase, with token ids (no strings touched). */
  forEachPhraseIds(fn: (first: number, last: number, length: number, counts: Int32Array) => void): void {
    // Parents come before children, so one forward pass knows each node's first token and depth.
    const first = new Int32Array(this.nodes);
    const depth = new Int32Array(this.nodes);
    for (let n = 1; n < this.nodes; n++) {
      const p = this.parent[n];
      first[n] = p === 0 ? this.token[n] : first[p];
      depth[n] = depth[p] + 1;
      if (this.ends[n]) fn(first[n], this.token[n], depth[n], this.counts.subarray(n * NT, n * NT + NT));
    }
  }

  /** Calls fn for every phrase with its first and last token, length and counts (a view: do not modify). */
  forEachPhrase(fn: (first: string, last: string, length: number, counts: Int32Array) => void): void {
    const words = this.words;
    this.forEachPhraseIds((first, last, length, counts) => fn(words[first], words[last], length, counts));
  }

  /** mark() over token ids from idOf() (run time: ids are cached per word type). */
  markIds(ids: Int32Array, cap: Uint8Array, marks: Uint8Array): void {
    const n = ids.length;
    const counts = this.counts;
    for (let i = 0; i < n; i++) {
      if (!cap[i]) continue;
      let node = 0;
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i; j < n; j++) {
        const id = ids[j];
        node = id < 0 ? -1 : this.edge(node, id);
        if (node < 0) break;
        if (this.ends[node]) {
          const bits = typeBits(counts, node * NT, null, 0);
          if (bits) {
            bestEnd = j + 1;
            bestBits = bits;
          }
        }
      }
      if (bestEnd >= 0) markPhrase(marks, i, bestEnd, bestBits);
    }
  }

  /**
   * Mark tokens covered by phrases. `lower` are lowercased tokens, `cap` says which may start a phrase.
   * `exclude` (training only) holds counts to subtract. Types whose count is at least half the best count fire.
   */
  mark(lower: string[], cap: Uint8Array, marks: Uint8Array, exclude?: Gazetteer): void {
    const n = lower.length;
    const counts = this.counts;
    for (let i = 0; i < n; i++) {
      if (!cap[i]) continue;
      let node = 0;
      let ex = exclude ? 0 : -1;
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i; j < n; j++) {
        node = this.child(node, lower[j]);
        if (node < 0) break;
        if (ex >= 0) ex = exclude!.child(ex, lower[j]);
        if (this.ends[node]) {
          const bits = typeBits(counts, node * NT, ex >= 0 && exclude!.ends[ex] ? exclude!.counts : null, ex * NT);
          if (bits) {
            bestEnd = j + 1;
            bestBits = bits;
          }
        }
      }
      if (bestEnd >= 0) markPhrase(marks, i, bestEnd, bestBits);
    }
  }

  /** Packed form for data files (see GazetteerData). */
  pack(): GazetteerData {
    // Children per node, sorted by token, so the numbering does not depend on insertion order.
    const kids: number[][] = Array.from({ length: this.nodes }, () => []);
    for (let n = 1; n < this.nodes; n++) kids[this.parent[n]].push(n);
    const order = [0];
    for (let k = 0; k < order.length; k++) {
      const c = kids[order[k]];
      c.sort((a, b) => (this.words[this.token[a]] < this.words[this.token[b]] ? -1 : 1));
      for (const x of c) order.push(x);
    }
    const newId = new Int32Array(this.nodes);
    order.forEach((n, i) => (newId[n] = i));
    const wordId = new Map<number, number>();
    const words: string[] = [];
    const nodes: number[] = [];
    const ends: number[] = [];
    let prevParent = 0;
    let prevEnd = 0;
    for (let i = 1; i < order.length; i++) {
      const n = order[i];
      const p = newId[this.parent[n]];
      let w = wordId.get(this.token[n]);
      if (w === undefined) {
        w = words.length;
        const word = this.words[this.token[n]];
        if (word.includes('\n')) throw new Error(`gazetteer token with a newline: ${JSON.stringify(word)}`);
        words.push(word);
        wordId.set(this.token[n], w);
      }
      pushVarint(nodes, p - prevParent);
      pushVarint(nodes, w);
      prevParent = p;
      if (this.ends[n]) {
        pushVarint(ends, i - prevEnd);
        prevEnd = i;
        for (let t = 0; t < NT; t++) pushVarint(ends, zigzag(this.counts[n * NT + t]));
      }
    }
    return {
      words: words.join('\n'),
      nodes: Buffer.from(nodes).toString('base64'),
      ends: Buffer.from(ends).toString('base64'),
    };
  }

  /**
   * Load-time code runs once, mostly before V8 optimizes it: each loop is its own small function, so the
   * optimized (on-stack-replaced) code of one loop ends with it and does not run on into code V8 has no feedback
   * for yet (in one function, every next loop threw the optimized code away: three deoptimizations per load).
   */
  static unpack(words: string, nodes: string, ends: string): Gazetteer {
    const g = new Gazetteer();
    const list = words === '' ? [] : words.split('\n');
    g.vocab = new StringTable(list.length);
    addAll(g.vocab, list);
    const nodeBytes = Buffer.from(nodes, 'base64');
    // Upper bound on nodes: each takes at least 2 bytes.
    const cap = Math.max(1024, (nodeBytes.length >> 1) + 1);
    g.parent = new Int32Array(cap);
    g.token = new Int32Array(cap);
    g.ends = new Uint8Array(cap);
    g.counts = new Int32Array(cap * NT);
    let edgeCap = 2048;
    while (edgeCap < cap * 2 + 4) edgeCap <<= 1;
    g.edgeParent = new Int32Array(edgeCap).fill(-1);
    g.edgeToken = new Int32Array(edgeCap);
    g.edgeChild = new Int32Array(edgeCap);
    g.edgeMask = edgeCap - 1;
    const depth = new Int32Array(cap);
    g.nodes = readNodes(new VarintReader(nodeBytes), g.parent, g.token, depth);
    g.insertAllEdges();
    const phrases = readEnds(new VarintReader(Buffer.from(ends, 'base64')), g.ends, g.counts, depth);
    g.size = phrases.size;
    g.maxLen = phrases.maxLen;
    return g;
  }

  /** The edge of every node but the root (after readNodes). */
  private insertAllEdges(): void {
    const parents = this.parent;
    const tokens = this.token;
    for (let k = 1; k < this.nodes; k++) this.insertEdge(parents[k], tokens[k], k);
  }
}

function addAll(table: StringTable, words: string[]): void {
  for (let i = 0; i < words.length; i++) table.add(words[i]);
}

/** Nodes 1.. from the packed form (see GazetteerData): their parents, tokens and depths; returns the node count. */
function readNodes(r: VarintReader, parents: Int32Array, tokens: Int32Array, depth: Int32Array): number {
  let parent = 0;
  let n = 1;
  while (!r.done) {
    parent += r.next();
    const id = r.next();
    parents[n] = parent;
    tokens[n] = id;
    depth[n] = depth[parent] + 1;
    n++;
  }
  return n;
}

/** Phrase-final nodes and their counts from the packed form; returns how many and the longest phrase. */
function readEnds(
  r: VarintReader,
  isEnd: Uint8Array,
  counts: Int32Array,
  depth: Int32Array,
): { size: number; maxLen: number } {
  let node = 0;
  let size = 0;
  let maxLen = 0;
  while (!r.done) {
    node += r.next();
    isEnd[node] = 1;
    size++;
    for (let t = 0; t < NT; t++) counts[node * NT + t] = unzigzag(r.next());
    // Math.max, not `if (d > maxLen) maxLen = d`: a branch first taken after V8 optimized the loop deoptimizes it.
    maxLen = Math.max(maxLen, depth[node]);
  }
  return { size, maxLen };
}

/** Hash of an edge; well mixed in the low bits (the table masks them). */
function edgeSlot(node: number, id: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ id;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function typeBits(counts: Int32Array, at: number, minus: Int32Array | null, minusAt: number): number {
  let best = 0;
  for (let t = 0; t < NT; t++) {
    const c = counts[at + t] - (minus ? minus[minusAt + t] : 0);
    if (c > best) best = c;
  }
  if (best <= 0) return 0;
  let bits = 0;
  for (let t = 0; t < NT; t++) {
    const c = counts[at + t] - (minus ? minus[minusAt + t] : 0);
    if (c > 0 && 2 * c >= best) bits |= 1 << t;
  }
  return bits;
}

/**
 * Serialized form (packed: loads without re-inserting phrases). Nodes are numbered breadth-first (parents
 * before children, children by token), tokens by first use. `words`: the tokens, '\n'-joined, in id order;
 * `nodes`: base64 varints, per node 1.. its parent's distance back from the previous node's parent and its token id;
 * `ends`: base64 varints, per phrase-final node the gap from the previous one and NT zigzag counts.
 * `phrases` ([phrase, typeIndex, count]) is the older form, still read.
 */
export interface GazetteerData {
  words?: string;
  nodes?: string;
  ends?: string;
  phrases?: [string, number, number][];
}

export function gazetteerToData(g: Gazetteer): GazetteerData {
  return g.pack();
}

export function gazetteerFromData(d: GazetteerData): Gazetteer {
  if (d.words !== undefined && d.nodes !== undefined && d.ends !== undefined)
    return Gazetteer.unpack(d.words, d.nodes, d.ends);
  const g = new Gazetteer();
  for (const [p, t, c] of d.phrases ?? []) g.add(p.split(' '), t, c);
  return g;
}

const zigzag = (v: number): number => (v < 0 ? -2 * v - 1 : 2 * v);
const unzigzag = (v: number): number => (v % 2 ? -(v + 1) / 2 : v / 2);

/** Set, for each type bit in `bits`, the begin mark on token `start` and the inside mark on the rest up to `end`. */
function markPhrase(marks: Uint8Array, start: number, end: number, bits: number): void {
  for (let t = 0; t < NT; t++) {
    if (!(bits & (1 << t))) continue;
    marks[start] |= 1 << (2 * t);
    for (let j = start + 1; j < end; j++) marks[j] |= 1 << (2 * t + 1);
  }
}
