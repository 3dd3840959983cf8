/** An occupation noun before a name or in its apposition is the person's role (roles.ts asTitle, isProfession). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function codeOf(text: string, name: string) {
  const a = analyze({ id: 't', date: '2018-04-13', text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e.actor?.code ?? null;
}

test('"X, a journalist," is MED; "X, a British doctor," is GBRHLH', () => {
  assert.equal(codeOf('Darius Mellor, a journalist, died.', 'Darius Mellor'), 'MED');
  assert.equal(codeOf('Ann Vale, a British doctor, was held.', 'Ann Vale'), 'GBRHLH');
});

test('a plural agent noun is no role of the name after it', () => {
  assert.equal(codeOf('Journalists John Doe and Jane Roe spoke.', 'Jane Roe'), null);
});

test('an occupation without a country takes no country from the article', () => {
  assert.equal(codeOf('Syria and Syria. Damascus. The journalist Lev Orne said so.', 'Lev Orne'), 'MED');
});

test('an armed group the text ties the person to wins over an occupation', () => {
  assert.equal(codeOf('Ann Vale, a journalist, was held. She joined Isis later.', 'Ann Vale'), 'IMGMUSISI');
});

test('an institution or a state of the agent lexicon is no occupation ("the opposition", "detainee")', () => {
  assert.equal(codeOf('Syria and Syria. He met the opposition Lev Orne said.', 'Lev Orne'), null);
  assert.equal(codeOf('The detainee Lev Orne was freed.', 'Lev Orne'), null);
});

test('role.copula: "X is a British doctor", "X, who died, was a journalist"; "was the minister" is past', () => {
  assert.equal(codeOf('Lena Vos is a British doctor.', 'Lena Vos'), 'GBRHLH');
  assert.equal(
    codeOf('My neighbour Darius Mellor, who has died aged 47, was a painter, journalist and teacher.', 'Darius Mellor'),
    'MED',
  );
  assert.equal(codeOf('Lena Vos is a friend of the minister.', 'Lena Vos'), null);
  assert.equal(codeOf('Lena Vos was the British health minister until 2010.', 'Lena Vos'), 'GBRELI');
});

test('role.copula: "X is the pseudonym of a young Syrian reporter" is the journalist\'s code; "the son of" is not', () => {
  const a = analyze({ id: 't', date: '2017-10-19', text: 'Sami Tareq is the pseudonym of a young Syrian journalist.' });
  assert.equal(a.entities.find((e) => e.name === 'Sami Tareq')?.actor?.code, 'SYRMED');
  const b = analyze({ id: 't', date: '2017-10-19', text: 'Sami Tareq is the son of a young Syrian journalist.' });
  assert.equal(b.entities.find((e) => e.name === 'Sami Tareq')?.actor, null);
});
