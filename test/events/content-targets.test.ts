import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** "root SOURCE->TARGET trigger" of the rules' events (no learned model). */
function dyads(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events.map((e) => `${e.root} ${e.source?.country}->${e.target?.country} ${e.evidence.trigger.text}`);
}

test('target:content-subject: an actor deep in what a cue verb reports is no target of the saying', () => {
  const deep = dyads('The Chilean president claims the new road might be used by Peru to move tanks.');
  assert.ok(!deep.some((d) => d.endsWith('claims')));
  // The content's own subject is what the claim is about, also past the head of an "of" phrase.
  assert.ok(
    dyads('The Chilean minister claims the Peruvian government is destroying evidence.').includes('11 CHL->PER claims'),
  );
  const head = dyads('The Chilean president alleges that the highest levels of the Peruvian army were responsible.');
  assert.ok(head.includes('11 CHL->PER alleges'));
  // A noun phrase the verb governs is its object, not reported content.
  assert.ok(
    dyads('The Chilean minister condemned the proposed Peruvian travel ban.').includes('11 CHL->PER condemned'),
  );
  // A demand or a threat names whom it is aimed at in its content.
  assert.ok(dyads('Chile demanded that Peru withdraw its troops.').some((d) => d.includes('CHL->PER demanded')));
  assert.ok(dyads('Chile warned that Peru would pay a heavy price.').some((d) => d.includes('CHL->PER warned')));
  assert.ok(dyads('Chile insisted that Peru must withdraw its troops.').some((d) => d.includes('CHL->PER insisted')));
  // A demand verb whose content states a fact or a forecast asks nothing of the actors in it.
  assert.ok(
    !dyads('Chile insisted it will not allow Peruvian officials to attend.').some((d) => d.endsWith('insisted')),
  );
});

test('object:not-topic: an actor after "about" is what the act is about, not whom it is aimed at', () => {
  assert.ok(!dyads('Chile discussed its concerns about Peru with Bolivia.').some((d) => d.includes('->PER')));
  // A place after "in" stays: CAMEO codes the country where an act falls.
  assert.ok(dyads('Chile lifted the curfew in Peru.').some((d) => d.includes('CHL->PER')));
});
