import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import type { Doc } from '../../src/model/doc.js';

/** The rules' events and discards (no learned model). */
function coded(text: string): Doc {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc;
}

test('gate:place-actor: a town is where an act happens, not its target; the Analysis says why', () => {
  const doc = coded('The Chilean government criticised Arica.');
  assert.deepEqual(doc.events, []);
  assert.ok(doc.discards.some((d) => d.reason === 'place-actor' && d.rule === 'gate:place-actor'));
});

test('gate:place-actor: a capital stands for its government; a town attacked stays a target', () => {
  assert.deepEqual(
    coded('Moscow criticised Kyiv.').events.map((e) => `${e.source?.code}->${e.target?.code}`),
    ['RUS->UKR'],
  );
  const attacked = coded('Chilean forces attacked the town of Arica.').events;
  assert.ok(attacked.some((e) => e.root === '18' || e.root === '19'));
  // The town is the attack's target (its civilians), not dropped as a place.
  assert.deepEqual(
    attacked.map((e) => e.target?.code),
    ['CHLCVL'],
  );
});
