import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleEvents as events, withTrigger } from './rule-events.js';

test('mutual:paired: coordinated subjects act on each other only where the text pairs them', () => {
  // Both back a third party the pronoun names: no event between them.
  assert.ok(!events('Chile and Bolivia have backed them since 2010.').some((e) => /CHL->BOL|BOL->CHL/.test(e)));
  // The parties of a deal named after "between" are not who pays whom.
  const pay = withTrigger(events('Under a deal between Chile and Bolivia, Bolivia would pay for the road.'), 'pay');
  assert.ok(!pay.some((e) => /CHL->BOL|BOL->CHL/.test(e)));
  // Signing together still pairs them.
  assert.ok(events('Chile and Bolivia signed an agreement.').some((e) => e.startsWith('signed 057 CHL->BOL')));
});
