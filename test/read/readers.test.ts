import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readAllArticles, ReadError, type ReadOptions } from '../../src/read/index.js';
import type { Article } from '../../src/model/doc.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/read/${name}`, import.meta.url));

/** Read with errors collected instead of thrown. */
async function readCollecting(
  path: string,
  options: ReadOptions = {},
): Promise<{ articles: Article[]; errors: ReadError[] }> {
  const errors: ReadError[] = [];
  const articles = await readAllArticles(path, { ...options, onError: (e) => errors.push(e) });
  return { articles, errors };
}

test('wire header on its own lines: metadata taken, body starts after the header', async () => {
  const [a] = await readAllArticles(fixture('wire-header.txt'));
  assert.equal(a.date, '2025-03-14');
  assert.equal(a.title, 'Harbor talks resume');
  assert.equal(a.source, 'Lakeside Gazette');
  assert.ok(a.text.startsWith('PORT ELLIS, March 14'));
});

test('inline wire header (the seed form) still works', async () => {
  const [a] = await readAllArticles(fixture('wire-inline.txt'));
  assert.equal(a.date, '2025-03-14');
  assert.ok(a.text.startsWith('PORT ELLIS, March 14 (LG) The council'));
});

test('plain text needs --date; CRLF and NBSP are normalized', async () => {
  await assert.rejects(
    readAllArticles(fixture('plain-crlf.txt')),
    (e: unknown) => e instanceof ReadError && e.field === 'date',
  );
  const [a] = await readAllArticles(fixture('plain-crlf.txt'), { date: '2025-08-02' });
  assert.equal(a.date, '2025-08-02');
  assert.ok(!a.text.includes('\r'));
  assert.ok(!a.text.includes('\u00a0'));
  assert.ok(a.text.includes('Organizer Lina Park said attendance'));
});

test('a BOM is dropped before the header is read', async () => {
  const [a] = await readAllArticles(fixture('bom.txt'));
  assert.equal(a.date, '2024-11-02');
  assert.equal(a.text.charCodeAt(0), 'A'.charCodeAt(0));
});

test('JSONL: good lines go through, each bad line is reported with file:line and field', async () => {
  const { articles, errors } = await readCollecting(fixture('records.jsonl'));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['a1', 'a2', 'a7'],
  );
  assert.equal(articles[1].source, 'Valley Post');
  assert.deepEqual(
    errors.map((e) => [e.line, e.field]),
    [
      [4, undefined],
      [5, 'date'],
      [6, 'date'],
      [7, 'text'],
    ],
  );
  for (const e of errors) assert.ok(e.message.startsWith(`${fixture('records.jsonl')}:${e.line}`), e.message);
});

test('JSON array records, RFC 2822 dates kept in the local day', async () => {
  const articles = await readAllArticles(fixture('records.json'));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['j1', 'j2'],
  );
  assert.equal(articles[0].url, 'https://example.org/rain');
  assert.equal(articles[1].date, '2025-04-02T09:30:00+02:00');
});

test('Reuters-21578 JSON shape: body, dates, newid; a record without body is reported', async () => {
  const { articles, errors } = await readCollecting(fixture('reuters-like.json'));
  assert.equal(articles.length, 1);
  assert.equal(articles[0].date, '1987-03-03T10:15:00');
  assert.ok(articles[0].id.endsWith('#7'));
  assert.equal(articles[0].title, 'GRAIN TRADERS CAUTIOUS');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].record, 2);
  assert.equal(errors[0].field, 'text');
});

test('CSV: quoted fields with newlines and doubled quotes; bad rows reported by line', async () => {
  const { articles, errors } = await readCollecting(fixture('records.csv'));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['c1', 'c2', 'c5'],
  );
  assert.ok(articles[0].text.includes('"cargo volumes" rose, with\na line break'));
  assert.equal(articles[0].source, 'Harbor Wire');
  const byLine = new Map(errors.map((e) => [e.line, e]));
  assert.ok(byLine.get(5)?.message.includes('Invalid Closing Quote'), errors.map((e) => e.message).join('\n'));
  assert.equal(byLine.get(6)?.field, 'date');
});

test('CSV: an unterminated quote is a clear error and the rows before it go through', async () => {
  const { articles, errors } = await readCollecting(fixture('unterminated.csv'));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['u1'],
  );
  assert.deepEqual(
    errors.map((e) => e.line),
    [3, 4],
  );
  assert.match(errors[0].message, /unterminated quote: the quoted field opened on this line never closes/);
});

test('HTML: Readability main text without navigation, title and date from meta tags', async () => {
  const [a] = await readAllArticles(fixture('page.html'));
  assert.equal(a.title, 'Ferry service returns after storm');
  assert.equal(a.date, '2025-02-11T08:00:00+01:00');
  assert.equal(a.url, 'https://gazette.example/ferry');
  assert.equal(a.source, 'Lakeside Gazette');
  assert.ok(a.text.startsWith('The island ferry sailed again'), a.text);
  assert.ok(a.text.includes('\n\n“Our crews worked day and night,” said Captain Mara Lind'));
  for (const junk of ['Home', 'Copyright', 'tracking']) assert.ok(!a.text.includes(junk), junk);
});

test('RSS: one article per item, HTML descriptions and CDATA turned to text; a dateless item is reported', async () => {
  const { articles, errors } = await readCollecting(fixture('feed.rss'));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['valley-101', 'valley-102'],
  );
  assert.equal(
    articles[0].text,
    'Engineers began repairs on the dam on Monday.\n\nThe work will take & cost more than planned, officials said.',
  );
  assert.equal(articles[0].date, '2025-03-10T07:00:00Z');
  assert.equal(articles[1].text, 'The school board elected Rosa Ilves as chair on Tuesday.');
  assert.equal(articles[1].source, 'Valley Post');
  assert.deepEqual(
    errors.map((e) => [e.record, e.field]),
    [[3, 'date']],
  );
  // With --date the dateless item is read too.
  const withDate = await readAllArticles(fixture('feed.rss'), { date: '2025-03-12' });
  assert.equal(withDate.length, 3);
});

test('Atom: entries with published or updated dates and link hrefs', async () => {
  const articles = await readAllArticles(fixture('feed.atom'));
  assert.deepEqual(
    articles.map((a) => [a.id, a.date.slice(0, 10)]),
    [
      ['urn:coast:1', '2025-07-04'],
      ['urn:coast:2', '2025-07-05'],
    ],
  );
  assert.equal(articles[0].url, 'https://coast.example/lighthouse');
});

test('a folder reads every supported file, sorted, and reports the bad ones', async () => {
  const { articles, errors } = await readCollecting(fixture(''), { date: '2025-01-01' });
  assert.ok(articles.length >= 15, String(articles.length));
  assert.ok(errors.length > 0);
  // Sorted: bom.txt first, wire-inline.txt last.
  assert.ok(articles[0].id.endsWith('bom.txt'));
  assert.ok(articles[articles.length - 1].id.endsWith('wire-inline.txt'));
});

test('--input overrides the extension', async () => {
  const articles = await readAllArticles(fixture('records.jsonl'), { format: 'text', date: '2025-01-01' });
  assert.equal(articles.length, 1);
  assert.ok(articles[0].text.startsWith('{"id":"a1"'));
});
