import { test } from 'node:test';
import assert from 'node:assert/strict';
import { predict, scores, trainPerceptron, type Example } from '../../src/events/perceptron.js';
import {
  confliClass,
  decodeEventsModel,
  encodeEventsModel,
  keeps,
  recordClass,
  rejectedMain,
  sentenceFeatures,
  sentenceScores,
  shippedEventsModel,
} from '../../src/events/classifier.js';
import type { Event } from '../../src/model/schema.js';
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

test('a candidate stays when its class scores within the threshold of the best, one threshold per decision', () => {
  const s = Float64Array.from([0, 5, 1, 0, 0]);
  assert.equal(keeps(s, 1, { noEvent: 0, contradict: 0 }), true);
  assert.equal(keeps(s, 2, { noEvent: 0, contradict: 3 }), false);
  assert.equal(keeps(s, 2, { noEvent: 0, contradict: 4.5 }), true);
  assert.equal(keeps(s, 2, { noEvent: 0, contradict: Infinity }), true);
  // Class 0 best: the no-event threshold decides.
  const none = Float64Array.from([6, 0, 1, 0, 0]);
  assert.equal(keeps(none, 2, { noEvent: 4, contradict: Infinity }), false);
  assert.equal(keeps(none, 2, { noEvent: 8, contradict: 0 }), true);
});

/** A candidate as the coder emits it, reduced to what the decisions read. */
const cand = (root: string, source = true, modality = 'asserted'): Event =>
  ({ root, modality, source: source ? { code: 'RUS' } : null }) as unknown as Event;

test('the main candidate is dropped as no event, or for a next candidate of the class the model reads', () => {
  const t = { noEvent: 2, contradict: 2 };
  const meet = cand('04');
  const attack = cand('19');
  // The model reads material conflict (4): the meeting (1) goes, the attack becomes the sentence's act.
  const conflict = Float64Array.from([0, 0, 0, 0, 9]);
  assert.equal(rejectedMain(conflict, [meet, attack], t), meet);
  // No candidate of that class: the model names no code, so the meeting stays.
  assert.equal(rejectedMain(conflict, [meet, cand('11')], t), null);
  // The model reads no event: the main candidate goes whatever follows it.
  assert.equal(rejectedMain(Float64Array.from([9, 0, 0, 0, 0]), [meet], t), meet);
  // The main candidate is the first asserted one with a source; one the gates discard anyway is not judged.
  assert.equal(rejectedMain(conflict, [cand('04', false), meet, attack], t), meet);
  assert.equal(
    rejectedMain(conflict, [meet, attack], t, (e) => e === meet),
    null,
  );
  assert.equal(rejectedMain(conflict, [cand('04', true, 'future'), attack], t), null);
});

test('ConfliBERT classes of CAMEO roots', () => {
  assert.deepEqual(
    ['01', '02', '03', '05', '06', '08', '09', '13', '14', '20', null].map(confliClass),
    [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0],
  );
});

test('the stored model round-trips, unbounded thresholds included, and reads the one-margin layout', () => {
  const m = trainPerceptron(
    [
      { features: ['p'], label: 3 },
      { features: ['q'], label: 1 },
    ],
    5,
    2,
    1,
  );
  const back = decodeEventsModel(encodeEventsModel({ sentence: m, noEvent: Infinity, contradict: 3 }));
  assert.equal(back.noEvent, Infinity);
  assert.equal(back.contradict, 3);
  assert.equal(predict(back.sentence, ['p']), 3);
  assert.equal(predict(back.sentence, ['q']), 1);
  const old = decodeEventsModel(JSON.stringify({ classes: 5, margin: 2.5, sentence: { p: [0, 0, 0, 1, 0] } }));
  assert.deepEqual([old.noEvent, old.contradict], [2.5, 2.5]);
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
  const model = { sentence: never, noEvent: 1, contradict: 1 };
  runEventsWith(doc, {}, { model });
  assert.equal(doc.events.length, 0);
  assert.ok(doc.discards.some((d) => d.reason === 'classifier-no-event' && d.rule === 'classifier:events-model'));
  assert.equal(recordClass(model, doc, []), 0);
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

test("the stage's scores of a sentence are those of its feature strings", () => {
  const model = shippedEventsModel()!;
  const text =
    'On 12 March the army_unit of Gondor shelled 3 villages near the border, and Rohan condemned the attack.';
  const doc = runPipeline({ id: 's', date: '2024-03-01', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { candidatesOnly: true });
  assert.ok(doc.events.length > 0);
  // A word pair with an underscore, weighted, is found by its string.
  model.sentence.weights.set('b=army_unit_of', Float64Array.from([0, 0, 0, 0, 7]));
  try {
    const fast = sentenceScores(model.sentence, doc, 0, doc.events);
    const slow = scores(model.sentence, sentenceFeatures(doc, [0], doc.events));
    assert.ok(fast[4] !== 0);
    for (let c = 0; c < 5; c++) assert.ok(Math.abs(fast[c] - slow[c]) < 1e-9, `class ${c}: ${fast[c]} vs ${slow[c]}`);
  } finally {
    model.sentence.weights.delete('b=army_unit_of');
  }
});
