import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/pipeline.js';

function values(text: string): string[] {
  return analyze({ id: 't', date: '2019-08-14', text, meta: {} }).times.map((t) => `${t.span.text}=${t.value}`);
}

test('time.season.of-noun: "the fall of Mosul" is a collapse, not autumn', () => {
  assert.deepEqual(values('After the fall of Mosul, the rebels fled.'), []);
  assert.deepEqual(values('The rising began in the spring of discontent.'), []);
});

test('time.season.year: "the spring of 2011" is still a season', () => {
  assert.deepEqual(values('Protests began in the spring of 2011.'), ['the spring of 2011=2011-SP']);
});
