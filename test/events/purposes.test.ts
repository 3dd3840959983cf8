import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';
import { consequenceFrame, futureTimeClause } from '../../src/events/modality.js';
import type { Event } from '../../src/model/schema.js';

/** The rules' events (no learned model). */
function events(text: string): Event[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events;
}
const coded = (text: string): string[] =>
  events(text).map((e) => `${e.evidence.trigger.text.toLowerCase()} ${e.modality}`);
const words = (s: string): string[] => s.toLowerCase().split(' ');

test('act:purpose (relative): "the levers X has to press Y" is no obligation, and its infinitives no acts', () => {
  const got = coded('Bolivia lacks the levers Chile has to pressure Peru to abandon the treaty.');
  assert.ok(!got.some((e) => e.startsWith('pressure') || e.startsWith('abandon') || e.startsWith('has')), String(got));
  // A fronted time noun is no head of a relative clause: the act still codes.
  assert.ok(coded('Last week Chile attacked Peru.').some((e) => e.startsWith('attacked')));
});

test('act:purpose (bare verb): "help X combat Y" reports the combat only as far as the helping is reported', () => {
  assert.ok(!coded('Chile agreed not to help Bolivian rebels combat Peru.').some((e) => e.startsWith('combat')));
  // The object need not be an actor: "help US and allied fighters combat".
  const plain = coded('Chile vowed never to help Brazilian and allied fighters combat Peru.');
  assert.ok(!plain.some((e) => e.startsWith('combat')), String(plain));
  assert.ok(coded('Chile will help Bolivian rebels combat Peru.').includes('combat future'));
  // Only a bare verb right after the object's head: "making final plans" frames no plans as an act.
  assert.ok(!coded('Chilean troops are making final plans to attack Peru.').some((e) => e.startsWith('plans')));
});

test('modality:consequence: an act that could follow from another is as certain as the verb that leads to it', () => {
  const possible = 'The dispute could lead to the Chilean president, Juan Soto, reaching a deal with Peru.';
  assert.deepEqual(coded(possible), []);
  const past = 'The dispute led to the Chilean president, Juan Soto, reaching a deal with Peru.';
  assert.ok(coded(past).includes('reaching asserted'));
  const tags = (k: number, ws: string[]): string => (ws[k] === 'led' ? 'VBD' : ws[k] === 'could' ? 'MD' : 'NN');
  const ws = words('the row could lead to chile reaching a deal');
  assert.equal(
    consequenceFrame(ws, 6, (k) => tags(k, ws)),
    3,
  );
  // A finite verb between them ends the reach: the act has a clause of its own.
  const own = words('the row will lead to talks , and chile signed a deal');
  assert.equal(
    consequenceFrame(own, 11, (k) => (own[k] === 'signed' ? 'VBD' : 'NN')),
    -1,
  );
  assert.equal(
    consequenceFrame(own, 9, (k) => (own[k] === 'signed' ? 'VBD' : 'NN')),
    -1,
  );
});

test('modality:forecast-clause: an act in a clause of time after "may" or "will" is an act to come', () => {
  const forecast = coded('Observers say thousands may flee as Chilean forces storm the Peruvian port.');
  assert.ok(forecast.includes('storm future'), String(forecast));
  assert.ok(coded('Thousands fled as Chilean forces stormed the Peruvian port.').includes('stormed asserted'));
  // "as well as" opens no clause of time.
  const ws = words('chile will release them as well as sign a deal');
  assert.equal(
    futureTimeClause(ws, 7, () => 'VB'),
    false,
  );
  const clause = words('chile may retreat as peru attacks');
  assert.equal(
    futureTimeClause(clause, 5, (k) => (k === 5 ? 'VBZ' : 'NN')),
    true,
  );
});

test('predicate:finite (involvement): fighters "involved in" a war are taking part, not fighting as an act', () => {
  const got = events('The Chilean minister met Bolivian fighters involved in the war against Peru.');
  assert.ok(!got.some((e) => e.evidence.trigger.text === 'involved'), got.map((e) => e.evidence.trigger.text).join());
});
