import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clockDigits, clockHour, clockWord } from '../../../src/time/parsers/clock.js';
import { parseAt } from '../parse-at.js';

test('time.clock: digits after a cue, an hour with a.m./p.m. and a zone, the day after it', () => {
  assert.deepEqual(parseAt(clockDigits, 'The vote starts at 10:30 today.', '10:30'), {
    text: '10:30 today',
    type: 'TIME',
    value: '2025-05-09T10:30',
    rule: 'time.clock',
  });
  assert.equal(parseAt(clockDigits, 'The score was 10:30 at half time.', '10:30'), 'settled');
  assert.deepEqual(parseAt(clockHour, 'Polls close at 2 p.m. EDT.', '2'), {
    text: '2 p.m. EDT',
    type: 'TIME',
    value: '2025-05-09T14:00-04',
    rule: 'time.clock',
  });
  assert.deepEqual(parseAt(clockHour, 'He landed at 10 p.m. Wednesday.', '10'), {
    text: '10 p.m. Wednesday',
    type: 'TIME',
    value: '2025-05-07T22:00',
    rule: 'time.clock',
  });
  assert.equal(parseAt(clockHour, 'He bought 10 apples.', '10'), null);
});

test('time.clock: noon, midnight, midday', () => {
  assert.deepEqual(parseAt(clockWord, 'They met at noon yesterday.', 'noon'), {
    text: 'noon yesterday',
    type: 'TIME',
    value: '2025-05-08T12:00',
    rule: 'time.clock',
  });
  assert.deepEqual(parseAt(clockWord, 'The deadline is midnight.', 'midnight'), {
    text: 'midnight',
    type: 'TIME',
    value: '2025-05-09T24:00',
    rule: 'time.clock',
  });
});
