/**
 * The CSV/TSV column map (--columns text=body,date=published,title=headline): mapped columns become the article's
 * fields, a column already named as a mapped field is ignored, and a bad map or a missing column is a one-line error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseColumnMap, readAllArticles, ReadError } from '../../src/read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-columns-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CSV =
  'Headline,Published,Body,Text,Section\n' +
  'Ferry resumes,2026-02-11,"The ferry between the two ports sailed again on Wednesday, the harbour office said.",teaser one,ports\n' +
  'Bridge shut,2026-02-12,"The old bridge was closed for repairs on Thursday, the city said.",teaser two,roads\n';

test('mapped columns become the fields; the column that bore a mapped name is ignored', async () => {
  const articles = await readAllArticles(file('mapped.csv', CSV), {
    columns: parseColumnMap('text=body, date=Published,title=headline'),
  });
  assert.deepEqual(
    articles.map((a) => [a.title, a.date, a.text.slice(0, 22), a.meta.section, a.meta.text]),
    [
      ['Ferry resumes', '2026-02-11', 'The ferry between the ', 'ports', undefined],
      ['Bridge shut', '2026-02-12', 'The old bridge was clo', 'roads', undefined],
    ],
  );
});

test('without the map the same file reads its "text" column and has no date', async () => {
  const errors: ReadError[] = [];
  const articles = await readAllArticles(file('unmapped.csv', CSV), { onError: (e) => errors.push(e) });
  assert.equal(articles.length, 0);
  assert.equal(errors.length, 2);
  assert.equal(errors[0].field, 'date');
});

test('the map applies to TSV too', async () => {
  const tsv = 'story\twhen\nThe council met on Monday and approved the budget.\t2026-03-02\n';
  const [a] = await readAllArticles(file('mapped.tsv', tsv), { columns: parseColumnMap('text=story,date=when') });
  assert.equal(a.date, '2026-03-02');
  assert.equal(a.text, 'The council met on Monday and approved the budget.');
});

test('a mapped column missing from the header is an error naming the file, line and field', async () => {
  await assert.rejects(
    readAllArticles(file('missing.csv', CSV), { columns: parseColumnMap('text=content') }),
    (e: unknown) =>
      e instanceof ReadError &&
      e.line === 1 &&
      e.field === 'text' &&
      /the header row has no "content" column for --columns text=content \(columns: headline, published, body, text, section\)/.test(
        e.message,
      ),
  );
});

test('bad maps are refused in one line', () => {
  assert.deepEqual(parseColumnMap('text=body,title=Head Line'), { text: 'body', title: 'Head Line' });
  assert.throws(() => parseColumnMap('text'), /^Error: --columns: "text" is not FIELD=COLUMN/);
  assert.throws(
    () => parseColumnMap('body=text'),
    /"body" is not an article field \(id, url, title, date, text, source\)/,
  );
  assert.throws(() => parseColumnMap('text=a,text=b'), /the field "text" is mapped twice/);
  assert.throws(() => parseColumnMap('text=a,title=A'), /the column "A" is mapped to both text and title/);
});
