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
  writeFileSync(
    path,
    JSON.stringify([
      {
        id: 'a',
        date: '2001-01-01',
        event: 'CONSULT',
        text: 'Spain met Portugal on Monday.',
        source: [{ actorText: 'Spain', code: 'ESP' }],
        target: [{ actorText: 'Portugal', code: 'PRT' }],
      },
      {
        id: 'b',
        date: '2001-01-01',
        event: 'REJECT',
        text: 'Spain met Portugal on Monday.',
        source: [{ actorText: 'Spain', code: 'ESP' }],
        target: null,
      },
    ]),
  );
  const r = await evaluate(path, {});
  const m = r.metrics as Record<string, { tp: number; fp: number; fn: number }>;
  assert.equal(r.docs, 2);
  assert.deepEqual([m.event_type.tp, m.event_type.fp, m.event_type.fn], [1, 1, 1]);
  assert.equal(m.full.tp, 1);
  assert.equal(m.source.tp, 2);
});

test('PETRARCH XML reader and scorer', async () => {
  const path = join(dir, 'v.xml');
  writeFileSync(
    path,
    `<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile></Environment>
<Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor snubbed Gondor.</Text>
</Sentence>
</Sentences></Validation>`,
  );
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

test('PETRARCH dated actor codes: the loader keeps them, the events stage picks by the article date', async () => {
  const { codeOnDay } = await import('../../src/events/dated-actors.js');
  const codes = [
    { code: 'HOB', to: '1995-06-01' },
    { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
    { code: 'HOBREB', from: '1999-08-16' },
    { code: 'HOBX' },
  ];
  assert.equal(codeOnDay(codes, '1994-01-01'), 'HOB');
  assert.equal(codeOnDay(codes, '1997-01-01'), 'HOBGOV');
  assert.equal(codeOnDay(codes, '2005-01-01'), 'HOBREB');
  assert.equal(codeOnDay([{ code: 'ARN' }], '2005-01-01'), 'ARN');
  assert.equal(codeOnDay([{ code: '---', from: '2001-01-01' }, { code: 'ARN' }], '2005-01-01'), null);
  // End to end: "Hobbiton" is the government until 1999, the rebels after.
  writeFileSync(join(dir, 'dated.txt'), 'HOBBIT_CHIEF [HOBGOV 950601-990815]\n\t[HOBREB >990816]\nGONDOR [GON]\n');
  const { loadDictionaryFile } = await import('../../src/dictionaries/index.js');
  const actors = loadDictionaryFile(join(dir, 'dated.txt'), { kind: 'actors' }).actors;
  const chief = actors.find((a) => a.names[0].toLowerCase().startsWith('hobbit'));
  assert.ok(chief?.codes && chief.codes.length === 2);
  const { analyze } = await import('../../src/pipeline.js');
  const on = (date: string) =>
    analyze(
      { id: 'x', date, text: 'The Hobbit Chief attacked Gondor on Monday.', meta: {} },
      { dictionaries: { actors } },
    ).events.map((e) => e.source?.code);
  assert.ok(on('1997-03-01').includes('HOBGOV'), String(on('1997-03-01')));
  assert.ok(on('2003-03-01').includes('HOBREB'), String(on('2003-03-01')));
});

test('ConfliBERT class TSV: --split scores the held-out or the train part, --model-file a model trained apart', async () => {
  const { isHeldOut } = await import('../../src/events/split.js');
  const { encodeEventsModel } = await import('../../src/events/classifier.js');
  const sentences = Array.from({ length: 40 }, (_, i) => `Gondor troops attacked ${i} villages in Rohan.\t4`);
  const path = join(dir, 'q.tsv');
  writeFileSync(path, sentences.join('\n') + '\n');
  const held = sentences.filter((l) => isHeldOut(l.split('\t')[0])).length;
  assert.ok(held > 0 && held < 40);
  const all = await evaluate(path, {});
  const heldout = await evaluate(path, { split: 'heldout' });
  const train = await evaluate(path, { split: 'train' });
  assert.deepEqual([all.docs, heldout.docs, train.docs], [40, held, 40 - held]);
  await assert.rejects(evaluate(path, { split: 'dev' }), /--split is heldout or train/);
  // A model that reads every sentence as class 2 and never overrules the rules' events.
  const two = { classes: 5, weights: new Map([['bias', Float64Array.from([0, 0, 9, 0, 0])]]) };
  const modelFile = join(dir, 'm.json');
  writeFileSync(modelFile, encodeEventsModel({ sentence: two, noEvent: Infinity, contradict: Infinity }));
  const r = await evaluate(path, { split: 'heldout', modelFile });
  assert.equal(r.docs, held);
  assert.deepEqual(r.metrics.quad_class, { accuracy: 0, n: held });
  assert.equal((all.metrics.quad_class as { accuracy: number }).accuracy, 1);
  assert.equal(r.notes!.model, modelFile);
});
