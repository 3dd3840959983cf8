import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atPresent, referenceWord, theReference } from '../../../src/time/parsers/reference.js';
import { parseAt } from '../parse-at.js';

test('references: words, "the past", "at present"; "current" before "account" or a unit settles the token', () => {
  assert.deepEqual(parseAt(referenceWord, 'Prices rose recently.', 'recently'), {
    text: 'recently',
    type: 'DATE',
    value: 'PAST_REF',
    rule: 'time.ref.word',
  });
  assert.deepEqual(parseAt(referenceWord, 'Current leaders disagree.', 'Current'), {
    text: 'Current',
    type: 'DATE',
    value: 'PRESENT_REF',
    rule: 'time.ref.word',
  });
  assert.equal(parseAt(referenceWord, 'The current account fell.', 'current'), 'settled');
  assert.deepEqual(parseAt(theReference, 'Wars of the past.', 'the'), {
    text: 'the past',
    type: 'DATE',
    value: 'PAST_REF',
    rule: 'time.ref.the',
  });
  assert.deepEqual(parseAt(theReference, 'Not in the near future.', 'the'), {
    text: 'the near future',
    type: 'DATE',
    value: 'FUTURE_REF',
    rule: 'time.ref.the',
  });
  assert.equal(parseAt(theReference, 'Over the past two years.', 'the'), null);
  assert.deepEqual(parseAt(atPresent, 'At present, the minister leads.', 'At'), {
    text: 'At present',
    type: 'DATE',
    value: 'PRESENT_REF',
    rule: 'time.ref.at-present',
  });
});
