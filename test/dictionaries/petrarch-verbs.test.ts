import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary, primaryCode } from '../../src/dictionaries/petrarch-verbs.js';
import { regularForms } from '../../src/lang/en/index.js';
import { analyze } from '../../src/pipeline.js';

const DICT = `
&SNACKS
+PRETZELS
+CRACKERS

--- ZORBLE  [111] ---
ZORBLE {ZORBLED ZORBLING}
COLD-SHOULDER
- * &SNACKS          [0231]   # ZORBLE
- * (AT DINNER) +    [042:043]
`;

test('PETRARCH verbs file: blocks, default codes, synsets, reciprocal codes, irregular forms', () => {
  const d = parseVerbDictionary(DICT, 'test.verbs');
  const zorble = d.patterns.filter((p) => p.verb === 'zorble');
  assert.deepEqual(
    zorble.map((p) => p.cameo),
    ['111', '0231', '042'],
  );
  assert.deepEqual(zorble[1].pattern, ['*', 'pretzels|crackers']);
  assert.ok(zorble[2].pattern.includes('+'));
  assert.equal(d.forms.get('zorbled'), 'zorble');
  assert.equal(d.forms.get('cold-shoulders'), 'cold-shoulder');
  assert.equal(zorble[0].origin, 'test.verbs:7');
  assert.equal(primaryCode(':173'), '173');
  assert.equal(primaryCode('---'), null);
  assert.ok(regularForms('try').includes('tried'));
});

test('user verb patterns from options.dictionaries.verbs code new verbs', () => {
  const verbs = parseVerbDictionary(DICT, 'test.verbs').patterns;
  const text = 'Austria zorbled Hungary at the summit.';
  const without = analyze({ id: 'a', date: '2024-01-01', text, meta: {} }).events;
  assert.ok(!without.some((e) => e.cameo === '111'));
  const withDict = analyze({ id: 'a', date: '2024-01-01', text, meta: {} }, { dictionaries: { verbs } }).events;
  const e = withDict.find((x) => x.cameo === '111');
  assert.ok(e);
  assert.equal(e.source?.country, 'AUT');
  assert.equal(e.target?.country, 'HUN');
});

test("codes the CAMEO codebook lacks (legacy WEIS, a team's own) are kept from user dictionaries", () => {
  const verbs = parseVerbDictionary('--- FROBNICATE [901:902] ---\nFROBNICATE\n', 'own.verbs').patterns;
  assert.equal(verbs[0].reciprocal, '902');
  const evs = analyze(
    { id: 'a', date: '2024-01-01', text: 'Austria frobnicated Hungary.', meta: {} },
    { dictionaries: { verbs } },
  ).events;
  const e = evs.find((x) => x.cameo === '901');
  assert.ok(e);
  assert.equal(e.source?.country, 'AUT');
  assert.ok(evs.some((x) => x.cameo === '902' && x.source?.country === 'HUN' && x.target?.country === 'AUT'));
});
