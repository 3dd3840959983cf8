import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import { isOwnForcesTarget } from '../../src/events/own-forces.js';
import type { Doc } from '../../src/model/doc.js';
import type { Entity, EventActor } from '../../src/model/schema.js';

/** The rules' events and discards (no learned model). */
function coded(text: string): Doc {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc;
}

const actor = (code: string, country: string | null, sector: string | null, entityId: string | null = null) =>
  ({ entityId, text: code, span: { start: 0, end: 1, text: code }, code, country, sector }) as EventActor;
const none = new Map<string, Entity>();

test('gate:own-forces: a state and its own military are not the two parties of its act', () => {
  assert.ok(isOwnForcesTarget('19', actor('CHL', 'CHL', null), actor('CHLMIL', 'CHL', 'MIL'), none));
  assert.ok(isOwnForcesTarget('08', actor('CHLGOV', 'CHL', 'GOV'), actor('CHLMIL', 'CHL', 'MIL'), none));
  // Another country's forces, rebels acting on the army, a meeting or a mobilization stay.
  assert.ok(!isOwnForcesTarget('19', actor('CHL', 'CHL', null), actor('PERMIL', 'PER', 'MIL'), none));
  assert.ok(!isOwnForcesTarget('18', actor('CHLREB', 'CHL', 'REB'), actor('CHLMIL', 'CHL', 'MIL'), none));
  assert.ok(!isOwnForcesTarget('04', actor('CHLGOV', 'CHL', 'GOV'), actor('CHLMIL', 'CHL', 'MIL'), none));
  assert.ok(!isOwnForcesTarget('15', actor('CHLGOV', 'CHL', 'GOV'), actor('CHLMIL', 'CHL', 'MIL'), none));
});

test('gate:own-forces: a general is a person, not the forces', () => {
  const people = new Map<string, Entity>([['e1', { id: 'e1', type: 'PERSON' } as Entity]]);
  assert.ok(!isOwnForcesTarget('11', actor('CHL', 'CHL', null), actor('CHLMIL', 'CHL', 'MIL', 'e1'), people));
});

test('gate:own-forces: "Chile will withdraw its troops" is discarded, with the reason', () => {
  const doc = coded('The Chilean government will withdraw Chilean troops next month.');
  assert.ok(!doc.events.some((e) => e.target?.code === 'CHLMIL'));
  assert.ok(doc.discards.some((d) => d.reason === 'own-forces' && d.rule === 'gate:own-forces'));
  const other = coded('The Chilean government criticised Peruvian troops.');
  assert.ok(other.events.some((e) => e.target?.code === 'PERMIL'));
});

test('gate:own-forces: a target whose country :domestic-target lent it is not known to be the own forces', () => {
  const source = actor('USA', 'USA', null);
  const target = actor('USAMIL', 'USA', 'MIL');
  assert.ok(isOwnForcesTarget('07', source, target, none, 'verb:x:passive-by'));
  assert.ok(!isOwnForcesTarget('07', source, target, none, 'verb:x:passive-by:domestic-target'));
});
