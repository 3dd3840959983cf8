/** src/quotes/README.md documents every attribution sieve the order lists run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SENTENCE_SIEVES } from '../../src/quotes/attribute.js';
import { REGION_SIEVES, SPEAKER_SIEVES } from '../../src/quotes/sieves.js';

const readme = readFileSync(new URL('../../src/quotes/README.md', import.meta.url), 'utf8');

test('every sieve id is unique and has a row in src/quotes/README.md', () => {
  const ids = [...SENTENCE_SIEVES, ...SPEAKER_SIEVES, ...REGION_SIEVES].map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids.join(', ')}`);
  for (const id of ids) assert.ok(readme.includes(`| \`${id}\` |`), `README.md has no row for ${id}`);
});
