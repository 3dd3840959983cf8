/** Word clusters: the packed form round-trips, the older object form is still read, bad data is named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clustersFromData, clustersToData } from '../../src/entities/tagger/clusters.js';

test('packed clusters round-trip, sorted by word, ids of any size', () => {
  const clusters = new Map<string, number>([['zebra', 3], ['apple', 0], ["o'neill", 1_048_575], ['über', 130]]);
  const packed = clustersToData(clusters);
  assert.equal(packed.words, ['apple', "o'neill", 'zebra', 'über'].join('\n'));
  assert.deepEqual([...clustersFromData(packed)].sort(), [...clusters].sort());
  assert.deepEqual(clustersFromData(clustersToData(new Map())), new Map());
});

test('the older form, one key per word, reads to the same map', () => {
  assert.deepEqual(clustersFromData({ apple: 0, zebra: 3 }), new Map([['apple', 0], ['zebra', 3]]));
});

test('words and ids that do not pair up are reported, not silently dropped', () => {
  const packed = clustersToData(new Map([['a', 1], ['b', 2]]));
  assert.throws(() => clustersFromData({ words: 'a\nb\nc', ids: packed.ids }), /3 words but only 2 ids/);
  assert.throws(() => clustersFromData({ words: 'a', ids: packed.ids }), /more ids than the 1 words/);
  assert.throws(() => clustersToData(new Map([['a\nb', 1]])), /newline/);
  assert.throws(() => clustersToData(new Map([['a', -1]])), /whole number/);
});
