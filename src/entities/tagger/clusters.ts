/**
 * Word clusters as stored in the gazetteer file: the words '\n'-joined in sorted order and their cluster ids as
 * base64 varints. The older form, one JSON object with a key per word, is still read: parsing that object (25,000
 * keys) took ~30 ms of every process's start, against a few ms for the packed form.
 */
import { pushVarint, VarintReader } from './varint.js';

export interface PackedClusters {
  words: string;
  ids: string;
}

/** The stored form: packed, or the older word -> id object. */
export type ClusterData = PackedClusters | Record<string, number>;

function isPacked(d: ClusterData): d is PackedClusters {
  return typeof d.words === 'string' && typeof d.ids === 'string';
}

export function clustersToData(clusters: ReadonlyMap<string, number>): PackedClusters {
  const entries = [...clusters].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const bytes: number[] = [];
  for (const [word, id] of entries) {
    if (word.includes('\n')) throw new Error(`cluster word with a newline: ${JSON.stringify(word)}`);
    if (!Number.isInteger(id) || id < 0) throw new Error(`cluster id of ${JSON.stringify(word)} is not a whole number >= 0: ${id}`);
    pushVarint(bytes, id);
  }
  return { words: entries.map(([w]) => w).join('\n'), ids: Buffer.from(bytes).toString('base64') };
}

export function clustersFromData(d: ClusterData): Map<string, number> {
  const out = new Map<string, number>();
  if (!isPacked(d)) {
    for (const [word, id] of Object.entries(d)) out.set(word, id);
    return out;
  }
  const words = d.words === '' ? [] : d.words.split('\n');
  const r = new VarintReader(Buffer.from(d.ids, 'base64'));
  for (let i = 0; i < words.length; i++) {
    if (r.done) throw new Error(`word clusters: ${words.length} words but only ${i} ids`);
    out.set(words[i], r.next());
  }
  if (!r.done) throw new Error(`word clusters: more ids than the ${words.length} words`);
  return out;
}
