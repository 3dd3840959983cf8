import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, legacyPloverType, confliClass } from '../../src/eval/events.js';
import { readPetrarchXml } from '../../src/eval/readers/petrarch.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-ev-'));

test('PLOVER records: type, source, target and full scores', async () => {
  const path = join(dir, 'p.json');
  writeFileSync(path, JSON.stringify([
    { id: 'a', date: '2001-01-01', event: 'CONSULT', text: 'Spain met Portugal on Monday.', source: [{ actorText: 'Spain', code: 'ESP' }], target: [{ actorText: 'Portugal', code: 'PRT' }] },
    { id: 'b', date: '2001-01-01', event: 'REJECT', text: 'Spain met Portugal on Monday.', source: [{ actorText: 'Spain', code: 'ESP' }], target: null },
  ]));
  const r = await evaluate(path, {});
  const m = r.metrics as Record<string, { tp: number; fp: number; fn: number }>;
  assert.equal(r.docs, 2);
  assert.deepEqual([m.event_type.tp, m.event_type.fp, m.event_type.fn], [1, 1, 1]);
  assert.equal(m.full.tp, 1);
  assert.equal(m.source.tp, 2);
});

test('PETRARCH XML reader and scorer', async () => {
  const path = join(dir, 'v.xml');
  writeFileSync(path, `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile></Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor snubbed Gondor.</Text>
</Sentence>
</Sentences></Validation>`);
  writeFileSync(join(dir, 'v.txt'), '--- SNUB [111] ---\nSNUB\n');
  writeFileSync(join(dir, 'a.txt'), 'ARNOR [ARN]\nGONDOR [GON]\n');
  writeFileSync(join(dir, 'g.txt'), 'OFFICIAL [~GOV]\n');
  const { records, environment } = readPetrarchXml(path);
  assert.equal(records[0].date, '1995-01-01');
  assert.deepEqual(environment.verbs, ['v.txt']);
  const r = await evaluate(path, { dict: dir });
  const m = r.metrics as Record<string, { tp: number; accuracy?: number }>;
  assert.equal(m.coding.tp, 1);
  assert.equal(m.root.tp, 1);
  assert.equal(m.records_exact.accuracy, 1);
});

test('type and class mappings', () => {
  assert.equal(legacyPloverType('0256'), 'DEMAND');
  assert.equal(legacyPloverType('193'), 'FIGHT');
  assert.equal(legacyPloverType('0841'), 'RETREAT');
  assert.equal(confliClass(null), 0);
  assert.equal(confliClass('14'), 4);
});

test('PETRARCH dated actor codes resolve to the sentence date', async () => {
  const { codeOnDate } = await import('../../src/eval/events.js');
  const codes = [
    { code: 'HOB', from: 0, to: 19950601 },
    { code: 'HOBGOV', from: 19950601, to: 19990815 },
    { code: 'HOBREB', from: 19990816, to: 0 },
    { code: 'HOBX', from: 0, to: 0 },
  ];
  assert.equal(codeOnDate(codes, 19940101), 'HOB');
  assert.equal(codeOnDate(codes, 19970101), 'HOBGOV');
  assert.equal(codeOnDate(codes, 20050101), 'HOBREB');
  assert.equal(codeOnDate([{ code: 'ARN', from: 0, to: 0 }], 20050101), 'ARN');
});
