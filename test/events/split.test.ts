import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeldOut } from '../../src/events/split.js';

test('the held-out split is repeatable, ignores case and spacing, and holds out about its share', () => {
  const texts = Array.from({ length: 2000 }, (_, i) => `Gondor sent ${i} envoys to Rohan on day ${i % 31}.`);
  const held = texts.filter((t) => isHeldOut(t));
  assert.ok(held.length > 320 && held.length < 480, `${held.length} of 2000 held out`);
  assert.deepEqual(
    texts.filter((t) => isHeldOut(t)),
    held,
  );
  for (const t of texts.slice(0, 50)) assert.equal(isHeldOut(`  ${t.toUpperCase()} `), isHeldOut(t));
  // Another seed or share is another split.
  assert.notDeepEqual(
    texts.filter((t) => isHeldOut(t, 20, 2)),
    held,
  );
  assert.ok(texts.filter((t) => isHeldOut(t, 50)).length > held.length);
});
