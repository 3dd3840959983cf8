/** brat reader and the quotes scorer, on a tiny gold folder written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attributionsOf, parseBrat } from '../../src/eval/readers/brat.js';
import { evaluate, normalizeContent } from '../../src/eval/quotes.js';

test('brat: discontinuous spans, events with roles, continuation lines ignored', () => {
  const ann = [
    'T1\tSource 0 5\tSmith',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;25 30\tfirst bit second',
    'line that continues a span text',
    'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    'T4\tContent 40 50\tno source',
    'E2\tAttribution-no-source:T4 Content:T4',
    '#1\tAnnotatorNotes T1\tnote',
  ].join('\n');
  const atts = attributionsOf(parseBrat(ann));
  assert.equal(atts.length, 2);
  assert.deepEqual(atts[0].content[0].fragments, [
    { start: 11, end: 20 },
    { start: 25, end: 30 },
  ]);
  assert.equal(atts[0].source[0].start, 0);
  assert.equal(atts[1].source.length, 0);
  assert.equal(atts[1].type, 'Attribution-no-source');
});

test('normalizeContent trims quote marks, spaces and edge punctuation', () => {
  assert.equal(normalizeContent(' “We will win,” '), 'We will win');
  assert.equal(normalizeContent("''It is over.''"), 'It is over');
});

function goldDir(text: string, ann: string, extraAnn?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'parley-quotes-'));
  const dir = join(root, 'dev');
  mkdirSync(join(dir, 'text'), { recursive: true });
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'doc1.txt'), text);
  writeFileSync(join(dir, 'attributions', 'doc1_aaaa.ann'), ann);
  if (extraAnn) writeFileSync(join(dir, 'attributions', 'doc1_bbbb.ann'), extraAnn);
  writeFileSync(join(root, 'metadata.tsv'), 'compartment\tfilename\tpublication_date\ndev\tdoc1\t2016-05-01\n');
  return dir;
}

function span(text: string, s: string): string {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return `${i} ${i + s.length}`;
}

test('eval quotes: a direct quote with the right speaker scores 1.0; a wrong speaker only on speaker', async () => {
  const text = '“Prices will fall by summer,” Lena Ortiz said.\n\nThe bank said rates would stay low for a while.';
  const ann = [
    `T1\tContent ${span(text, '“Prices will fall by summer,”')}\t“Prices will fall by summer,”`,
    `T2\tSource ${span(text, 'Lena Ortiz')}\tLena Ortiz`,
    `T3\tCue ${span(text, 'said.')}`.replace(/ (\d+)$/, (m, e) => ` ${Number(e) - 1}`) + '\tsaid',
    'E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2',
    `T4\tContent ${span(text, 'rates would stay low for a while')}\trates`,
    `T5\tSource ${span(text, 'Lena Ortiz')}\twrong on purpose`,
    'E2\tAttribution:T4 Content:T4 Source:T5',
  ].join('\n');
  const r = await evaluate(goldDir(text, ann, 'T1\tContent 0 5\tnothing\nE1\tAttribution:T1 Content:T1\n'), {});
  assert.equal(r.docs, 1);
  assert.deepEqual(
    [r.metrics.content_overlap.tp, r.metrics.content_overlap.fp, r.metrics.content_overlap.fn],
    [2, 0, 0],
  );
  assert.equal(r.metrics.content_exact.tp, 2);
  // The second gold source is deliberately wrong: one speaker tp, one fp, one fn.
  assert.deepEqual([r.metrics.speaker.tp, r.metrics.speaker.fp, r.metrics.speaker.fn], [1, 1, 1]);
  assert.deepEqual([r.metrics.direct_speaker.tp, r.metrics.direct_speaker.fp, r.metrics.direct_speaker.fn], [1, 0, 0]);
  assert.equal((r.notes as Record<string, unknown>).extraAnnotationFiles, 1);
});

test('eval quotes: a missed attribution is a false negative', async () => {
  const text = 'Voters in the valley face higher water prices.';
  const ann = [
    `T1\tContent ${span(text, 'higher water prices')}\tx`,
    `T2\tSource ${span(text, 'Voters in the valley')}\tx`,
    'E1\tAttribution:T1 Content:T1 Source:T2',
  ].join('\n');
  const r = await evaluate(goldDir(text, ann), {});
  assert.equal(r.metrics.content_overlap.fn, 1);
  assert.equal(r.metrics.content_overlap.tp, 0);
});

test('eval quotes: a pronoun speaker scores against a gold Source naming its entity elsewhere (coreference)', async () => {
  const text =
    'Lena Ortiz, the governor of the central bank, spoke on Monday.\n\n“Prices will fall by summer,” she said.';
  const ann = [
    `T1\tContent ${span(text, '“Prices will fall by summer,”')}\tx`,
    `T2\tSource ${span(text, 'Lena Ortiz')}\tLena Ortiz`,
    'E1\tAttribution:T1 Content:T1 Source:T2',
  ].join('\n');
  const r = await evaluate(goldDir(text, ann), {});
  assert.equal(r.metrics.content_overlap.tp, 1);
  assert.deepEqual([r.metrics.speaker.tp, r.metrics.speaker.fp, r.metrics.speaker.fn], [1, 0, 0]);
});
