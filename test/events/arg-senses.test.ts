import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleEvents as events, withTrigger } from './rule-events.js';

test('sense:push-back: a force driven back is military force, never a demand; "pushed for" stays a demand', () => {
  assert.deepEqual(withTrigger(events('Chilean troops pushed the Peruvian rebels back across the river.'), 'pushed'), [
    'pushed 190 CHLMIL->PERREB asserted',
  ]);
  assert.ok(
    events('The Peruvian army was pushed back by Chilean forces near Arica.').some((e) => /^pushed 19/.test(e)),
  );
  assert.ok(events('Chile pushed for Peru to release the prisoners.').some((e) => /^pushed 10/.test(e)));
});

test('sense:figurative: striking down a decree, a stab in the back, clashing with a view are no force', () => {
  assert.ok(!events('Chile said Peru had stabbed Chile in the back.').some((e) => e.startsWith('stabbed')));
  assert.deepEqual(
    withTrigger(events("The Chilean minister clashed with Peru's assessment of the talks."), 'clashed'),
    [],
  );
  // A clash with the soldiers themselves is fighting.
  assert.ok(
    events('Chilean troops clashed with Peruvian soldiers near the border.').some((e) => /^clashed 19/.test(e)),
  );
});

test('sense:assault-people: guards assaulting protesters is a physical assault; soldiers assaulting troops fight', () => {
  assert.deepEqual(
    withTrigger(events('Chilean guards assaulted Peruvian protesters outside the embassy.'), 'assaulted'),
    ['assaulted 182 CHL->PEROPP asserted'],
  );
  assert.ok(events('Chilean soldiers assaulted Peruvian troops at the border.').some((e) => /^assaulted 19/.test(e)));
});

test('sense:state-bombing: a state bombing is an aerial strike (195); rebels bombing a market stay 183', () => {
  assert.ok(events('Chile bombed a Peruvian army base on Monday.').some((e) => e.startsWith('bombed 195 CHL')));
  assert.ok(events('Rebels bombed a Peruvian market on Monday.').some((e) => e.startsWith('bombed 183')));
});

test('sense:capture-person: capturing a person is an arrest (173), capturing a town an occupation (192)', () => {
  assert.ok(
    events('Chilean forces captured Juan Quispe, a Peruvian commander, in the north.').some((e) =>
      e.startsWith('captured 173 CHLMIL'),
    ),
  );
  assert.ok(events('Peruvian rebels captured Arica in March.').some((e) => e.startsWith('captured 192')));
});

test('sense:deny-accusation: denying that something happened is 016; denying someone a thing is a rejection', () => {
  assert.ok(
    events('The Peruvian minister denied that Peru had shelled the border town.').some((e) =>
      e.startsWith('denied 016'),
    ),
  );
  assert.ok(events('Peru denied Chile access to the port.').some((e) => /^denied 12/.test(e)));
});

test('sense:host-guest: hosting a guest is 043; hosting a summit or refugees is no hosted visit', () => {
  assert.ok(events('Chile hosted the Peruvian president in Santiago.').some((e) => e.startsWith('hosted 043 CHL')));
  assert.ok(events("Chile hosted Peru's foreign minister in Santiago.").some((e) => e.startsWith('hosted 043 CHL')));
  assert.deepEqual(withTrigger(events('Chile hosted a summit with Peru and Bolivia in Santiago.'), 'hosted'), []);
  assert.deepEqual(withTrigger(events('Chile hosts thousands of Peruvian refugees.'), 'hosts'), []);
});

test('sense:reinforce-support: reinforcing support for an army is no coercion', () => {
  const list = events('Bolivia reinforced its support for the Peruvian army last month.');
  assert.ok(!list.some((e) => /^reinforced 1[0-9]/.test(e) || /^reinforced 2/.test(e)));
});

test('violence:armed-sides: rebels fighting troops wage war (190); their killings and takings stay as coded', () => {
  assert.ok(
    events('Peruvian rebels are fighting Chilean troops in the north.').some((e) => e.startsWith('fighting 190')),
  );
  assert.ok(
    events('Peruvian rebels killed three Chilean soldiers in the north.').some((e) => e.startsWith('killed 180')),
  );
  // Occupying a town is no unconventional violence, whoever occupies it.
  assert.ok(
    events('Peruvian rebels seized the town of Arica from Chilean forces.').some((e) => e.startsWith('seized 192')),
  );
});

test('sense:figurative (targets): hitting a spending target is no attack; hitting positions is', () => {
  assert.deepEqual(withTrigger(events('Chile and Peru hit the NATO defence spending goal last year.'), 'hit'), []);
  assert.ok(events('Chilean troops hit Peruvian positions last year.').some((e) => /^hit 19/.test(e)));
});

test('sense:consequence: what something "meant" is no intent to cooperate', () => {
  assert.deepEqual(
    withTrigger(events('The Chilean reforms meant that Peruvian workers lost their jobs.'), 'meant'),
    [],
  );
});

test('sense:commentary: a bare commentator suggesting is an assessment; a minister suggesting is an act', () => {
  assert.deepEqual(withTrigger(events('The commentator suggested that Chile had isolated Peru.'), 'suggested'), []);
  assert.ok(events('The Chilean minister suggested that Peru join the talks.').some((e) => e.startsWith('suggested')));
});
