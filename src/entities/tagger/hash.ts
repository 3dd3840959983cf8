/** 32-bit string and integer hashing for feature ids (no string concatenation on the hot path). */

/** FNV-1a over s[from, to), started from a per-template seed. */
export function hashStr(s: string, seed: number, from = 0, to = s.length): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Combine two 32-bit values into a well-mixed one (murmur3 finalizer). */
export function mix(a: number, b: number): number {
  let h = a ^ Math.imul(b + 0x7f4a7c15, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
