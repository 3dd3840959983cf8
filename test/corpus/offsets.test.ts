/**
 * The output checks of test/helpers/analysis-checks.ts (spans true to the text, schema, ids and references) on real
 * articles from ../shared, read through readArticles: the first 200 Reuters-21578 stories with a body, all Guardian,
 * every 4th BBC article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/doc.js';
import { readArticles, type ReadOptions } from '../../src/read/index.js';
import { checkAll } from '../helpers/analysis-checks.js';
import { shared } from '../helpers/shared.js';

async function readCorpus(path: string, limit: number, options: ReadOptions = {}): Promise<Article[]> {
  const out: Article[] = [];
  // Corpus files with a bad record (a Reuters story without body, a BBC file not in UTF-8) are the readers' business,
  // tested in test/read; here they are just left out.
  for await (const a of readArticles(path, { ...options, onError: () => {} })) {
    out.push(a);
    if (out.length >= limit) break;
  }
  return out;
}

const REUTERS = shared('corpora', 'reuters21578', 'reut2-000.json');
test('spans, schema and references hold on the first 200 Reuters-21578 stories', { skip: REUTERS.skip }, async () => {
  const articles = await readCorpus(REUTERS.path, 200);
  assert.equal(checkAll(articles), 200);
});

const GUARDIAN = shared('corpora', 'guardian', 'Guardian_SDF_sample.csv');
test('spans, schema and references hold on all Guardian articles', { skip: GUARDIAN.skip }, async () => {
  const articles = await readCorpus(GUARDIAN.path, Infinity);
  assert.ok(checkAll(articles) >= 200);
});

const BBC = shared('corpora', 'bbc');
test('spans, schema and references hold on every 4th BBC article (all five sections)', { skip: BBC.skip }, async () => {
  // A quarter keeps the check within npm test's time; the folder is read in sorted order, so the sample is fixed.
  const articles = (await readCorpus(BBC.path, Infinity, { date: '2005-01-01' })).filter((_, i) => i % 4 === 0);
  assert.ok(checkAll(articles) >= 500);
});
