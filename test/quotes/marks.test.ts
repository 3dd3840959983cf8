import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import { findQuoteRegions } from '../../src/quotes/marks.js';

function regions(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-01', text, meta: {} }, { until: 'text' });
  return findQuoteRegions(doc).map((r) => text.slice(r.start, r.end));
}

test('curly and straight double quotes pair up', () => {
  assert.deepEqual(regions('He said “we will win the vote” and left. She said "it is over now" loudly.'), [
    'we will win the vote',
    'it is over now',
  ]);
});

test('mixed marks: a quote opened curly and closed straight', () => {
  assert.deepEqual(regions('Officials said: “That it should not escalate at all." Nothing more.'), [
    'That it should not escalate at all.',
  ]);
});

test('a repeated opening mark inside an open quote does not end it', () => {
  assert.deepEqual(regions('He said the council must “stop “stop all funding for armed bands” now.'), [
    'stop “stop all funding for armed bands',
  ]);
});

test('doubled apostrophes act as double quotes', () => {
  assert.deepEqual(regions("''We wanted to control the real estate,'' the manager said."), [
    'We wanted to control the real estate,',
  ]);
});

test('a quote left open at the end of the article closes there', () => {
  assert.deepEqual(regions('The minister said: “We will not back down from this position'), [
    'We will not back down from this position',
  ]);
});

test('a paragraph left open and re-opened by the next one is marked as a continuation', () => {
  const text = '“The first part of the statement runs here.\n\n“And the second paragraph goes on,” she said.';
  const doc = runPipeline({ id: 't', date: '2024-03-01', text, meta: {} }, { until: 'text' });
  const rs = findQuoteRegions(doc);
  assert.equal(rs.length, 2);
  assert.equal(rs[0].closeTok, -1);
  assert.equal(rs[1].continues, true);
});

test('single quotes in a headline form a region; apostrophes do not', () => {
  assert.deepEqual(regions("Trump: 'We will build the wall' as voters' doubts grow"), ['We will build the wall']);
});
