import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anaphoric } from '../../../src/time/parsers/anaphoric.js';
import { contextAt } from '../parse-at.js';

test('time.anaphoric: the latest date named before, else the DCT', () => {
  const { c, i } = contextAt('That same day, workers struck. The following year it closed.', 'That');
  assert.deepEqual(anaphoric.parse(c, i, c.lower(i)), {
    e: i + 3,
    type: 'DATE',
    value: '2025-05-09',
    rule: 'time.anaphoric.day',
  });
  c.noteReference({ s: 0, e: 1, type: 'DATE', value: '2019-03-03', rule: 'time.month-day-year' });
  assert.deepEqual(anaphoric.parse(c, i, c.lower(i)), {
    e: i + 3,
    type: 'DATE',
    value: '2019-03-03',
    rule: 'time.anaphoric.day',
  });
  const { c: c2, i: k } = contextAt('The following year it closed.', 'The');
  c2.noteReference({ s: 0, e: 1, type: 'DATE', value: '2019-03-03', rule: 'time.month-day-year' });
  assert.deepEqual(anaphoric.parse(c2, k, c2.lower(k)), {
    e: k + 3,
    type: 'DATE',
    value: '2020',
    rule: 'time.anaphoric.year',
  });
});

test('time.anaphoric: "over the next year" measures, it names no year', () => {
  const { c, i } = contextAt('Prices will rise over the next year.', 'the');
  assert.equal(anaphoric.parse(c, i, c.lower(i)), null);
});
