/**
 * The stage split's message: a Doc that went through forWorker(), a structured clone (what postMessage does) and
 * fromMain() must finish into exactly the analysis analyze() gives, while the message leaves out the article's copy
 * of the text and the tagger's raw spans.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { analyze, finishPipeline, runPipeline, toAnalysis } from '../../src/pipeline.js';
import { forWorker, fromMain, SPLIT_AFTER } from '../../src/work/split-stages.js';
import type { Article } from '../../src/model/doc.js';

// Written for this test: names, a quote with a speaker, dates and an event, so every later stage has work.
const ARTICLE: Article = {
  id: 'split-1',
  date: '2025-05-09',
  title: 'Harbor talks',
  text:
    'LINDENPORT, May 9 — Foreign Minister Anton Berg met his Estonian counterpart in Tallinn on Thursday. ' +
    '"We will reopen the harbor next week," Berg told reporters. Rebels attacked a convoy near the border on ' +
    'Sunday, the army said, and the government condemned the attack.',
  meta: { section: 'world' },
};

test('a Doc sent through forWorker + structured clone + fromMain finishes into what analyze() gives', () => {
  const early = runPipeline(ARTICLE, { until: SPLIT_AFTER });
  assert.ok(early.nerSpans.length > 0, 'the tagger found spans to leave out');
  const sent = structuredClone(forWorker(early));
  assert.equal(sent.article.text, '');
  assert.deepEqual(sent.nerSpans, []);
  const finished = toAnalysis(finishPipeline(fromMain(sent), SPLIT_AFTER));
  const whole = analyze(ARTICLE);
  assert.ok(whole.quotes.length > 0 && whole.events.length > 0, 'quotes and events to compare');
  assert.equal(JSON.stringify(finished), JSON.stringify(whole));
  assert.equal(sent.article.text, ARTICLE.text);
});

test('forWorker leaves the Doc it was given as it was, and its message is smaller', () => {
  const early = runPipeline(ARTICLE, { until: SPLIT_AFTER });
  const spans = early.nerSpans.length;
  const message = forWorker(early);
  assert.equal(early.article.text, ARTICLE.text);
  assert.equal(early.nerSpans.length, spans);
  assert.ok(serialize(message).length < serialize(early).length - ARTICLE.text.length);
});
