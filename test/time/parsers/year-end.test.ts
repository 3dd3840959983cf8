import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearEndWord, yearEndWords } from '../../../src/time/parsers/year-end.js';
import { parseAt } from '../parse-at.js';

test('time.year-end: three spellings, the DCT year with mod END', () => {
  const end = { type: 'DATE', value: '2025', rule: 'time.year-end', mod: 'END' };
  assert.deepEqual(parseAt(yearEndWord, 'Results are due by year-end.', 'year-end'), { text: 'year-end', ...end });
  assert.deepEqual(parseAt(yearEndWords, 'Results are due by year end.', 'year'), { text: 'year end', ...end });
  assert.deepEqual(parseAt(yearEndWords, "Results are due by year's end.", 'year'), { text: "year's end", ...end });
  assert.equal(parseAt(yearEndWords, 'The year was hard.', 'year'), null);
});
