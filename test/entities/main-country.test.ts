/** A title without a country takes the article's main country unless the dictionary says otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';

function codeOf(text: string, name: string) {
  const a = analyze({ id: 't', date: '2018-06-29', text });
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}: ${a.entities.map((x) => x.name).join(', ')}`);
  return e.actor?.code ?? null;
}

test('"prime minister X" in an article about one country is that country\'s', () => {
  assert.equal(
    codeOf(
      'The choir sang in Ottawa for prime minister Lena Fort. Canada welcomed them. Canadian fans cheered.',
      'Lena Fort',
    ),
    'CANGOV',
  );
});

test('no main country when two countries are mentioned as often', () => {
  assert.equal(codeOf('Prime minister Lena Fort spoke. Canada and Mexico agreed.', 'Lena Fort'), null);
});

test("the dictionary's country wins over the article's", () => {
  assert.equal(
    codeOf('President Bashar al-Assad spoke. Britain and the UK and France were there.', 'Bashar al-Assad'),
    'SYRGOV',
  );
});

test('no main country for a bare surname or an office held abroad', () => {
  const text = 'Syria and Syria and Damascus. President Korl spoke. The ambassador Ena Vikt spoke.';
  assert.equal(codeOf(text, 'Korl'), null);
  assert.equal(codeOf(text, 'Ena Vikt'), null);
});

test('a country after the name is the title\'s: "Foreign Minister X of Portugal"', () => {
  assert.equal(
    codeOf('Foreign Minister Maria Lopes of Portugal met Spain. Spain and Madrid agreed.', 'Maria Lopes'),
    'PRTGOV',
  );
});

test('a code with the article\'s country says so (source "article"); a title\'s own country is "title"', () => {
  const a = analyze({
    id: 't',
    date: '2018-06-29',
    text: 'The choir sang in Ottawa for prime minister Lena Fort. Canada welcomed them. US President Jo Pell came.',
  });
  assert.equal(a.entities.find((e) => e.name === 'Lena Fort')?.actor?.source, 'article');
  assert.equal(a.entities.find((e) => e.name === 'Jo Pell')?.actor?.source, 'title');
});

test('a title after a possessive determiner takes the possessor\'s country ("his defence minister, X")', () => {
  assert.equal(
    codeOf(
      'The Russian president’s move, announced by his defence minister, Sergo Shal, was a surprise.',
      'Sergo Shal',
    ),
    'RUSGOV',
  );
});

test("role.article-head-held: a second head of state in an article is not the main country's", () => {
  const text =
    'Syria and Damascus and Syria. President Bashar al-Assad spoke in Damascus. President Karl Venn criticised Iran.';
  assert.equal(codeOf(text, 'Bashar al-Assad'), 'SYRGOV');
  assert.notEqual(codeOf(text, 'Karl Venn'), 'SYRGOV');
  // A minister is not a head office: the guess stays.
  assert.equal(
    codeOf(
      'Syria and Damascus and Syria. President Bashar al-Assad spoke. Foreign Minister Karl Venn came.',
      'Karl Venn',
    ),
    'SYRGOV',
  );
});

test('parties named alone tell the country of an article that names none: "courts minister X" among Tories and Labour', () => {
  const text =
    'Courts minister Ned Lowe defended the plan. The Tories said it was rushed. Labour MPs backed it, and a Tory peer ' +
    'called it a muddle.';
  assert.equal(codeOf(text, 'Ned Lowe'), 'GBRGOV');
});

test('a party word inside a longer name is no party: "Syrian Democratic Forces"', () => {
  const text =
    'Prime minister Lena Fort spoke. The Syrian Democratic Forces and the Democratic Republic of Congo and the ' +
    'Democratic Federation of Northern Syria were named.';
  assert.equal(codeOf(text, 'Lena Fort'), null);
});

test('"Charity boss X" in an article about one country is that country\'s NGO', () => {
  const text = 'Charity boss Ruth Mills said older voters would decide. Labour and the Tories agreed. Britain voted.';
  assert.equal(codeOf(text, 'Ruth Mills'), 'GBRNGO');
});

test('role.sentence-country: the one country a sentence names before a title without a country', () => {
  const about = 'Syria is at war. Syria was bombed again. Syria and Iraq met. ';
  assert.equal(
    codeOf(
      `${about}On Friday, France changed its position, with the defence minister, Ines Varo, saying so.`,
      'Ines Varo',
    ),
    'FRAGOV',
  );
  assert.equal(
    codeOf(`${about}Across the Iraqi border, Omar Taha, the deputy commander of a division, was puzzled.`, 'Omar Taha'),
    'IRQMIL',
  );
  // A country after a word of relation is the other party's; the article's country stays.
  assert.equal(
    codeOf(`${about}After talks with France, the foreign minister, Bassel Orfan, said so.`, 'Bassel Orfan'),
    'SYRGOV',
  );
});

test('role.legislature-country: "X, the MP for Grantham," takes the country of the one legislature the article names', () => {
  const text =
    'Owen Pryce, the MP for Grantham, was attacked in a park in Kenya. Kenya is hot. Nairobi and Kenya. ' +
    'He rejoined the House of Commons committee later.';
  assert.equal(codeOf(text, 'Owen Pryce'), 'GBRLEG');
});

test('role.sentence-country: not a country of another clause, nor for an occupation', () => {
  const about = 'Syria is at war. Syria was bombed again. Syria and Iraq met. ';
  const clause = `${about}US forces did not act, and opposition spokesman Bassel Orfan accused them.`;
  assert.equal(codeOf(clause, 'Bassel Orfan'), 'SYROPP');
  assert.equal(
    codeOf(`${about}Across the Iraqi border with the lawyer Clive Amberley, they fled.`, 'Clive Amberley'),
    'JUD',
  );
});

test('"Commons leader X" is a British cabinet office, though "the Commons" alone is the legislature', () => {
  assert.equal(
    codeOf('Greens asked Commons leader Owen Pryce to explain the delay.', 'Owen Pryce'),
    'GBRGOV',
  );
});
