import { test } from 'node:test';
import assert from 'node:assert/strict';
import { futureTimeClause, modalityBefore } from '../../src/events/modality.js';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

const at = (sentence: string, trigger: string): string => {
  const words = sentence.toLowerCase().split(' ');
  return modalityBefore(words, words.indexOf(trigger), 0);
};

test('modality from the words before the trigger', () => {
  assert.equal(at('kenya will not attack somalia', 'attack'), 'negated');
  assert.equal(at('X', 'attack'), 'asserted');
  assert.equal(at("kenya didn't attack somalia", 'attack'), 'negated');
  assert.equal(at('kenya will attack somalia', 'attack'), 'future');
  assert.equal(at('kenya wants to attack somalia', 'attack'), 'desired');
  assert.equal(at('kenya could attack somalia', 'attack'), 'hypothetical');
  assert.equal(at('kenya attacked somalia', 'attacked'), 'asserted');
});

test('modality looks no further back than the clause start and four words', () => {
  const words = 'kenya will say that somalia attacked'.split(' ');
  assert.equal(modalityBefore(words, 5, 4), 'asserted');
  const far = 'kenya will in the end of attacked'.split(' ');
  assert.equal(modalityBefore(far, 6, 0), 'asserted');
});

test('modality:predicted and modality:recommended: forecasts are future, advice is desired', () => {
  assert.equal(at('kenya is predicted to attack somalia', 'attack'), 'future');
  assert.equal(at('kenya is poised to attack somalia', 'attack'), 'future');
  assert.equal(at('analysts expect kenya to attack somalia', 'attack'), 'future');
  assert.equal(at('kenya ought to attack somalia', 'attack'), 'desired');
  assert.equal(at('experts recommended that kenya attack somalia', 'attack'), 'desired');
  assert.equal(at('kenya attacked somalia as predicted', 'attacked'), 'asserted');
});

test('modality:possible-readiness: a readiness that only may be is hypothetical; plain readiness is future', () => {
  assert.equal(at('chile may be ready to accept the proposal', 'accept'), 'hypothetical');
  assert.equal(at('chile could be set to sign the deal', 'sign'), 'hypothetical');
  assert.equal(at('chile is ready to accept the proposal', 'accept'), 'future');
});

test('modality:future-time-clause: a present tense in a clause of time after "will" is an act to come', () => {
  const words = 'the plan will be discussed when chile hosts talks with peru'.split(' ');
  const tags = ['DT', 'NN', 'MD', 'VB', 'VBN', 'WRB', 'NNP', 'VBZ', 'NNS', 'IN', 'NNP'];
  assert.ok(futureTimeClause(words, 7, (k) => tags[k]));
  // Told in the past ("hosted"), or hanging on a past verb after the "will", it reports what happened.
  const past = [...tags.slice(0, 7), 'VBD', ...tags.slice(8)];
  assert.ok(!futureTimeClause(words, 7, (k) => past[k]));
  const said = 'chile will sign the deal , peru said after talks with bolivia'.split(' ');
  const saidTags = ['NNP', 'MD', 'VB', 'DT', 'NN', ',', 'NNP', 'VBD', 'IN', 'NNS', 'IN', 'NNP'];
  assert.ok(!futureTimeClause(said, 9, (k) => saidTags[k]));
});

test('modality:future-time-clause in the coder: a summit "when" a host holds it after "will" is future', () => {
  const doc = runPipeline(
    { id: 't', date: '2024-03-14', text: 'The plan will be discussed when Chile hosts a summit with Peru.', meta: {} },
    { until: 'quotes' },
  );
  runEventsWith(doc, {}, { model: null, candidatesOnly: true });
  const summit = doc.events.filter((e) => e.evidence.trigger.text === 'summit');
  assert.ok(summit.length > 0 && summit.every((e) => e.modality === 'future'));
});
