import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, gazetteerFromData, gazetteerToData } from '../../src/entities/tagger/gazetteer.js';

function sample(): Gazetteer {
  const g = new Gazetteer();
  g.add(['new', 'york'], 2, 3);
  g.add(['new', 'york', 'times'], 1);
  g.add(['york'], 2);
  g.add(['new', 'zealand'], 2, 2);
  g.add(['new', 'york'], 1);
  g.add(['u.s.', 'steel'], 1, 4);
  return g;
}

const phrases = (g: Gazetteer): string[] =>
  g
    .entries()
    .map((e) => `${e.tokens.join(' ')}:${Array.from(e.counts).join(',')}`)
    .sort();

test('packed gazetteers keep every phrase, its counts and the matching', () => {
  const g = sample();
  const back = gazetteerFromData(gazetteerToData(g));
  assert.deepEqual(phrases(back), phrases(g));
  assert.equal(back.size, g.size);
  assert.equal(back.maxLen, 3);
  const lower = ['the', 'new', 'york', 'times', 'and', 'new', 'zealand', 'u.s.', 'steel'];
  const cap = Uint8Array.from([1, 1, 1, 1, 0, 1, 1, 1, 1]);
  const a = new Uint8Array(lower.length);
  const b = new Uint8Array(lower.length);
  g.mark(lower, cap, a);
  back.mark(lower, cap, b);
  assert.deepEqual(Array.from(b), Array.from(a));
  assert.ok(a[7] !== 0, 'u.s. steel is marked');
});

test('the older phrase-list form still loads', () => {
  const g = gazetteerFromData({
    phrases: [
      ['new york', 2, 3],
      ['new york', 1, 1],
      ['york', 2, 1],
    ],
  });
  assert.deepEqual(phrases(g), ['new york:0,1,3,0', 'york:0,0,1,0']);
});

test('first and last words of phrases', () => {
  const seen: string[] = [];
  sample().forEachPhrase((first, last, length) => seen.push(`${first}|${last}|${length}`));
  assert.ok(seen.includes('new|times|3'));
  assert.ok(seen.includes('york|york|1'));
  assert.equal(seen.length, 5);
});
