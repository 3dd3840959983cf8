import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function quotes(text: string, date = '2024-06-14') {
  return analyze({ id: 'q', date, text, meta: {} }).quotes;
}

test('a quote is dated by the time expression of its speech act', () => {
  const [q] = quotes('“We will rebuild the bridge,” Mayor Lena Holm said on Wednesday.');
  assert.equal(q.date, '2024-06-12');
  assert.equal(q.dateSource, 'text');
});

test('a date inside the quoted content does not date the quote', () => {
  const [q] = quotes('Mayor Lena Holm said the bridge would reopen on July 2.');
  assert.ok(q, 'an indirect quote is found');
  assert.equal(q.date, '2024-06-14');
  assert.equal(q.dateSource, 'publication');
});

test('a date modifying a noun ("the May 3 flood") does not date the quote', () => {
  const [q] = quotes('Speaking about the May 3 flood, Holm said “we were not ready”.');
  assert.ok(q);
  assert.equal(q.dateSource, 'publication');
});
