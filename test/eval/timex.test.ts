import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTimeml } from '../../src/eval/readers/timeml.js';
import { parseMeantime } from '../../src/eval/readers/meantime.js';
import { alignTimexes, evaluate } from '../../src/eval/timex.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>demo1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-09" temporalFunction="false" functionInDocument="CREATION_TIME">2025-05-09</TIMEX3></DCT>
<TEXT>
Ships &amp; planes <EVENT eid="e1" class="OCCURRENCE">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-05-08">Thursday</TIMEX3>. Talks lasted <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>`;

const CAT = `<?xml version="1.0" ?><Document doc_id="7" doc_name="demo" lang="en" url="">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">reopens</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">9</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2025</token>
<token number="6" sentence="2" t_id="7">Acme</token>
<token number="7" sentence="2" t_id="8">reopened</token>
<token number="8" sentence="2" t_id="9">the</token>
<token number="9" sentence="2" t_id="10">port</token>
<token number="10" sentence="2" t_id="11">today</token>
<token number="11" sentence="2" t_id="12">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="7"/></ENTITY_MENTION>
<EVENT_MENTION m_id="2" pred="reopen" pos="VERB" tense="PAST"><token_anchor t_id="8"/></EVENT_MENTION>
<TIMEX3 m_id="3" type="DATE" value="2025-05-09" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="4" type="DATE" value="2025-05-09" functionInDocument="NONE"><token_anchor t_id="11"/></TIMEX3>
<ENTITY m_id="5" ent_type="ORG" TAG_DESCRIPTOR="Acme"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="5"/></REFERS_TO>
<HAS_PARTICIPANT r_id="2" sem_role="Arg0"><source m_id="2"/><target m_id="1"/></HAS_PARTICIPANT>
</Relations>
</Document>`;

test('TimeML reader strips inline tags, decodes entities and keeps offsets', () => {
  const d = parseTimeml(TML, 'demo.tml');
  assert.equal(d.dct, '2025-05-09');
  assert.ok(d.text.includes('Ships & planes left Thursday.'));
  assert.equal(d.timexes.length, 2);
  for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    d.timexes.map((t) => [t.text, t.type, t.value]),
    [
      ['Thursday', 'DATE', '2025-05-08'],
      ['two days', 'DURATION', 'P2D'],
    ],
  );
});

test('MEANTIME reader rebuilds text from tokens and anchors markables', () => {
  const d = parseMeantime(CAT, 'demo.xml');
  assert.equal(d.text, 'Port reopens\nMay 9 , 2025\nAcme reopened the port today .');
  assert.equal(d.dct, '2025-05-09');
  assert.deepEqual(
    d.timexes.map((t) => t.text),
    ['May 9 , 2025', 'today'],
  );
  assert.equal(d.mentions[0].text, 'Acme');
  assert.equal(d.mentions[0].type, 'ORG');
  assert.deepEqual(d.events[0].participants, [{ role: 'Arg0', mentionId: '1' }]);
  assert.equal(d.annotatedEnd, d.text.length);
});

test('alignment is one-to-one, exact matches first', () => {
  const gold = [
    { start: 0, end: 10 },
    { start: 20, end: 25 },
  ];
  const sys = [
    { start: 5, end: 12 },
    { start: 0, end: 10 },
    { start: 30, end: 31 },
  ];
  const pairs = alignTimexes(gold, sys);
  assert.equal(pairs.get(0), 1);
  assert.equal(pairs.has(1), false);
});

test('eval timex scores a folder of TimeML files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-timex-'));
  writeFileSync(join(dir, 'demo1.tml'), TML);
  const r = await evaluate(dir, {});
  assert.equal(r.task, 'timex');
  assert.equal(r.docs, 1);
  const relaxed = r.metrics.span_relaxed;
  assert.ok('f1' in relaxed);
  assert.equal(relaxed.tp, 2);
  const value = r.metrics.value;
  assert.ok('tp' in value && value.tp === 2, JSON.stringify(value));
});

// The TBAQ value F1 guard is in test/corpus/accuracy.test.ts.
