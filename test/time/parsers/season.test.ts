import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeSeason, season, theSeason } from '../../../src/time/parsers/season.js';
import { parseAt } from '../parse-at.js';

test('time.season: after a cue, with a year, relative; "fall" the verb settles the token', () => {
  assert.deepEqual(parseAt(season, 'Talks resume in summer 2026.', 'summer'), {
    text: 'summer 2026',
    type: 'DATE',
    value: '2026-SU',
    rule: 'time.season.year',
  });
  assert.deepEqual(parseAt(theSeason, 'It rained in the spring of 1998.', 'the'), {
    text: 'the spring of 1998',
    type: 'DATE',
    value: '1998-SP',
    rule: 'time.season.year',
  });
  assert.deepEqual(parseAt(relativeSeason, 'Crops failed last winter.', 'last'), {
    text: 'last winter',
    type: 'DATE',
    value: '2025-WI',
    rule: 'time.season.last',
  });
  assert.equal(parseAt(season, 'Prices fall sharply.', 'fall'), 'settled');
});

test('time.season.this: in December "this autumn" is the autumn just gone; "this winter" the one under way', () => {
  const dec = '2024-12-14';
  assert.equal(
    (parseAt(relativeSeason, 'Turnout in the vote this autumn was low.', 'this', dec) as { value: string }).value,
    '2024-FA',
  );
  assert.equal(
    (parseAt(relativeSeason, 'The ferry stopped this summer.', 'this', dec) as { value: string }).value,
    '2024-SU',
  );
  assert.equal(
    (parseAt(relativeSeason, 'Snow is heavy this winter.', 'this', dec) as { value: string }).value,
    '2025-WI',
  );
  assert.equal(
    (parseAt(relativeSeason, 'The roof was fixed last winter.', 'last', dec) as { value: string }).value,
    '2024-WI',
  );
  // In January a coming season of the same year.
  assert.equal(
    (parseAt(relativeSeason, 'The bridge opens this autumn.', 'this', '2025-01-10') as { value: string }).value,
    '2025-FA',
  );
});
