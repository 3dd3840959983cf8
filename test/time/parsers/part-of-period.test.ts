import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partOfPeriod } from '../../../src/time/parsers/part-of-period.js';
import { parseAt } from '../parse-at.js';

test('part of a period in one word: early-/late- month, mid- decade, year or month', () => {
  assert.deepEqual(parseAt(partOfPeriod, 'Talks stalled in mid-1998 and resumed.', 'mid-1998'), {
    text: 'mid-1998',
    type: 'DATE',
    value: '1998',
    rule: 'time.year.mid',
    mod: 'MID',
  });
  assert.deepEqual(parseAt(partOfPeriod, 'Growth slowed in the mid-1990s.', 'mid-1990s'), {
    text: 'mid-1990s',
    type: 'DATE',
    value: '199',
    rule: 'time.decade.mid',
    mod: 'MID',
  });
  assert.deepEqual(parseAt(partOfPeriod, 'Rain fell in late-March.', 'late-March'), {
    text: 'late-March',
    type: 'DATE',
    value: '2025-03',
    rule: 'time.month.part',
    mod: 'END',
  });
  assert.equal(parseAt(partOfPeriod, 'The mid-sized firm.', 'mid-sized'), null);
});
