/**
 * Near-duplicate articles: MinHash signatures over word shingles, and LSH bands to find candidates without comparing
 * every pair. Syndicated wire copies under other headlines share almost all their 5-word shingles; two reports of
 * the same event in different words share few.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** LSH: BANDS bands of ROWS values; two articles are candidates when one band is equal. With 8 x 8, a pair at
 * similarity 0.8 is a candidate with probability 1 - (1 - 0.8^8)^8 = 0.87, one at 0.5 with 0.03. */
export const BANDS = 8;
export const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated Jaccard similarity from which two articles are linked as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit finalizer (murmur3's): spreads every input bit over the output. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a text, or null when it has fewer than SHINGLE_WORDS words. One-permutation hashing: each
 * shingle is hashed once and falls in one of SIGNATURE_SIZE bins, which keep their smallest value; an empty bin
 * borrows the value of the next filled one, mixed with the distance (densification), so that two texts agree on a bin
 * with a probability equal to their Jaccard similarity, at one hash per shingle instead of SIGNATURE_SIZE.
 */
export function minhashSignature(text: string): number[] | null {
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length < SHINGLE_WORDS) return null;
  const EMPTY = 0xffffffff;
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  // Each word is hashed once; a shingle's hash mixes its words' hashes in order (no joined strings).
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) h = Math.imul(h ^ wordHashes[w], 0x01000193) ^ (h >>> 15);
    h = mix(h);
    const bin = h % SIGNATURE_SIZE;
    const value = mix(h ^ 0x9e3779b9) >>> 1; // below EMPTY
    if (value < bins[bin]) bins[bin] = value;
  }
  const signature = new Array<number>(SIGNATURE_SIZE);
  for (let b = 0; b < SIGNATURE_SIZE; b++) {
    let from = b;
    let distance = 0;
    while (bins[from] === EMPTY) {
      from = (from + 1) % SIGNATURE_SIZE;
      distance++;
    }
    signature[b] = distance === 0 ? bins[b] : mix(bins[from] + Math.imul(distance, 0x27d4eb2d)) >>> 1;
  }
  return signature;
}

/** The LSH band keys of a signature: one string per band. */
export function bandKeys(signature: number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x1b873593;
    for (let r = 0; r < ROWS; r++) {
      const v = signature[b * ROWS + r];
      h1 = Math.imul(h1 ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 13);
    }
    keys.push((h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0'));
  }
  return keys;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedSimilarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}
