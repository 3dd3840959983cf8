/**
 * Codes of armed groups in events: a patron modifier ("Iran-backed") names no actor and gives the group no country;
 * a group's own entry wins; "the militia" refers back to the one group named just before (events/actors.ts, index.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { isPatronModifier } from '../../src/lang/en/index.js';

function dyads(text: string): string[] {
  const a = analyze({ id: 't', date: '2019-03-01', text });
  return a.events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'}`);
}

test('isPatronModifier: X-backed, X-allied, pro-X, anti-X; not X-led or a plain compound', () => {
  for (const w of ['Iran-backed', 'Turkish-supported', 'US-allied', 'pro-Iranian', 'anti-Assad', 'Russia–backed'])
    assert.ok(isPatronModifier(w), w);
  for (const w of ['Saudi-led', 'Pakistan-based', 'India-Pakistan', 'backed', 'well-known'])
    assert.ok(!isPatronModifier(w), w);
});

test('actor:patron-modifier: "Iran-backed Houthi militants" act as the Houthis, not as Iran', () => {
  const got = dyads('Iran-backed Houthi militants fired missiles at Riyadh on Monday.');
  assert.ok(got.length > 0 && got.every((d) => d.startsWith('YEMREB>')), JSON.stringify(got));
});

test('actor:patron-modifier: the target after "X-allied" is the group', () => {
  const got = dyads('A Saudi-led force keeps shelling the Iran-allied Houthis in the north of Yemen.');
  assert.ok(got.includes('SAU>YEMREB'), JSON.stringify(got));
  assert.ok(!got.some((d) => d.includes('IRN')), JSON.stringify(got));
});

test('actor:patron-modifier: "Turkish-backed rebels" are not Turkish rebels', () => {
  const got = dyads('Turkish-backed rebels attacked Kurdish positions near Afrin on Sunday.');
  assert.ok(!got.some((d) => d.includes('TURREB') || d.startsWith('TUR>')), JSON.stringify(got));
  // The attack is coded, with the rebels (no country) as its source: the check above is not met by no event.
  assert.ok(got.includes('REB>SYR'), JSON.stringify(got));
  const us = dyads('The Turkish army shelled US-backed rebels near Manbij.');
  assert.ok(!us.some((d) => d.includes('USAREB') || d.includes('TURREB')), JSON.stringify(us));
  assert.ok(us.some((d) => d.startsWith('TURMIL>')), JSON.stringify(us));
});

test('domestic-target: rebels a state arms or backs are not its own rebels', () => {
  const got = dyads('Turkey supplied weapons to the rebels on Monday.');
  assert.ok(!got.some((d) => d.includes('TURREB')), JSON.stringify(got));
  // The aid is coded, so the check above is not met by no event.
  assert.ok(got.includes('TUR>REB'), JSON.stringify(got));
  const backed = dyads('Turkey backed the rebels on Monday.');
  assert.ok(!backed.some((d) => d.includes('TURREB')), JSON.stringify(backed));
  assert.ok(backed.includes('TUR>REB'), JSON.stringify(backed));
  // Talks with rebels are still domestic where the sentence names only the government's country.
  const talks = dyads('The Colombian government held talks with the rebels on Monday.');
  assert.ok(
    talks.some((d) => d.endsWith('>COLREB')),
    JSON.stringify(talks),
  );
});

test('actor:group-anaphor: "the militia" is the armed group named just before', () => {
  const got = dyads(
    'Joining the YPG is a crime in Turkey. The Turkish government has claimed for years that the militia is a terror group.',
  );
  assert.ok(!got.some((d) => d.includes('TURUAF')), JSON.stringify(got));
  assert.ok(got.includes('TURGOV>SYRREB'), JSON.stringify(got));
});
