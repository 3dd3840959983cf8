import { test } from 'node:test';
import assert from 'node:assert/strict';
import { durationAdjective } from '../../../src/time/parsers/duration-adjective.js';
import { parseAt } from '../parse-at.js';

test('time.duration.adj: counted, long and old; an age in years is none', () => {
  const d = (text: string, value: string) => ({ text, type: 'DURATION', value, rule: 'time.duration.adj' });
  assert.deepEqual(parseAt(durationAdjective, 'A two-year plan.', 'two-year'), d('two-year', 'P2Y'));
  assert.deepEqual(
    parseAt(durationAdjective, 'A twenty-four-hour strike.', 'twenty-four-hour'),
    d('twenty-four-hour', 'PT24H'),
  );
  assert.deepEqual(parseAt(durationAdjective, 'A decades-long feud.', 'decades-long'), d('decades-long', 'PXDE'));
  assert.deepEqual(parseAt(durationAdjective, 'An 8-month-old baby.', '8-month-old'), d('8-month-old', 'P8M'));
  assert.equal(parseAt(durationAdjective, 'A 6-year-old boy.', '6-year-old'), null);
});
