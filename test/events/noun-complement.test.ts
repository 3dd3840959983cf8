import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import { opensNounComplement } from '../../src/events/noun-complement.js';
import type { Doc } from '../../src/model/doc.js';

/** The rules' events (no learned model). */
function coded(text: string): Doc {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc;
}

test('object:noun-complement: the infinitive of a decision noun, not of any noun nor of a demand', () => {
  const words = ['welcomed', 'the', 'decision', 'to', 'expel', 'them'];
  const tags = (i: number): string => ['VBD', 'DT', 'NN', 'TO', 'VB', 'PRP'][i];
  assert.ok(opensNounComplement(words, tags, 1, 3, '051'));
  // A demand names whom it is aimed at in its content.
  assert.ok(!opensNounComplement(words, tags, 1, 3, '100'));
  const other = ['rejected', 'the', 'invitation', 'to', 'attend', 'it'];
  assert.ok(!opensNounComplement(other, tags, 1, 3, '120'));
});

test('object:noun-complement: "welcomed the decision to expel X" does not welcome X', () => {
  const doc = coded('The Chilean president welcomed the decision to expel Peruvian diplomats.');
  assert.ok(!doc.events.some((e) => e.evidence.trigger.text === 'welcomed' && e.target?.country === 'PER'));
  const direct = coded('The Chilean president welcomed Peruvian diplomats.');
  assert.ok(direct.events.some((e) => e.evidence.trigger.text === 'welcomed' && e.target?.country === 'PER'));
});
