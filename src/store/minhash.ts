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

/** A fixed pseudo-random (odd multiplier, addend) pair per hash function, the same in every run. */
const COEFFICIENTS: Uint32Array = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE * 2);
  let state = 0x9e3779b9;
  for (let i = 0; i < out.length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = (i % 2 === 0 ? state | 1 : state) >>> 0;
  }
  return out;
})();

/** The MinHash signature of a text, or null when it has fewer than SHINGLE_WORDS words. */
export function minhashSignature(text: string): number[] | null {
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length < SHINGLE_WORDS) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  // Each word is hashed once; a shingle's hash mixes its words' hashes in order (no joined strings).
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + SHINGLE_WORDS; w++) h = Math.imul(h ^ wordHashes[w], 0x01000193) ^ (h >>> 15);
    h >>>= 0;
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      // A multiply-add permutation of the 32-bit hash, then a final mix so that low bits are not biased.
      let x = (Math.imul(h, COEFFICIENTS[2 * k]) + COEFFICIENTS[2 * k + 1]) >>> 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x45d9f3b) >>> 0;
      if (x < signature[k]) signature[k] = x;
    }
  }
  return Array.from(signature);
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
