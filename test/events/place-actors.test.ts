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

test('gate:place-actor: a capital stands for its government; force where a town is hit stays, aimed at it does not', () => {
  assert.deepEqual(
    coded('Moscow criticised Kyiv.').events.map((e) => `${e.source?.code}->${e.target?.code}`),
    ['RUS->UKR'],
  );
  // Where force falls: CAMEO codes the people there by the town's country.
  assert.ok(coded('Chilean troops fired at targets in Arica.').events.some((e) => e.root === '19'));
  // Force aimed at the town itself is on whoever holds it, not on the town's country.
  const aimed = coded('Chilean forces attacked the town of Arica.');
  assert.ok(!aimed.events.some((e) => e.root === '18' || e.root === '19'));
  assert.ok(aimed.discards.some((d) => d.reason === 'place-actor'));
});
