/** A title "for/of" an organization the lexicon lacks takes its sector and country from the name (organizations.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function codeOf(text: string, name: string) {
  const a = analyze({ id: 't', date: '2005-04-13', text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e.actor?.code ?? null;
}

test('"a spokesman for the Muslim Association of Britain" is GBRNGO', () => {
  assert.equal(
    codeOf('Dr Omar Tallis, a spokesman for the Muslim Association of Britain, said it was wrong.', 'Omar Tallis'),
    'GBRNGO',
  );
});

test('"chairman of the Refugee Council": the organization\'s sector, not a company chairman\'s', () => {
  assert.equal(codeOf('Sam Kerr, chairman of the Refugee Council, said so.', 'Sam Kerr'), 'NGO');
});

test('a listed group still gives its own code', () => {
  assert.equal(codeOf('Ann Vale, a spokeswoman for the Taliban, said so.', 'Ann Vale'), 'AFGREB');
});
