/**
 * Word clusters as stored in the gazetteer file: the words '\n'-joined in sorted order and their cluster ids as
 * base64 of little-endian 32-bit ints, looked up by binary search over the sorted words. Nothing is built per word
 * at load, because building a Map (or parsing the older form, one JSON object with a key per word) cost every
 * process's start more than the lookups, ~15 string comparisons once per word type. The older form is still read.
 */
import type { WordLookup } from './features.js';

export interface PackedClusters {
  words: string;
  ids: string;
}

/** The stored form: packed, or the older word -> id object. */
export type ClusterData = PackedClusters | Record<string, number>;

function isPacked(d: ClusterData): d is PackedClusters {
  return typeof d.words === 'string' && typeof d.ids === 'string';
}

/** Code-unit order, the order `<` compares strings in (binary search relies on it). */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function clustersToData(clusters: ReadonlyMap<string, number>): PackedClusters {
  const entries = [...clusters].sort((a, b) => byCodeUnits(a[0], b[0]));
  const ids = Buffer.alloc(entries.length * 4);
  entries.forEach(([word, id], i) => {
    if (word.includes('\n')) throw new Error(`cluster word with a newline: ${JSON.stringify(word)}`);
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff)
      throw new Error(`cluster id of ${JSON.stringify(word)} is not a whole number in 0..2^31-1: ${id}`);
    ids.writeInt32LE(id, i * 4);
  });
  return { words: entries.map(([w]) => w).join('\n'), ids: ids.toString('base64') };
}

/** Sorted words and their ids. */
export class ClusterLookup implements WordLookup<number> {
  constructor(
    private readonly words: readonly string[],
    private readonly ids: Int32Array,
  ) {}

  get size(): number {
    return this.words.length;
  }

  /** Every word with its id, in sorted order. */
  toMap(): Map<string, number> {
    return new Map(this.words.map((w, i) => [w, this.ids[i]]));
  }

  get(word: string): number | undefined {
    const words = this.words;
    let lo = 0;
    let hi = words.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid];
      if (w === word) return this.ids[mid];
      if (w < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

export function clustersFromData(d: ClusterData): ClusterLookup {
  if (!isPacked(d)) return clustersToLookup(new Map(Object.entries(d)));
  const words = d.words === '' ? [] : d.words.split('\n');
  const bytes = Buffer.from(d.ids, 'base64');
  if (bytes.length !== words.length * 4)
    throw new Error(`word clusters: ${words.length} words but ${bytes.length / 4} ids`);
  const ids = new Int32Array(words.length);
  // Little-endian on disk; one copy where the machine is little-endian too.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) new Uint8Array(ids.buffer).set(bytes);
  else for (let i = 0; i < ids.length; i++) ids[i] = bytes.readInt32LE(i * 4);
  for (let i = 1; i < words.length; i++) {
    if (!(words[i - 1] < words[i]))
      throw new Error(`word clusters: words not in sorted order at ${JSON.stringify(words[i])}`);
  }
  return new ClusterLookup(words, ids);
}

function clustersToLookup(m: ReadonlyMap<string, number>): ClusterLookup {
  const packed = clustersToData(m);
  return clustersFromData(packed);
}
