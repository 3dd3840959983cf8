import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deicticDay, relativeDayPart } from '../../../src/time/parsers/deictic.js';
import { parseAt } from '../parse-at.js';

test('days from the DCT: yesterday, tomorrow morning, tonight, last night', () => {
  assert.deepEqual(parseAt(deicticDay, 'He left yesterday.', 'yesterday'), {
    text: 'yesterday',
    type: 'DATE',
    value: '2025-05-08',
    rule: 'time.deictic',
  });
  assert.deepEqual(parseAt(deicticDay, 'He leaves tomorrow morning.', 'tomorrow'), {
    text: 'tomorrow morning',
    type: 'TIME',
    value: '2025-05-10TMO',
    rule: 'time.deictic.daypart',
  });
  assert.deepEqual(parseAt(deicticDay, 'He leaves tonight.', 'tonight'), {
    text: 'tonight',
    type: 'TIME',
    value: '2025-05-09TNI',
    rule: 'time.deictic',
  });
  assert.deepEqual(parseAt(relativeDayPart, 'Shots rang out last night.', 'last'), {
    text: 'last night',
    type: 'TIME',
    value: '2025-05-08TNI',
    rule: 'time.daypart.rel',
  });
  assert.equal(parseAt(relativeDayPart, 'Shots rang out last week.', 'last'), null);
});
