import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, runPipeline } from '../../src/pipeline.js';
import { actorGate, isPoliticalActor } from '../../src/events/political.js';
import { posClasses, type PosSource } from '../../src/events/predicates.js';
import { posTagger } from '../../src/pos/tagger.js';
import type { Doc } from '../../src/model/doc.js';

const actor = (code: string, country: string | null, sector: string | null) => ({ text: code, code, country, sector });

test('gate:actors: governments, armies, rebels, police, IGOs and countries are political; companies and civilians are not', () => {
  assert.ok(isPoliticalActor(actor('RUS', 'RUS', null)));
  assert.ok(isPoliticalActor(actor('USAGOV', 'USA', 'GOV')));
  assert.ok(isPoliticalActor(actor('REB', null, 'REB')));
  assert.ok(isPoliticalActor(actor('IGOUNO', null, null)));
  assert.ok(!isPoliticalActor(actor('GBRBUS', 'GBR', 'BUS')));
  assert.ok(!isPoliticalActor(actor('CVL', null, 'CVL')));
  assert.ok(!isPoliticalActor(actor('', null, null)));
});

test('gate:actors: an event needs both actors, one political, except protest and mobilization with a lone source', () => {
  const gov = actor('FRAGOV', 'FRA', 'GOV');
  const firm = actor('GBRBUS', 'GBR', 'BUS');
  const students = actor('EDU', null, 'EDU');
  assert.equal(actorGate('04', gov, firm, false), null);
  assert.equal(actorGate('04', firm, actor('USABUS', 'USA', 'BUS'), false), 'no-political-actor');
  assert.equal(actorGate('19', gov, null, false), 'missing-actor');
  assert.equal(actorGate('19', null, gov, false), 'missing-actor');
  assert.equal(actorGate('14', students, null, false), null);
  assert.equal(actorGate('04', firm, actor('USABUS', 'USA', 'BUS'), true), null);
});

function doc(text: string): Doc {
  return runPipeline({ id: 't', date: '2020-01-01', text, meta: {} }, { until: 'text' });
}

test('predicate:pos: a participle between a determiner and a noun is a modifier; a confident noun is a noun', () => {
  const labels = posTagger().labels;
  const at = (tag: string): number => labels.indexOf(tag);
  const d = doc('The disputed region stays calm.');
  const tags = [at('DT'), at('VBN'), at('NN'), at('VBZ'), at('JJ'), at('.')];
  const flat = (best: string, runnerUp: string, gap: number): PosSource => ({
    tagAt: (_d, i) => tags[i],
    scoresAt: (_d, _i, out) => {
      out.fill(-100);
      out[at(best)] = 0;
      out[at(runnerUp)] = -gap;
    },
  });
  const margin = Number(posTagger().model.header.info.verbVetoMargin);
  assert.ok(margin > 0);
  assert.deepEqual(posClasses(d, 1, flat('VBN', 'JJ', 1)), { noun: false, predicate: false });
  assert.deepEqual(posClasses(d, 3, flat('VBZ', 'NNS', 1)), { noun: false, predicate: true });
  tags[3] = at('NNS');
  assert.deepEqual(posClasses(d, 3, flat('NNS', 'VBZ', margin + 1)), { noun: true, predicate: false });
  // A close call between a noun and a verb is left to the coder.
  assert.deepEqual(posClasses(d, 3, flat('NNS', 'VBZ', margin - 1)), { noun: false, predicate: true });
});

test('predicate:pos: an -ed form the tagger reads as a past tense is a modifier after a determiner or preposition', () => {
  const labels = posTagger().labels;
  const at = (tag: string): number => labels.indexOf(tag);
  /** Token i of `text` (one tag per word) with the given tags, and every score on the tag itself. */
  const classes = (text: string, tagList: string[], i: number) => {
    const tags = tagList.map(at);
    const source: PosSource = {
      tagAt: (_d, k) => tags[k],
      scoresAt: (_d, k, out) => {
        out.fill(-100);
        out[tags[k]] = 0;
      },
    };
    return posClasses(doc(text), i, source);
  };
  const modifier = { noun: false, predicate: false };
  const verb = { noun: false, predicate: true };
  assert.deepEqual(classes('Troops are at increased risk', ['NNS', 'VBP', 'IN', 'VBD', 'NN'], 3), modifier);
  assert.deepEqual(
    classes('They crossed the heavily guarded border', ['PRP', 'VBD', 'DT', 'RB', 'VBD', 'NN'], 4),
    modifier,
  );
  // "that" opens a clause whose verb is finite; an adjective before a past tense is no determiner.
  assert.deepEqual(classes('Men that attacked troops fled', ['NNS', 'IN', 'VBD', 'NNS', 'VBD'], 2), verb);
  assert.deepEqual(classes('Rebels first captured Arica', ['NNS', 'JJ', 'VBD', 'NNP'], 2), verb);
});

test('relevance: a sports report codes no events and the Analysis says why', () => {
  const text =
    'Wales beat Italy 31-12 in the Six Nations match in Cardiff on Sunday.\n\n' +
    'The coach praised the players and the fans after the match, and the striker scored twice in the cup tie.';
  const a = analyze({ id: 's', date: '2020-01-01', text, meta: {} });
  assert.equal(a.events.length, 0);
  assert.equal(a.relevance?.relevant, false);
  assert.ok(a.relevance!.offTopic > a.relevance!.political);
  assert.ok(a.discards.every((d) => d.reason === 'off-topic-article' && d.rule === a.relevance!.rule));
});

test('relevance: a diplomatic report keeps its dyadic events and drops one-sided ones with the reason', () => {
  const text =
    'The Russian government accused Ukraine of violating the ceasefire on Monday.\n\n' +
    'Russian troops attacked near the border, the defence ministry said.';
  const a = analyze({ id: 'p', date: '2020-01-01', text, meta: {} });
  assert.equal(a.relevance?.relevant, true);
  assert.ok(a.events.length > 0);
  assert.ok(
    a.events.every((e) => e.source && e.target),
    JSON.stringify(a.events.map((e) => e.evidence)),
  );
  assert.deepEqual(
    a.events.map((e) => e.id),
    a.events.map((_, i) => `ev${i + 1}`),
  );
  for (const d of a.discards)
    assert.ok(['missing-actor', 'no-political-actor', 'classifier-no-event'].includes(d.reason), d.reason);
});
