/**
 * The held-out part of a training file of sentences (ConfliBERT's cameo_class/train.tsv): a sentence is held out by a
 * seeded hash of its text, so that `npm run train:events -- --holdout 20` and `parley eval events --split heldout`
 * agree on the same sentences without sharing a list, and a sentence repeated in the file falls on one side only.
 */
import { hashStr, mix } from '../entities/tagger/hash.js';

/** The default share held out, in percent. */
export const HOLDOUT_PERCENT = 20;
/** The default seed of the split. */
export const HOLDOUT_SEED = 1;

/** Whether `text` is in the held-out `percent` of its file under `seed` (whitespace and case do not count). */
export function isHeldOut(text: string, percent = HOLDOUT_PERCENT, seed = HOLDOUT_SEED): boolean {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const h = mix(hashStr(key, seed), seed) >>> 0;
  return h % 100 < percent;
}
