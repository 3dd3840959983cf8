import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitPhrase } from '../../../src/time/parsers/unit-phrase.js';
import { parseAt } from '../parse-at.js';

// unit-ago.ts reads what follows a unit phrase; it is reached through the unit phrase.
test('ago and from now shift the DCT; a year ago may be the quarter a year back', () => {
  assert.deepEqual(parseAt(unitPhrase, 'Prices rose two days ago.', 'two'), {
    text: 'two days ago',
    type: 'DATE',
    value: '2025-05-07',
    rule: 'time.relative.ago',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Talks end three weeks from now.', 'three'), {
    text: 'three weeks from now',
    type: 'DATE',
    value: '2025-W22',
    rule: 'time.relative.ago',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Prices rose a year ago.', 'a'), {
    text: 'a year ago',
    type: 'DATE',
    value: '2024',
    rule: 'time.relative.year-ago',
  });
  assert.deepEqual(parseAt(unitPhrase, 'It began a decade ago.', 'a'), {
    text: 'a decade ago',
    type: 'DATE',
    value: '2015',
    rule: 'time.relative.ago',
  });
  assert.deepEqual(parseAt(unitPhrase, 'Prices rose several years ago.', 'several'), {
    text: 'several years ago',
    type: 'DATE',
    value: 'PAST_REF',
    rule: 'time.relative.vague',
  });
});

test('a told event counts "later" and a day "earlier": a duration without the signal', () => {
  assert.deepEqual(parseAt(unitPhrase, 'He died three days later.', 'three'), {
    text: 'three days',
    type: 'DURATION',
    value: 'P3D',
    rule: 'time.duration',
  });
  assert.deepEqual(parseAt(unitPhrase, 'He left two days before the vote.', 'two'), {
    text: 'two days',
    type: 'DURATION',
    value: 'P2D',
    rule: 'time.duration',
  });
});
