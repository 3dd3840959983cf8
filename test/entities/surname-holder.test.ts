/** actor.surname-holder: "Mr Brown" alone is the main country's one office-holder of that surname on the date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function actorOf(text: string, name: string, date: string) {
  const a = analyze({ id: 't', date, text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e.actor;
}

const BRITISH = 'Mr Brown said the budget was fair. Labour and the Tories argued over it. Britain will vote soon.';

test('"Mr Brown" in an article about Britain in 2005 is the chancellor of the dictionaries', () => {
  const actor = actorOf(BRITISH, 'Mr Brown', '2005-03-01');
  assert.equal(actor?.code, 'GBRGOV');
  assert.equal(actor?.source, 'dictionary');
});

test('no code where no holder of that surname is of the main country on the date', () => {
  assert.equal(actorOf(BRITISH, 'Mr Brown', '1990-03-01'), null);
});

test('no code without a main country, nor without an honorific', () => {
  assert.equal(actorOf('Mr Brown said the budget was fair.', 'Mr Brown', '2005-03-01'), null);
  const bare = 'Brown said the budget was fair. Labour and the Tories argued over it. Britain will vote soon.';
  const a = analyze({ id: 't', date: '2005-03-01', text: bare });
  assert.equal(a.entities.find((x) => x.name === 'Brown')?.actor ?? null, null);
});
