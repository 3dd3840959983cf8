/** Event dates (src/events/dating.ts, date-ties.ts): own clause or the publication date, never a borrowed one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Event } from '../../src/model/schema.js';

function events(text: string, date = '2024-03-14'): Event[] {
  return analyze({ id: 't', date, text, meta: {} }).events;
}

function by(evs: Event[], root: string, src: string): Event {
  const e = evs.find((x) => x.root === root && x.source?.country === src);
  assert.ok(e, `no ${root} by ${src} in ${JSON.stringify(evs.map((x) => [x.cameo, x.source?.code]))}`);
  return e;
}

test('date.publication: a time expression from an earlier sentence is not borrowed', () => {
  const evs = events('Peru met Bolivia on Monday.\n\nChile praised Peru.');
  assert.equal(by(evs, '04', 'PER').date, '2024-03-11');
  const praised = by(evs, '05', 'CHL');
  assert.equal(praised.date, '2024-03-14');
  assert.equal(praised.dateSource, 'publication');
  assert.equal(praised.dateTimexId ?? null, null);
});

test('date.same-clause: a time expression behind another clause opener dates the other verb', () => {
  const evs = events('On Monday Peru met Chile after Bolivia attacked Chile.');
  assert.equal(by(evs, '04', 'PER').date, '2024-03-11');
  const attacked = by(evs, '19', 'BOL');
  assert.equal(attacked.dateSource, 'publication');
});

test('date.same-clause: an infinitive after the time expression is intended then, not done then', () => {
  const late = events('On Monday Peru agreed to attack Chile.');
  assert.equal(by(late, '19', 'PER').dateSource, 'publication');
  const planned = events('Peru agreed to attack Chile on Monday.');
  assert.equal(by(planned, '19', 'PER').dateSource, 'text');
});

test('date.same-clause: a verb of saying between the act and the time takes the time', () => {
  const evs = events('Peru will send troops to Chile, the Peruvian president said on Wednesday.');
  assert.equal(by(evs, '07', 'PER').dateSource, 'publication');
});

test('date.same-clause: a time owned by an event noun dates that noun, not another', () => {
  const evs = events('Chile recalled the Peruvian attack on Arica and the April 2 Bolivian attack on Lima.');
  assert.equal(by(evs, '19', 'BOL').date, '2024-04-02');
  assert.equal(by(evs, '19', 'PER').dateSource, 'publication');
});

test('date.same-clause: a participle before a noun names a state, not an act done then', () => {
  const evs = events('On Monday, Chilean troops cleared roads for freed Peruvian prisoners.');
  assert.equal(by(evs, '08', 'CHL').date, '2024-03-11');
  // A participle used as an adjective is no event at all with Parley's rules (events `predicate:finite`); were it
  // one, the time before it would not date it.
  const freed = evs.find((e) => e.evidence.trigger.text === 'freed');
  assert.ok(!freed || freed.dateSource === 'publication', JSON.stringify(freed?.dateSource));
});

test('date.same-clause: a relative clause with no "who/that" is not dated by a time before it', () => {
  const unit = events('On Monday, the Peruvian colonel resigned as the battalion he commanded attacked Chile.');
  assert.equal(unit.find((e) => e.evidence.trigger.text === 'commanded')?.dateSource, 'publication');
  assert.equal(unit.find((e) => e.evidence.trigger.text === 'attacked')?.date, '2024-03-11');
  const jailed = events('On Monday, Chilean police detained a Peruvian activist previously jailed by Bolivia.');
  assert.equal(by(jailed, '17', 'CHL').date, '2024-03-11');
  // "jailed by Bolivia" is a passive: Bolivia jailed the activist (events `passive:participle-by`).
  assert.equal(by(jailed, '17', 'BOL').dateSource, 'publication');
});

test('date.same-clause: a limit ("until February") dates no act', () => {
  const evs = events('Until February, Peru threatened Chile.', '2024-12-14');
  assert.equal(by(evs, '13', 'PER').dateSource, 'publication');
  assert.equal(by(events('In February, Peru threatened Chile.', '2024-12-14'), '13', 'PER').dateSource, 'text');
});

test('date.same-clause: a time after the object\'s participle or in a following "as" clause is not the verb\'s', () => {
  const deal = events('Peru accused Chile over a deal struck in March.', '2024-12-14');
  assert.equal(by(deal, '11', 'PER').dateSource, 'publication');
  const as = events('Peru will support Chile, as ministers meet on Thursday.', '2024-12-14');
  assert.equal(by(as, '05', 'PER').dateSource, 'publication');
  // The act's own time after its object is kept.
  assert.equal(by(events('Peru accused Chile on Monday.', '2024-12-14'), '11', 'PER').date, '2024-12-09');
});
