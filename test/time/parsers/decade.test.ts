import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  century,
  decade,
  decadeShort,
  theCentury,
  theDecade,
  theDecadeWord,
} from '../../../src/time/parsers/decade.js';
import { parseAt } from '../parse-at.js';

test('decades: digits, the short form, words', () => {
  assert.deepEqual(parseAt(decade, 'Growth slowed in 1990s Japan.', '1990s'), {
    text: '1990s',
    type: 'DATE',
    value: '199',
    rule: 'time.decade',
  });
  assert.deepEqual(parseAt(theDecade, 'Growth slowed in the 1980s.', 'the'), {
    text: 'the 1980s',
    type: 'DATE',
    value: '198',
    rule: 'time.decade',
  });
  assert.deepEqual(parseAt(theDecadeWord, 'Music of the sixties.', 'the'), {
    text: 'the sixties',
    type: 'DATE',
    value: '196',
    rule: 'time.decade.word',
  });
  assert.deepEqual(parseAt(decadeShort, "Music of the '90s.", "'"), {
    text: "'90s",
    type: 'DATE',
    value: '199',
    rule: 'time.decade-short',
  });
  assert.equal(parseAt(theDecade, 'Growth slowed in the 1980 budget.', 'the'), null);
});

test('time.century: "21st century", "the 20th century"', () => {
  assert.deepEqual(parseAt(century, 'A 21st century war.', '21st'), {
    text: '21st century',
    type: 'DATE',
    value: '20',
    rule: 'time.century',
  });
  assert.deepEqual(parseAt(theCentury, 'Wars of the 20th century.', 'the'), {
    text: 'the 20th century',
    type: 'DATE',
    value: '19',
    rule: 'time.century',
  });
  assert.equal(parseAt(century, 'The 21st amendment.', '21st'), null);
});
