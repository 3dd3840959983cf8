/**
 * Train the events classifier (src/events/classifier.ts) on ConfliBERT's CAMEO class sentences: the rules propose
 * candidate events for each sentence, the model learns the sentence's class from its words and its candidates.
 * Reports k-fold cross-validation on the training file (by sentence), picks by it the margin within which the main
 * candidate's class must score, then trains on all of it and writes data/events-model.json.gz. PLOVER and PETRARCH
 * are not read here.
 *   npm run train:events -- [--folds 10] [--epochs 10] [--seed 1] [--gold <train.tsv>]
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dataPath, sharedPath } from '../src/data-path.js';
import { readQuadRows } from '../src/eval/readers/confli-class.js';
import { runPipeline } from '../src/pipeline.js';
import { runEventsWith } from '../src/events/index.js';
import type { Doc } from '../src/model/doc.js';
import type { Event } from '../src/model/schema.js';
import {
  CLASSES,
  EVENTS_MODEL_FILE,
  confliClass,
  encodeEventsModel,
  keeps,
  mainCandidate,
  recordFeatures,
} from '../src/events/classifier.js';
import { actorGate } from '../src/events/political.js';
import {
  argmax,
  rng,
  scores,
  shuffle,
  trainPerceptron,
  type Example,
  type LinearModel,
} from '../src/events/perceptron.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const FOLDS = Number(arg('folds', '10'));
const EPOCHS = Number(arg('epochs', '10'));
const SEED = Number(arg('seed', '1'));
const GOLD = arg('gold', sharedPath('gold', 'conflibert-cameo', 'cameo_class', 'train.tsv'));

interface Record {
  label: number;
  record: Example;
  events: Event[];
}

const rows = readQuadRows(GOLD);
const records: Record[] = rows.map((r, i) => {
  const doc: Doc = runPipeline({ id: `q${i}`, date: '2020-01-01', text: r.text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { candidatesOnly: true });
  return { label: r.label, record: { features: recordFeatures(doc, doc.events), label: r.label }, events: doc.events };
});
console.log(`${GOLD}: ${records.length} sentences, ${records.reduce((n, r) => n + r.events.length, 0)} candidates`);

/** The class the rules give a record: its main event's (first with a source, else first) among `events`. */
function mainClass(events: readonly Event[]): number {
  const asserted = events.filter((e) => e.modality === 'asserted' || e.modality === 'reported');
  const main = asserted.find((e) => e.source) ?? asserted[0];
  return main ? confliClass(main.root) : 0;
}

const gated = (events: readonly Event[]): Event[] =>
  events.filter((e) => !actorGate(e.root, e.source, e.target, false));

const train = (set: readonly Record[]): LinearModel =>
  trainPerceptron(
    set.map((r) => r.record),
    CLASSES,
    EPOCHS,
    SEED,
  );

// k-fold cross-validation by sentence, in a seeded order.
const order = shuffle(
  records.map((_, i) => i),
  rng(SEED),
);
/** As the stage does (classifier.ts): the model judges the main candidate, the act its label is about. */
const judge = (events: readonly Event[], s: Float64Array, m: number): Event[] => {
  const main = mainCandidate(events);
  return events.filter((e) => e !== main || keeps(s, confliClass(e.root), m));
};
const MARGINS = [0, 1, 2, 4, 8, 12, 16, 24, 32, 48, 64, Infinity];
const tally = { record: 0, rules: 0, rulesGated: 0 };
const byMargin = MARGINS.map(() => 0);
for (let f = 0; f < FOLDS; f++) {
  const test = new Set(order.filter((_, k) => k % FOLDS === f));
  const model = train(records.filter((_, i) => !test.has(i)));
  for (const i of test) {
    const r = records[i];
    const s = scores(model, r.record.features);
    if (argmax(s) === r.label) tally.record++;
    if (mainClass(r.events) === r.label) tally.rules++;
    if (mainClass(gated(r.events)) === r.label) tally.rulesGated++;
    MARGINS.forEach((m, k) => {
      const kept = judge(r.events, s, m);
      if (mainClass(gated(kept)) === r.label) byMargin[k]++;
    });
  }
}
const acc = (n: number, d = records.length): string => (n / d).toFixed(4);
console.log(`${FOLDS}-fold cross-validation on ${records.length} sentences (seed ${SEED}, ${EPOCHS} epochs):`);
console.log(`  model's quad class of the sentence            ${acc(tally.record)}`);
console.log(`  rules alone, main candidate's class           ${acc(tally.rules)}`);
console.log(`  rules + actor gate, main event's class        ${acc(tally.rulesGated)}`);
MARGINS.forEach((m, k) => console.log(`  rules + model (margin ${m}) + actor gate    ${acc(byMargin[k])}`));
// The largest margin among the best: the fewest candidates dropped for the same accuracy.
const bestAcc = Math.max(...byMargin);
const best = MARGINS[byMargin.lastIndexOf(bestAcc)];
console.log(`margin kept: ${best}`);
const model = { sentence: train(records), margin: best };
const json = encodeEventsModel(model);
const gz = gzipSync(json, { level: 9 });
writeFileSync(dataPath(EVENTS_MODEL_FILE), gz);
console.log(`wrote data/${EVENTS_MODEL_FILE}: ${gz.length} bytes (${json.length} as JSON)`);
