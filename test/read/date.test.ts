import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidArticleDate, parseArticleDate } from '../../src/read/date.js';

test('real calendar dates only', () => {
  assert.equal(isValidArticleDate('2024-02-29'), true);
  assert.equal(isValidArticleDate('2025-02-29'), false);
  assert.equal(isValidArticleDate('2025-02-30'), false);
  assert.equal(isValidArticleDate('2025-13-01'), false);
  assert.equal(isValidArticleDate('2025-05-09T24:00:00Z'), false);
});

test('parseArticleDate keeps ISO and converts the common feed and wire forms', () => {
  assert.equal(parseArticleDate(' 2025-05-09 '), '2025-05-09');
  assert.equal(parseArticleDate('2025-05-09T10:00:00.000+05:30'), '2025-05-09T10:00:00.000+05:30');
  assert.equal(parseArticleDate('Fri, 09 May 2025 10:00:00 GMT'), '2025-05-09T10:00:00Z');
  // The publisher's local date stays the DCT: no shift to UTC.
  assert.equal(parseArticleDate('Fri, 09 May 2025 23:30:00 -0500'), '2025-05-09T23:30:00-05:00');
  assert.equal(parseArticleDate('26-FEB-1987 15:01:01.79'), '1987-02-26T15:01:01');
  assert.equal(parseArticleDate('May 9, 2025'), '2025-05-09');
  assert.equal(parseArticleDate('9 September 2025'), '2025-09-09');
  assert.equal(parseArticleDate('2025/5/9'), '2025-05-09');
});

test('parseArticleDate refuses impossible and non-dates', () => {
  for (const s of [
    '2025-02-30',
    'Mon, 30 Feb 2025 10:00:00 GMT',
    'yesterday',
    '9 Foo 2025',
    '',
    '31-APR-1987 10:00:00.00',
  ]) {
    assert.equal(parseArticleDate(s), undefined, s);
  }
});
