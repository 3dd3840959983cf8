import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function value(text: string, date: string): string | undefined {
  return analyze({ id: 't', date, text, meta: {} }).times[0]?.value;
}

test('a fronted "In January," takes the tense of a main clause far to its right', () => {
  const text =
    'In January, then-secretary of defence Jim Mattis, a retired general of the marine corps with decades of ' +
    'service, announced that he would stay.';
  assert.equal(value(text, '2019-08-14'), '2019-01');
  // The same month told in the future goes forward.
  assert.equal(
    value('In January, the new secretary of defence and his many deputies will travel.', '2019-08-14'),
    '2020-01',
  );
});

test('over the weekend in a past report is the weekend just gone', () => {
  assert.equal(value('Protesters clashed with police over the weekend.', '2019-08-19'), '2019-W33-WE');
  assert.equal(value('Protesters will march over the weekend.', '2019-08-19'), '2019-W34-WE');
});
