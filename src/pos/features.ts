/**
 * Features of the part-of-speech tagger, shared by training (scripts/train-pos.ts) and tagging (tagger.ts) so the
 * two cannot drift apart. Two kinds, both summed once per word type at run time:
 * - word features: the word's own type (its form, suffixes, shape);
 * - neighbour features: a word type seen at a fixed offset (-2, -1, +1, +2).
 * No feature reads the tags of other words, so any token can be tagged alone (see tagger.ts). Each feature is a
 * 32-bit hash (template seed + value); the model masks it to its table size.
 */
import { hashStr, mix } from '../entities/tagger/hash.js';
import { digitsToZero, normalizeWord, wordShape } from '../entities/tagger/normalize.js';

const SEED_BIAS = 0x51;
const SEED_WORD = 0x52;
const SEED_CASED = 0x53;
const SEED_SUFFIX = 0x54; // + suffix length
const SEED_PREFIX = 0x5b;
const SEED_SHAPE = 0x59;
const SEED_LONG_SHAPE = 0x5a;
const SEED_NEIGHBOUR_WORD = 0x60; // + offset + 2
const SEED_NEIGHBOUR_SUFFIX = 0x66; // + offset + 2
const SEED_NEIGHBOUR_SHAPE = 0x6c; // + offset + 2
const SEED_BOUNDARY = 0x72; // + offset + 2

export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** What the features read of one word type, computed once per type. */
export interface PosWord {
  /** The word with typographic quotes and dashes made ASCII (as CoNLL writes them). */
  norm: string;
  /** Lower-cased, digits as 0. */
  key: string;
  /** Hashes reused by several templates. */
  keyHash: number;
  shapeHash: number;
}

export function posWord(raw: string): PosWord {
  const norm = normalizeWord(raw);
  const key = digitsToZero(norm.toLowerCase());
  return { norm, key, keyHash: hashStr(key, SEED_WORD), shapeHash: hashStr(wordShape(norm, true), SEED_SHAPE) };
}

/** Features of the word itself. */
export function wordFeatures(w: PosWord, out: number[]): void {
  out.push(
    SEED_BIAS,
    w.keyHash,
    hashStr(w.norm, SEED_CASED),
    w.shapeHash,
    hashStr(wordShape(w.norm, false), SEED_LONG_SHAPE),
  );
  const k = w.key;
  for (let len = 1; len <= 4; len++) if (k.length > len) out.push(hashStr(k, SEED_SUFFIX + len, k.length - len));
  if (w.norm.length > 0) out.push(hashStr(w.norm, SEED_PREFIX, 0, 1));
}

/** Features of a word seen `offset` tokens away from the word being tagged. */
export function neighbourFeatures(offset: number, w: PosWord, out: number[]): void {
  const o = offset + 2;
  out.push(mix(w.keyHash, SEED_NEIGHBOUR_WORD + o));
  if (offset === -1 || offset === 1) {
    const k = w.key;
    out.push(
      hashStr(k, SEED_NEIGHBOUR_SUFFIX + o, Math.max(0, k.length - 3)),
      mix(w.shapeHash, SEED_NEIGHBOUR_SHAPE + o),
    );
  }
}

/** Features of the sentence edge seen at `offset` (no word there). */
export function boundaryFeatures(offset: number, out: number[]): void {
  out.push(SEED_BOUNDARY + offset + 2);
}
