import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predict, trainPerceptron, type Example } from '../../src/events/perceptron.js';
import {
  confliClass,
  decodeEventsModel,
  encodeEventsModel,
  keeps,
  recordClass,
  shippedEventsModel,
} from '../../src/events/classifier.js';
import { candidateFeatures } from '../../src/events/features.js';
import { analyze, runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

test('the perceptron learns a separable three-class problem and is repeatable from its seed', () => {
  const ex: Example[] = [];
  for (let i = 0; i < 30; i++) ex.push({ features: ['bias', `a${i % 3}`, 'x'], label: 0 });
  for (let i = 0; i < 30; i++) ex.push({ features: ['bias', `b${i % 3}`, 'x'], label: 1 });
  for (let i = 0; i < 30; i++) ex.push({ features: ['bias', 'c', `b${i % 3}`], label: 2 });
  const m = trainPerceptron(ex, 3, 5, 7);
  assert.equal(predict(m, ['bias', 'a1', 'x']), 0);
  assert.equal(predict(m, ['bias', 'b2', 'x']), 1);
  assert.equal(predict(m, ['bias', 'c', 'b0']), 2);
  const again = trainPerceptron(ex, 3, 5, 7);
  assert.deepEqual([...again.weights.get('c')!], [...m.weights.get('c')!]);
});

test('a candidate stays when its class scores within the margin of the best', () => {
  const s = Float64Array.from([0, 5, 1, 0, 0]);
  assert.equal(keeps(s, 1, 0), true);
  assert.equal(keeps(s, 2, 3), false);
  assert.equal(keeps(s, 2, 4), true);
  assert.equal(keeps(s, 2, Infinity), true);
});

test('ConfliBERT classes of CAMEO roots', () => {
  assert.deepEqual(
    ['01', '02', '03', '05', '06', '08', '09', '13', '14', '20', null].map(confliClass),
    [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0],
  );
});

test('the stored model round-trips, an unbounded margin included', () => {
  const m = trainPerceptron(
    [
      { features: ['p'], label: 3 },
      { features: ['q'], label: 1 },
    ],
    5,
    2,
    1,
  );
  const back = decodeEventsModel(encodeEventsModel({ sentence: m, margin: Infinity }));
  assert.equal(back.margin, Infinity);
  assert.equal(predict(back.sentence, ['p']), 3);
  assert.equal(predict(back.sentence, ['q']), 1);
  assert.equal(decodeEventsModel(encodeEventsModel({ sentence: m, margin: 2.5 })).margin, 2.5);
});

test('candidate features name the code, the trigger, the actors and the words around the trigger', () => {
  const doc = runPipeline(
    { id: 't', date: '2024-03-01', text: 'Gondor police arrested twelve protesters in the square.', meta: {} },
    { until: 'quotes' },
  );
  runEventsWith(doc, {}, { candidatesOnly: true });
  const e = doc.events.find((x) => x.evidence.trigger.text === 'arrested');
  assert.ok(e, 'the rules propose "arrested"');
  const f = candidateFeatures(doc, e, { words: [], tokens: [] });
  assert.ok(f.includes(`c.code=${e.cameo}`) && f.includes('c.trig=arrested') && f.includes(`c.mod=${e.modality}`));
});

test('a model that says "no event" for every candidate leaves none, and the Analysis says why', async () => {
  const text = 'The Russian army shelled the Ukrainian city of Kherson on Monday.';
  const withRules = await analyze({ id: 'a', date: '2024-03-01', text, meta: {} });
  assert.ok(withRules.events.length > 0 || withRules.discards.length > 0);
  const never = { classes: 5, weights: new Map([['bias', Float64Array.from([100, 0, 0, 0, 0])]]) };
  const doc = runPipeline({ id: 'a', date: '2024-03-01', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: { sentence: never, margin: 1 } });
  assert.equal(doc.events.length, 0);
  assert.ok(doc.discards.some((d) => d.reason === 'classifier-no-event' && d.rule === 'classifier:events-model'));
  assert.equal(recordClass({ sentence: never, margin: 1 }, doc, []), 0);
});

test('the shipped model reads a violent sentence as material conflict and a meeting as not', () => {
  const model = shippedEventsModel();
  assert.ok(model, 'data/events-model.json.gz is shipped');
  const cls = (text: string): number => {
    const doc = runPipeline({ id: 'r', date: '2024-03-01', text, meta: {} }, { until: 'quotes' });
    runEventsWith(doc, {}, { candidatesOnly: true });
    return recordClass(model, doc, doc.events);
  };
  assert.equal(cls('Gunmen killed four soldiers in an ambush near the border town on Tuesday.'), 4);
  assert.notEqual(cls('The foreign ministers of both countries met in Geneva to discuss trade.'), 4);
});
