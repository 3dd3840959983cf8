/** Transliterated spellings the exact gazetteer key misses, and places of the article's country it lacks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGazetteer, transliterationVariants } from '../../src/places/gazetteer.js';
import { analyze } from '../../src/pipeline.js';

const SMALL = [
  'C\tSY\tSYR\tSY\tSyria\t35.00\t38.00',
  'A\tSY\t13\tDimashq\t33.50\t36.40',
  'P\tkarmat\tKarmāt\tSY\t13\t33.57\t36.40\t110000\tPPL',
  'P\t\tAl Wadi Qara\tSY\t13\t33.90\t36.60\t40000\tPPL',
  'P\t\tTallah\tSY\t13\t33.80\t36.50\t30000\tPPL',
  'P\tkufr\tKūfr\tSY\t13\t33.70\t36.30\t20000\tPPL',
].join('\n');

test('"ou" for "u", the Arabic article and a final "h" are other spellings of one name', () => {
  const g = parseGazetteer(SMALL);
  assert.equal(g.lookup('Koufr')[0]?.name, 'Kūfr');
  assert.equal(g.lookup('Kafr').length, 0, 'another vowel is another name');
  assert.equal(g.lookup('Wadi Qara')[0]?.name, 'Al Wadi Qara', 'the article GeoNames keeps');
  assert.equal(g.lookup('al-Wadi Qara')[0]?.name, 'Al Wadi Qara');
  assert.equal(g.lookup('Talla')[0]?.name, 'Tallah', 'a final h added');
  assert.ok(transliterationVariants('douma').includes('duma'));
  assert.ok(transliterationVariants('deir al zour').includes('deir zur'));
  assert.ok(transliterationVariants('raqqah').includes('raqqa'));
});

test('a place name with no place in the countries a British article names is a British place', () => {
  const a = analyze({
    id: 't',
    date: '2018-04-13',
    text: 'Britain will vote. Theresa May returned to Westminster on Monday. British officials agreed. The UK spoke.',
  });
  const w = a.entities.find((e) => e.name === 'Westminster');
  assert.equal(w?.geo?.country, 'GBR', JSON.stringify(w?.geo));
  assert.equal(w?.geo?.rule, 'places.article-country');
});

test('a place in a country the article names keeps its own country', () => {
  const a = analyze({
    id: 't',
    date: '2018-04-13',
    text: 'Britain will vote. Police in Westminster, Colorado, arrested a man. The UK and Britain and the US spoke.',
  });
  const w = a.entities.find((e) => e.name === 'Westminster');
  assert.equal(w?.geo?.country, 'USA', JSON.stringify(w?.geo));
});
