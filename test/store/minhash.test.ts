/** MinHash and LSH: a syndicated copy is a near-duplicate and a band candidate; another story is neither. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, estimatedSimilarity, minhashSignature, NEAR_DUPLICATE_SIMILARITY } from '../../src/store/minhash.js';

const story =
  'Santiago, Oct 20 (Andes Wire) Chile and Peru signed an agreement on Monday that sets joint quotas for the southern ' +
  'fishing zone after six weeks of quarrels over seized trawlers, recalled envoys and sanctions on fish imports. ' +
  'The two foreign ministers said the deal would be reviewed every year by a joint commission of scientists, and ' +
  'that both navies would share their patrol schedules so that no boat is seized by mistake again.';
// A syndicated copy: the same story under another credit (5 of its ~75 shingles change).
const copy = story.replace('(Andes Wire)', '(Coastal Times)');
const other =
  'Lima, Oct 22 (Pacific Ledger) Peru promised aid to Chilean fishing towns hit by the storm on Wednesday, sending ' +
  'two ships with food, water and tents, and the health ministry said doctors would follow by the end of the week.';

test('a syndicated copy is estimated above the near-duplicate threshold and shares a band', () => {
  const a = minhashSignature(story)!;
  const b = minhashSignature(copy)!;
  assert.ok(estimatedSimilarity(a, b) >= NEAR_DUPLICATE_SIMILARITY, String(estimatedSimilarity(a, b)));
  const ka = bandKeys(a);
  assert.ok(bandKeys(b).some((k, band) => k === ka[band]));
});

test('a different story is estimated far below the threshold and shares no band', () => {
  const a = minhashSignature(story)!;
  const c = minhashSignature(other)!;
  assert.ok(estimatedSimilarity(a, c) < 0.2, String(estimatedSimilarity(a, c)));
  const ka = bandKeys(a);
  assert.ok(!bandKeys(c).some((k, band) => k === ka[band]));
});

test('a text shorter than one shingle has no signature', () => {
  assert.equal(minhashSignature('Chile met Peru.'), null);
  assert.deepEqual(minhashSignature(story), minhashSignature(story));
});
