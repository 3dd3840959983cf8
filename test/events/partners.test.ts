import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

/** The rules' events (no learned model) as "root source->target trigger". */
function dyads(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null });
  return doc.events.map((e) => `${e.root} ${e.source?.code}->${e.target?.code} ${e.evidence.trigger.text}`);
}

test('mutual: co-agents named by adjectives of one noun strike a third party, not each other', () => {
  const struck = dyads('Syrian and Russian warplanes struck rebel-held villages overnight.');
  assert.ok(!struck.some((d) => d.includes('SYR->RUS')));
  // Sides that agree or meet act on each other.
  assert.deepEqual(dyads('India and China held talks.'), ['04 IND->CHN held', '04 CHN->IND held']);
});

test('reciprocal: only a partner acts back; a place or a topic after "in" or "about" does not', () => {
  assert.deepEqual(dyads('The French minister attended a meeting in Germany.'), ['04 FRAGOV->DEU attended']);
  assert.ok(!dyads('Some Britons were arrested upon returning from Syria.').some((d) => d.startsWith('04 SYR')));
});

test('object:own-clause: the actor after "of" plus a gerund is that act\'s object, not the accused', () => {
  const accusing = dyads('Chile recalled its envoy, accusing the emirate of supporting Iran.');
  assert.ok(!accusing.some((d) => d.includes('IRN')));
  assert.deepEqual(dyads('Chile has accused Peru of spying on Bolivia.'), ['11 CHL->PER accused']);
});

test('subject:not-object: a demonym in the object of an earlier verb acts in no later verb', () => {
  const d = dyads('The war will undermine pro-western Iranian opinion and increase aid to Syria.');
  assert.ok(!d.some((x) => x.includes('IRN->')));
});

test('modality:framing: an infinitive is as certain as the verb that frames it', () => {
  const doc = runPipeline(
    { id: 't', date: '2024-03-14', text: 'Moscow will use the UN to claim that the US is a threat.', meta: {} },
    { until: 'quotes' },
  );
  runEventsWith(doc, {}, { model: null });
  assert.deepEqual(
    doc.events.map((e) => `${e.evidence.trigger.text} ${e.modality}`),
    ['claim future'],
  );
});

test('noun-args:own-phrase: an actor past a comma or a verb is not the event noun\'s agent', () => {
  const d = dyads('France had no part in the chemical attack in Syria, dismissing a claim by the Russian military.');
  assert.ok(!d.some((x) => x.includes('attack')));
  assert.deepEqual(dyads('Israeli strikes on Gaza killed 20 people.'), ['19 ISR->PSE strikes']);
});

test('act:potential: an alleged or suspected attack is a claim, no attack', () => {
  assert.deepEqual(dyads('Inspectors will investigate a suspected chemical attack by government troops on Idlib.'), []);
});
