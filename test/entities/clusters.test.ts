/** Word clusters: the packed form round-trips, the older object form is still read, bad data is named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clustersFromData, clustersToData } from '../../src/entities/tagger/clusters.js';

test('packed clusters round-trip, sorted by word, ids of any size', () => {
  const clusters = new Map<string, number>([
    ['zebra', 3],
    ['apple', 0],
    ["o'neill", 1_048_575],
    ['über', 130],
  ]);
  const packed = clustersToData(clusters);
  assert.equal(packed.words, ['apple', "o'neill", 'zebra', 'über'].join('\n'));
  assert.deepEqual([...clustersFromData(packed).toMap()].sort(), [...clusters].sort());
  for (const [w, id] of clusters) assert.equal(clustersFromData(packed).get(w), id);
  for (const w of ['', 'aardvark', 'apples', 'zz', 'Zebra'])
    assert.equal(clustersFromData(packed).get(w), undefined, w);
  assert.equal(clustersFromData(clustersToData(new Map())).get('a'), undefined);
});

test('the older form, one key per word, reads to the same map', () => {
  assert.deepEqual(
    clustersFromData({ zebra: 3, apple: 0 }).toMap(),
    new Map([
      ['apple', 0],
      ['zebra', 3],
    ]),
  );
});

test('words and ids that do not pair up are reported, not silently dropped', () => {
  const packed = clustersToData(
    new Map([
      ['a', 1],
      ['b', 2],
    ]),
  );
  assert.throws(() => clustersFromData({ words: 'a\nb\nc', ids: packed.ids }), /3 words but 2 ids/);
  assert.throws(() => clustersFromData({ words: 'a', ids: packed.ids }), /1 words but 2 ids/);
  assert.throws(() => clustersFromData({ words: 'b\na', ids: packed.ids }), /not in sorted order/);
  assert.throws(() => clustersToData(new Map([['a\nb', 1]])), /newline/);
  assert.throws(() => clustersToData(new Map([['a', -1]])), /whole number/);
});
