/**
 * Time values found wrong on the fresh issue 24 sample (docs/facts-judging-speakers-dates.md, Random(2427)), as
 * general rules on sentences written here: a past act dated after its verb (tense.past-event), the idiom "the last
 * minute", an amount with a glued magnitude before "a year" (time.set.rate-amount), and "the next day" in a past
 * narrative (time.anaphoric.day-narrative).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2025-05-20'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.type, t.value]);

test('tense.past-event: a past act dated right after its verb is not ahead of the DCT', () => {
  assert.deepEqual(values(times('Officers arrested the courier on 14 November.', '2025-09-20')), [
    ['14 November', 'DATE', '2024-11-14'],
  ]);
  assert.deepEqual(values(times('The council approved it in August.')), [['August', 'DATE', '2024-08']]);
  assert.deepEqual(values(times('The vicar was arrested on December 2.', '2025-10-02')), [
    ['December 2', 'DATE', '2024-12-02'],
  ]);
});

test('tense.past-event: reported plans, passives and "-ed" adjectives keep the date ahead', () => {
  assert.deepEqual(values(times('The bank said it would pay the bonus on 15 June.')), [
    ['15 June', 'DATE', '2025-06-15'],
  ]);
  assert.deepEqual(values(times('Lawyers expect that the appeal is heard in July.')), [['July', 'DATE', '2025-07']]);
  assert.deepEqual(values(times('The firm will buy back its listed bonds on 2 July.')), [
    ['2 July', 'DATE', '2025-07-02'],
  ]);
  assert.deepEqual(values(times('The bank will redeem its registered shares on 2 July.')), [
    ['2 July', 'DATE', '2025-07-02'],
  ]);
});

test('time.idiom.last-minute: "at/to the last minute" names no period', () => {
  assert.deepEqual(values(times('The striker signed at the last minute.')), []);
  assert.deepEqual(values(times('They left the repairs to the last minute.')), []);
  // Elsewhere the minute before is still measured.
  assert.deepEqual(values(times('Prices jumped in the last minute of trading.')), [
    ['the last minute', 'DURATION', 'PT1M'],
  ]);
});

test('time.set.rate-amount: an amount with a glued magnitude before "a year" is a rate', () => {
  assert.deepEqual(values(times('The scheme costs £45m a year.')), [['a year', 'SET', 'P1Y']]);
  assert.deepEqual(values(times('The port earns $3.5bn a year.')), [['a year', 'SET', 'P1Y']]);
  // A plain "a year" after a verb still measures.
  assert.deepEqual(values(times('She taught there for a year.')), [['a year', 'DURATION', 'P1Y']]);
});

test('time.anaphoric.day-narrative: "the next day" after a past month falls in it, not after the DCT', () => {
  assert.deepEqual(values(times('"In March 2019 the dam broke. The next day the town flooded," he said.')), [
    ['March 2019', 'DATE', '2019-03'],
    ['The next day', 'DATE', '2019-03'],
  ]);
  assert.deepEqual(values(times('The fair opened in 2012. The next day it rained.')), [
    ['2012', 'DATE', '2012'],
    ['The next day', 'DATE', '2012'],
  ]);
  // A named day is still the anchor; with no earlier date, the day after the DCT.
  assert.deepEqual(values(times('The dam broke on 3 March 2019. The next day the town flooded.')), [
    ['3 March 2019', 'DATE', '2019-03-03'],
    ['The next day', 'DATE', '2019-03-04'],
  ]);
  assert.deepEqual(values(times('The next day the town flooded.')), [['The next day', 'DATE', '2025-05-21']]);
});
