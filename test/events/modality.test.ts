import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modalityBefore } from '../../src/events/modality.js';

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
