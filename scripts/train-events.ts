/**
 * Train the events classifier (src/events/classifier.ts) on ConfliBERT's CAMEO class sentences: the rules propose
 * candidate events for each sentence, the model learns the sentence's class from its words and its candidates.
 * Reports k-fold cross-validation on the training sentences, picks by it the thresholds of the two decisions ("no
 * event", "another act") for the best event F1, then trains on all of them and writes the model. PLOVER and the
 * PETRARCH unit tests are not read here. `--holdout 20` leaves out the sentences src/events/split.ts holds out
 * (`parley eval events --split heldout` scores them); `--out` writes the model elsewhere than data/.
 *   npm run train:events -- [--folds 10] [--epochs 10] [--seed 1] [--gold <train.tsv>] [--holdout <pct>]
 *     [--out <model.json.gz>] [--no-verbs] [--min-count 2]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
  mainCandidate,
  rejectedMain,
  recordFeatures,
  type Thresholds,
} from '../src/events/classifier.js';
import { verbExamples } from '../src/events/verb-examples.js';
import { isHeldOut } from '../src/events/split.js';
import { actorGate } from '../src/events/political.js';
import { isGeneric } from '../src/events/senses.js';
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
const HOLDOUT = Number(arg('holdout', '0'));
const OUT = arg('out', dataPath(EVENTS_MODEL_FILE));
const VERBS = !args.includes('--no-verbs');
const MIN_COUNT = Number(arg('min-count', '2'));

interface Record {
  label: number;
  record: Example;
  events: Event[];
}

const all = readQuadRows(GOLD);
const rows = HOLDOUT > 0 ? all.filter((r) => !isHeldOut(r.text, HOLDOUT)) : all;
const records: Record[] = rows.map((r, i) => {
  const doc: Doc = runPipeline({ id: `q${i}`, date: '2020-01-01', text: r.text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { candidatesOnly: true });
  return { label: r.label, record: { features: recordFeatures(doc, doc.events), label: r.label }, events: doc.events };
});
console.log(
  `${GOLD}: ${records.length} sentences${HOLDOUT > 0 ? ` (${all.length - rows.length} held out)` : ''}, ` +
    `${records.reduce((n, r) => n + r.events.length, 0)} candidates`,
);
// The PETRARCH CAMEO 2.0 verb patterns as short examples: a verb and its pattern's words, the class of its code.
const extra: Example[] = VERBS ? verbExamples() : [];
if (VERBS) console.log(`PETRARCH verb-pattern examples: ${extra.length}`);

/** The class the rules give a record: its main event's (first with a source, else first) among `events`. */
function mainClass(events: readonly Event[]): number {
  const main = mainCandidate(events);
  return main ? confliClass(main.root) : 0;
}

const gatedAway = (e: Event): boolean =>
  actorGate(e.root, e.source, e.target, false) !== null || isGeneric(e.evidence.rule);
const gated = (events: readonly Event[]): Event[] => events.filter((e) => !gatedAway(e));

/** Features seen fewer than MIN_COUNT times in the training set are left out (regularization). */
function pruned(examples: Example[]): Example[] {
  if (MIN_COUNT <= 1) return examples;
  const count = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) count.set(f, (count.get(f) ?? 0) + 1);
  return examples.map((ex) => ({ ...ex, features: ex.features.filter((f) => count.get(f)! >= MIN_COUNT) }));
}

const train = (set: readonly Record[]): LinearModel =>
  trainPerceptron(pruned([...set.map((r) => r.record), ...extra]), CLASSES, EPOCHS, SEED);

/** As the stage does (classifier.ts): the model judges the main candidate unless the gates discard it anyway. */
const judge = (events: readonly Event[], s: Float64Array, t: Thresholds): Event[] => {
  const no = rejectedMain(s, events, t, gatedAway);
  return events.filter((e) => e !== no);
};

// Thresholds on the score gap; Infinity: the decision never fires.
const GAPS = [0, 2, 4, 8, 12, 16, 24, 32, 48, Infinity];
const GRID: Thresholds[] = GAPS.flatMap((noEvent) => GAPS.map((contradict) => ({ noEvent, contradict })));
/** Event counts per threshold pair: an event is the main one the stage keeps; a sentence of class 0 has none. */
const counts = GRID.map(() => ({ tp: 0, fp: 0, fn: 0, right: 0 }));
const tally = { record: 0, rules: 0, rulesGated: 0 };

// k-fold cross-validation by sentence, in a seeded order.
const order = shuffle(
  records.map((_, i) => i),
  rng(SEED),
);
for (let f = 0; f < FOLDS; f++) {
  const test = new Set(order.filter((_, k) => k % FOLDS === f));
  const model = train(records.filter((_, i) => !test.has(i)));
  for (const i of test) {
    const r = records[i];
    const s = scores(model, r.record.features);
    if (argmax(s) === r.label) tally.record++;
    if (mainClass(r.events) === r.label) tally.rules++;
    if (mainClass(gated(r.events)) === r.label) tally.rulesGated++;
    GRID.forEach((t, k) => {
      const kept = gated(judge(r.events, s, t));
      const cls = mainClass(kept);
      const c = counts[k];
      if (cls === r.label) c.right++;
      if (cls !== 0 && cls === r.label) c.tp++;
      else {
        if (cls !== 0) c.fp++;
        if (r.label !== 0) c.fn++;
      }
    });
  }
}
const n = records.length;
const fmt = (x: number): string => x.toFixed(4);
const f1 = (c: { tp: number; fp: number; fn: number }): number => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
console.log(`${FOLDS}-fold cross-validation on ${n} sentences (seed ${SEED}, ${EPOCHS} epochs):`);
console.log(`  model's quad class of the sentence                   ${fmt(tally.record / n)}`);
console.log(`  rules alone, main candidate's class                  ${fmt(tally.rules / n)}`);
console.log(`  rules + actor gate, main event's class               ${fmt(tally.rulesGated / n)}`);
const base = counts[GRID.findIndex((t) => t.noEvent === Infinity && t.contradict === Infinity)];
console.log(`  rules + actor gate, event F1                         ${fmt(f1(base))}`);
// The most conservative pair within TOLERANCE of the best event F1 (the F1 of ~1,100 gold events has a standard
// error near 0.015, so smaller differences are noise): the largest thresholds, the fewest candidates dropped.
const TOLERANCE = 0.005;
const bestF1 = Math.max(...counts.map(f1));
const weight = (t: Thresholds): number => Math.min(t.noEvent, 1000) + Math.min(t.contradict, 1000);
let best = -1;
GRID.forEach((t, k) => {
  if (f1(counts[k]) >= bestF1 - TOLERANCE && (best < 0 || weight(t) > weight(GRID[best]))) best = k;
});
const show = (k: number, why: string): void => {
  const c = counts[k];
  const t = GRID[k];
  console.log(
    `  no-event ${t.noEvent}, another act ${t.contradict}: event F1 ${fmt(f1(c))} (tp ${c.tp} fp ${c.fp} fn ` +
      `${c.fn}), main event's class ${fmt(c.right / n)}${why}`,
  );
};
GRID.forEach((t, k) => {
  if (t.noEvent === t.contradict || t.noEvent === Infinity || t.contradict === Infinity) show(k, '');
});
show(best, '  <- kept');
const model = { sentence: train(records), ...GRID[best] };
const json = encodeEventsModel(model);
const gz = gzipSync(json, { level: 9 });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, gz);
console.log(`wrote ${OUT}: ${gz.length} bytes (${json.length} as JSON)`);
