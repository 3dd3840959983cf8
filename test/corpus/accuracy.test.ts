/**
 * Accuracy guards: each task's score on its gold set must stay at today's level less a small margin, so a change that
 * breaks a stage fails CI. Each floor sits 0.01-0.02 below the figure measured when it was set (the figure is in the
 * floor's note); raise a floor when a stage gets better, never lower it to let a change through without saying why
 * in the commit. The same runs as scripts/eval-all.sh, in process.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate as evaluateNer } from '../../src/eval/ner.js';
import { evaluate as evaluateQuotes } from '../../src/eval/quotes.js';
import { evaluate as evaluateTimex } from '../../src/eval/timex.js';
import { evaluate as evaluateEvents } from '../../src/eval/events.js';
import type { EvalResult } from '../../src/eval/types.js';
import { shared } from '../helpers/shared.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The F1 of one metric, which must be a precision/recall metric of the result. */
function f1Of(r: EvalResult, metric: string): number {
  const m = r.metrics[metric];
  assert.ok(m && 'f1' in m, `${r.task} has no F1 metric "${metric}": ${Object.keys(r.metrics).join(', ')}`);
  return m.f1;
}

function atLeast(t: TestContext, r: EvalResult, metric: string, floor: number): void {
  const f1 = f1Of(r, metric);
  t.diagnostic(`${r.task} ${metric} F1 ${f1} (floor ${floor})`);
  assert.ok(f1 >= floor, `${r.task} on ${r.gold}: ${metric} F1 ${f1} fell below ${floor}`);
}

const POLNEAR_DEV = shared('gold', 'polnear', 'dev');
test(
  'PolNeAR dev quotes: content F1 >= 0.755 (0.7717 when set), speaker F1 >= 0.685 (0.701)',
  { skip: POLNEAR_DEV.skip },
  async (t) => {
    const r = await evaluateQuotes(POLNEAR_DEV.path, {});
    assert.equal(r.docs, 84);
    atLeast(t, r, 'content_overlap', 0.755);
    atLeast(t, r, 'speaker', 0.685);
  },
);

const TBAQ = shared('gold', 'tempeval3', 'TBAQ-cleaned');
test('TBAQ (TimeBank + AQUAINT) timex value F1 >= 0.79 (0.8075 when set)', { skip: TBAQ.skip }, async (t) => {
  const r = await evaluateTimex(TBAQ.path, {});
  assert.equal(r.docs, 257);
  atLeast(t, r, 'value', 0.79);
});

const PLOVER_DEV = shared('gold', 'plover', 'PLOVER_GSR_CAMEO.dev.json');
// 0.715, not 0.73: the learned layer (on by default, trained on ConfliBERT only, not tuned on PLOVER) may drop a
// main event it reads as another class; at its CV-chosen thresholds it changes one dev record (events-quality.md).
test(
  'PLOVER dev event type F1 >= 0.715 (0.7335 when set, rules with the actor and relevance gates and the learned layer)',
  { skip: PLOVER_DEV.skip },
  async (t) => {
    const r = await evaluateEvents(PLOVER_DEV.path, {});
    assert.equal(r.docs, 215);
    atLeast(t, r, 'event_type', 0.715);
  },
);

const CONFLI = shared('gold', 'conflibert-cameo', 'cameo_class', 'train.tsv');
test(
  'ConfliBERT quad class on the held-out 20%, model trained on the rest: accuracy >= 0.85 (0.8726 when set)',
  { skip: CONFLI.skip },
  async (t) => {
    // The shipped model has seen every sentence of the file: train one without the held-out part, as
    // `npm run eval:events-heldout` does (2 folds: the thresholds do not enter the sentence class).
    const out = join(mkdtempSync(join(tmpdir(), 'parley-evm-')), 'm.json.gz');
    const args = ['--import', 'tsx', 'scripts/train-events.ts', '--holdout', '20', '--folds', '2'];
    const run = spawnSync(process.execPath, [...args, '--gold', CONFLI.path, '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const r = await evaluateEvents(CONFLI.path, { split: 'heldout', modelFile: out });
    assert.equal(r.docs, 259);
    const m = r.metrics.quad_class as { accuracy: number };
    t.diagnostic(`quad_class ${m.accuracy} (floor 0.85)`);
    assert.ok(m.accuracy >= 0.85, `held-out quad class ${m.accuracy} fell below 0.85`);
  },
);

const PETRARCH_UNIT = shared('gold', 'petrarch2', 'PETR.UnitTest.records.xml');
const PETRARCH_DICT = shared('gazetteers', 'petrarch2-dictionaries');
test(
  'PETRARCH unit tests: root code F1 >= 0.785 (0.8024 when set)',
  { skip: PETRARCH_UNIT.skip || PETRARCH_DICT.skip },
  async (t) => {
    const r = await evaluateEvents(PETRARCH_UNIT.path, { dict: PETRARCH_DICT.path });
    assert.equal(r.docs, 284);
    atLeast(t, r, 'root', 0.785);
  },
);

const CONLL_DEV = shared('gold', 'conll2003', 'conllpp_dev.txt');
test('CoNLL++ dev NER entity F1 >= 0.92 (0.9337 when set)', { skip: CONLL_DEV.skip }, async (t) => {
  const r = await evaluateNer(CONLL_DEV.path, {});
  assert.equal(r.docs, 216);
  atLeast(t, r, 'entity', 0.92);
});
