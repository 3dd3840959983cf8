/**
 * Phrase gazetteers as a token trie (lowercased tokens). Matching marks each token of the longest phrase
 * starting at a capitalized token: bit 2t = begins a phrase of type t, bit 2t+1 = inside one.
 * Counts per type let training exclude a document's own phrases (leave-one-document-out).
 */
import { ENTITY_TYPES } from './labels.js';

const NT = ENTITY_TYPES.length;

export class GazNode {
  next: Map<string, GazNode> | null = null;
  counts: Int32Array | null = null;
  child(tok: string): GazNode | undefined {
    return this.next?.get(tok);
  }
}

export class Gazetteer {
  readonly root = new GazNode();
  maxLen = 0;
  size = 0;

  add(tokens: string[], type: number, count = 1): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      if (!node.next) node.next = new Map();
      let c = node.next.get(t);
      if (!c) {
        c = new GazNode();
        node.next.set(t, c);
      }
      node = c;
    }
    if (!node.counts) {
      node.counts = new Int32Array(NT);
      this.size++;
    }
    node.counts[type] += count;
    if (tokens.length > this.maxLen) this.maxLen = tokens.length;
  }

  /** Phrase list form for data files: {type: [["tok", ...], count]...} grouped by type. */
  entries(): { tokens: string[]; counts: Int32Array }[] {
    const out: { tokens: string[]; counts: Int32Array }[] = [];
    const walk = (n: GazNode, path: string[]): void => {
      if (n.counts) out.push({ tokens: path.slice(), counts: n.counts });
      if (n.next) for (const [k, c] of n.next) walk(c, [...path, k]);
    };
    walk(this.root, []);
    return out;
  }

  /**
   * Mark tokens covered by phrases. `lower` are lowercased tokens, `cap` says which may start a phrase.
   * `exclude` (training only) holds counts to subtract. Types whose count is at least half the best count fire.
   */
  mark(lower: string[], cap: Uint8Array, marks: Uint8Array, exclude?: Gazetteer): void {
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      if (!cap[i]) continue;
      let node: GazNode | undefined = this.root;
      let ex: GazNode | undefined = exclude?.root;
      let bestEnd = -1;
      let bestBits = 0;
      for (let j = i; j < n; j++) {
        node = node.child(lower[j]);
        if (!node) break;
        ex = ex?.child(lower[j]);
        if (node.counts) {
          const bits = typeBits(node.counts, ex?.counts ?? null);
          if (bits) {
            bestEnd = j + 1;
            bestBits = bits;
          }
        }
      }
      if (bestEnd < 0) continue;
      for (let t = 0; t < NT; t++) {
        if (!(bestBits & (1 << t))) continue;
        marks[i] |= 1 << (2 * t);
        for (let j = i + 1; j < bestEnd; j++) marks[j] |= 1 << (2 * t + 1);
      }
    }
  }
}

function typeBits(counts: Int32Array, minus: Int32Array | null): number {
  let best = 0;
  for (let t = 0; t < NT; t++) {
    const c = counts[t] - (minus ? minus[t] : 0);
    if (c > best) best = c;
  }
  if (best <= 0) return 0;
  let bits = 0;
  for (let t = 0; t < NT; t++) {
    const c = counts[t] - (minus ? minus[t] : 0);
    if (c > 0 && 2 * c >= best) bits |= 1 << t;
  }
  return bits;
}

/** Serialized form: per type, phrases as space-joined lowercase tokens with counts. */
export interface GazetteerData {
  /** [phrase, typeIndex, count] */
  phrases: [string, number, number][];
}

export function gazetteerToData(g: Gazetteer): GazetteerData {
  const phrases: [string, number, number][] = [];
  for (const e of g.entries()) {
    for (let t = 0; t < NT; t++) if (e.counts[t] > 0) phrases.push([e.tokens.join(' '), t, e.counts[t]]);
  }
  phrases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { phrases };
}

export function gazetteerFromData(d: GazetteerData): Gazetteer {
  const g = new Gazetteer();
  for (const [p, t, c] of d.phrases) g.add(p.split(' '), t, c);
  return g;
}
