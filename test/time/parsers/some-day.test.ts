import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/pipeline.js';
import { someDay } from '../../../src/time/parsers/some-day.js';
import { SETTLED } from '../../../src/time/types.js';
import { contextAt } from '../parse-at.js';

function times(text: string) {
  return analyze({ id: 't', date: '2025-05-09', text, meta: {} }).times.map((t) => [t.span.text, t.type, t.value]);
}

test('time.some-day: "one day" meaning "some day" is no time expression', () => {
  const { c, i } = contextAt('One day the city will recover.', 'One');
  assert.equal(someDay.parse(c, i, c.lower(i)), SETTLED);
  assert.deepEqual(times('She hopes one day to return to Kabul.'), []);
});

test('time.some-day: a counted or placed "one day" is still the duration', () => {
  const { c, i } = contextAt('The strike lasted for one day.', 'one');
  assert.equal(someDay.parse(c, i, c.lower(i)), null);
  assert.deepEqual(times('The strike lasted for one day.'), [['one day', 'DURATION', 'P1D']]);
  assert.ok(times('The vote came one day later.').some(([text]) => String(text).startsWith('one day')));
});

test('time.some-day: "a one day strike" measures the strike', () => {
  assert.deepEqual(times('The union called a co-ordinated one day strike.'), [['one day', 'DURATION', 'P1D']]);
});
