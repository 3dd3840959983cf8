import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Event } from '../../src/model/schema.js';
import { countArticle, evaluate, newOfftopicCounts, offtopicResult } from '../../src/eval/offtopic.js';
import { formatEval } from '../../src/cli/eval.js';
import type { Rate } from '../../src/eval/types.js';

const span = (text: string) => ({ start: 0, end: text.length, text });
const actor = { text: 'Spain', code: 'ESP', country: 'ESP', sector: null };

function event(
  root: string,
  quadClass: number,
  trigger: string,
  both: boolean,
  modality: Event['modality'] = 'asserted',
): Event {
  return {
    id: 'e',
    cameo: `${root}0`,
    root,
    plover: null,
    name: '',
    goldstein: 0,
    quadClass,
    source: actor,
    target: both ? actor : null,
    date: '2005-01-01',
    dateSource: 'publication',
    modality,
    sentence: span('x'),
    evidence: { trigger: span(trigger), rule: 'r' },
  };
}

test('offtopic counts events, quad-4 events and events with both actors per article', () => {
  const c = newOfftopicCounts();
  countArticle(c, [
    event('19', 4, 'Beat', true),
    event('04', 1, 'met', false),
    event('19', 4, 'beat', false, 'negated'),
  ]);
  countArticle(c, []);
  const r = offtopicResult('corpus', c, 0);
  const m = r.metrics as Record<string, Rate>;
  assert.equal(r.docs, 2);
  assert.deepEqual(m.events_per_article, { rate: 1.5, total: 3, n: 2 });
  assert.deepEqual(m.quad4_per_article, { rate: 1, total: 2, n: 2 });
  assert.deepEqual(m.both_actors_per_article, { rate: 0.5, total: 1, n: 2 });
  assert.equal(m.asserted_per_article.total, 2);
  assert.deepEqual((r.notes!.topQuad4Triggers as [string, number][])[0], ['beat', 2]);
  assert.match(formatEval(r), /quad4_per_article\s+1\.000 {2}\(2 in 2\)/);
});

test('offtopic reads a corpus without dates when --date is given, and counts undated articles as unreadable without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-off-'));
  const path = join(dir, 'c.jsonl');
  writeFileSync(
    path,
    [
      JSON.stringify({ id: 'a', text: 'The orchestra played a new symphony in the town hall.' }),
      JSON.stringify({ id: 'b', text: 'The band released a second album on Friday.' }),
    ].join('\n') + '\n',
  );
  const r = await evaluate(path, { date: '2005-01-01' });
  assert.equal(r.docs, 2);
  const m = r.metrics as Record<string, Rate>;
  assert.equal(m.events_per_article.n, 2);
  assert.equal(m.events_per_article.rate, m.events_per_article.total / 2);
  const undated = await evaluate(path, {});
  assert.equal(undated.docs, 0);
  assert.equal(undated.notes!.unreadable, 2);
});
