import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** The rules' triggers (no learned model): what the sense rule lets through. */
function triggers(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null, candidatesOnly: true });
  return doc.events.map((e) => `${e.evidence.trigger.text} ${e.root}`);
}

test('sense:ambiguous: "held" is a meeting or a detention by a force, never a match or an election', () => {
  assert.ok(triggers('Iranian officials held talks with Iraqi ministers.').includes('held 04'));
  assert.ok(triggers('Kurdish forces held hundreds of Syrian fighters in camps.').some((t) => t.startsWith('held')));
  assert.ok(!triggers('Iran held elections on Friday.').some((t) => t.startsWith('held')));
  assert.ok(!triggers('Chile held Peru to a draw in Lima.').some((t) => t.startsWith('held')));
});

test('sense:ambiguous: "beat" is an assault by a force on people, not one country beating another', () => {
  assert.ok(triggers('Police beat protesters in the capital.').some((t) => t.startsWith('beat')));
  assert.deepEqual(triggers('France beat Germany in the final.'), []);
});

test('sense:ambiguous: "left", "best" and "control" are never coded', () => {
  assert.deepEqual(triggers('The Russian army left the Ukrainian city of Kherson.'), []);
  assert.ok(!triggers('Rebels control large parts of northern Mali.').some((t) => t.startsWith('control')));
});

test('sense: seeking, wanting or training is no generic intent to cooperate; agreeing is', () => {
  const sought = triggers('The US has sought to shield its friends in Saudi Arabia from criticism.');
  assert.ok(!sought.some((t) => t.startsWith('sought')));
  assert.ok(!triggers('US troops trained Kurdish units to fight Isis.').some((t) => t.startsWith('trained')));
  assert.ok(triggers('Turkey agreed to cooperate with Russia.').some((t) => t.endsWith(' 03')));
});

test("sense:generic: a verb with only the CAMEO table's bare consult/endorse/cooperate code is no event", () => {
  const doc = runPipeline(
    { id: 't', date: '2024-03-14', text: 'Turkey served Russia and Iran as a mediator.', meta: {} },
    { until: 'quotes' },
  );
  runEventsWith(doc, {}, { model: null });
  assert.deepEqual(doc.events, []);
  assert.ok(doc.discards.some((d) => d.reason === 'generic-verb' && d.rule === 'sense:generic'));
  // Parley's own lexicon and the table's patterns with words still code these roots.
  assert.ok(triggers('Iran held talks with Iraq.').includes('held 04'));
});

test('lexicon senses: backing with force is military aid, support withdrawn a cut in aid, disappointment disapproval', () => {
  const codes = (text: string): string[] => {
    const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
    runEventsWith(doc, {}, { model: null });
    return doc.events.map((e) => `${e.cameo} ${e.evidence.trigger.text}`);
  };
  assert.deepEqual(codes('Kurdish forces, backed by US air support, fought the rebels.').slice(0, 1), ['072 backed']);
  assert.deepEqual(codes('Russia backed Syria at the UN.'), ['051 backed']);
  assert.deepEqual(codes('The US Senate has formally withdrawn support for Saudi Arabia.'), ['162 withdrawn']);
  assert.deepEqual(codes('President Putin expressed his disappointment with Iranian support for Syria.'), [
    '110 expressed',
  ]);
});

test("sense:wish: wanting is no demand; only the lexicon's own patterns code it", () => {
  assert.ok(!triggers('Chile wants the release of Peruvian prisoners.').some((t) => t.startsWith('wants')));
  assert.ok(!triggers('Chile wanted an attack on Peru.').some((t) => t.startsWith('wanted')));
  assert.ok(triggers('Chile wants de-escalation with Peru.').includes('wants 02'));
});

test('sense:undergone: dying alone is no act between those who died; a pattern that names the fighting still codes', () => {
  assert.deepEqual(triggers('Hundreds of Chilean soldiers and Peruvian civilians have died.'), []);
  assert.deepEqual(triggers('Two Chilean soldiers died in Peru on Monday.'), []);
  assert.ok(
    triggers('Three Chilean soldiers died in clashes with Peruvian rebels.').some((t) => t.startsWith('died 19')),
  );
});

test('sense:undergone: a death in a place is no act against the actor named as the place', () => {
  assert.ok(
    !triggers("A Chilean senator's infant daughter has died in a Peruvian refugee camp.").some((t) =>
      t.startsWith('died'),
    ),
  );
});
