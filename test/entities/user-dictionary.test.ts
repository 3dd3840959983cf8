import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { parseDictionaryText } from '../../src/dictionaries/index.js';

const ACTORS = 'ZORBA_ISLAND [ZRB]\nHANNA_KOLT [ZRBGOV]\n';
const TEXT = 'Hanna Kolt said Zorba Island would talk to its neighbours.';

test('a PETRARCH actors dictionary gives codes to the names it lists', () => {
  const dictionaries = parseDictionaryText(ACTORS, 'mine.actors', 'actors');
  const a = analyze({ id: 'u', date: '2025-01-02', text: TEXT, meta: {} }, { dictionaries });
  const kolt = a.entities.find((e) => e.name === 'Hanna Kolt');
  const island = a.entities.find((e) => e.name === 'Zorba Island');
  assert.equal(kolt?.type, 'PERSON');
  assert.equal(kolt?.actor?.code, 'ZRBGOV');
  assert.equal(island?.type, 'GPE');
  assert.equal(island?.actor?.code, 'ZRB');
  // Without the dictionary nothing knows these names' codes.
  const plain = analyze({ id: 'u', date: '2025-01-02', text: TEXT, meta: {} });
  assert.ok(!plain.entities.some((e) => e.actor?.code === 'ZRBGOV'));
});
