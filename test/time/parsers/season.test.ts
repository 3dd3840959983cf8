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
