/**
 * Time values wrong on the Random(2432) sample of issue 24, as general rules on sentences written here: an "-ed"
 * adjective form after a subject pronoun is the past verb (tense.ed-after-subject), "just before" a date is no
 * deadline (tense.narrative-before), a date naming an attack is over (time.day-month.named-event), and a count may
 * have adjectives before its noun in a rate (time.set.rate-counted).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Timex } from '../../src/model/schema.js';

function times(text: string, date = '2005-03-15'): Timex[] {
  return runPipeline({ id: 't', date, text, meta: {} }, { until: 'time' }).times;
}

const values = (ts: Timex[]) => ts.map((t) => [t.span.text, t.type, t.value, t.rule]);

test('tense.ed-after-subject: "the rules he proposed in September" is a past September', () => {
  const t = times('The council wants the mayor to drop the rules he proposed in September.');
  assert.deepEqual(values(t), [['September', 'DATE', '2004-09', 'time.month']]);
  // As an adjective the word still marks nothing: a coming September in a present clause.
  assert.equal(times('The proposed rules take effect in September.')[0].value, '2005-09');
  // "-eed" words after a subject are present verbs.
  assert.equal(times('They need the new ferry in September.')[0].value, '2005-09');
});

test('tense.narrative-before: "just before Christmas" in a past clause is the Christmas gone', () => {
  const t = times('Just before Christmas the charity admitted it had run out of funds.', '2019-01-04');
  assert.deepEqual(values(t), [['Christmas', 'DATE', '2018-12-25', 'time.holiday']]);
  // A deadline keeps pointing ahead.
  assert.equal(times('The board must decide before Christmas.', '2019-01-04')[0].value, '2019-12-25');
});

test('time.day-month.named-event: a date naming an attack or disaster lies before the DCT', () => {
  assert.deepEqual(values(times('Relatives of those lost in the 2 August floods gathered at the dam.')), [
    ['2 August', 'DATE', '2004-08-02', 'time.day-month.named-event'],
  ]);
  assert.deepEqual(values(times('The March 20 bombing of the depot was never solved.')), [
    ['March 20', 'DATE', '2004-03-20', 'time.day-month.named-event'],
  ]);
  // A date that names one event in English keeps its year.
  assert.deepEqual(values(times('Airport checks were tightened after the 11 September attacks.')), [
    ['11 September', 'DATE', '2001-09-11', 'time.day-month.named-event'],
  ]);
  // A summit may be planned: the date may lie ahead.
  assert.equal(times('Ministers prepare for the 9 June summit.')[0].value, '2005-06-09');
});

test('time.set.rate-counted: a count with adjectives before its noun makes "a month" a rate', () => {
  assert.deepEqual(values(times('Officials counted some 300 foreign volunteers a month crossing the pass.')), [
    ['a month', 'SET', 'P1M', 'time.set.rate'],
  ]);
  assert.deepEqual(values(times('She stayed with three old friends for a month.')), [
    ['a month', 'DURATION', 'P1M', 'time.duration'],
  ]);
});

test('tense.present-passive: "is debated on Monday" is a scheduled day, ahead of the DCT', () => {
  // DCT Tuesday 2005-03-15.
  const t = times('The minister will speak once the motion is debated by the chamber on Monday.');
  assert.deepEqual(values(t), [['Monday', 'DATE', '2005-03-21', 'time.weekday']]);
  // A charge is no scheduled act: the Monday stays the one gone.
  assert.equal(times('He is accused of hitting a guard on Monday.')[0].value, '2005-03-14');
  // Without "on" the passive schedules nothing ("are left out of December's figures").
  assert.equal(times('If fuel sales are excluded from December figures, sales fell.')[0].value, '2004-12');
});
