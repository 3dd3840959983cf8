/** Robustness of the readers: broken CSV, TSV conventions, stdin sniffing, odd dates, encodings, HTML as a feed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAllArticles, type ReadError, type ReadOptions } from '../../src/read/index.js';
import type { Article } from '../../src/model/doc.js';
import { parley, write, STACK_LINE } from './helpers.js';

async function read(
  path: string,
  options: ReadOptions = {},
): Promise<{ articles: Article[]; errors: ReadError[]; warnings: ReadError[] }> {
  const errors: ReadError[] = [];
  const warnings: ReadError[] = [];
  const articles = await readAllArticles(path, {
    ...options,
    onError: (e) => errors.push(e),
    onWarning: (w) => warnings.push(w),
  });
  return { articles, errors, warnings };
}

function csvRows(n: number, broken: Map<number, string> = new Map()): string {
  const rows = ['id,date,text'];
  for (let i = 1; i <= n; i++) rows.push(broken.get(i) ?? `r${i},2025-01-02,"Row ${i} says ""hello"", twice."`);
  return rows.join('\n') + '\n';
}

test('CSV: an unterminated quote costs only its own row; it is reported at the line where it opened', async () => {
  // Row 3 (line 4) opens a quote that never closes; the 997 rows after it are valid records.
  const path = write('unterminated-1000.csv', csvRows(1000, new Map([[3, 'r3,2025-01-02,"This quote never closes']])));
  const { articles, errors } = await read(path);
  assert.equal(articles.length, 999);
  assert.deepEqual(
    errors.map((e) => e.line),
    [4],
  );
  assert.match(
    errors[0].message,
    /a quote opened on this line runs on to line 5; the lines after this one are read again/,
  );
  assert.equal(articles[2].id, 'r4');
  // At the end of the file the quote has nothing to pair with: it never closes.
  const last = await read(
    write('unterminated-last.csv', csvRows(5, new Map([[5, 'r5,2025-01-02,"never closes']])) + 'and more words\n'),
  );
  assert.equal(last.articles.length, 4);
  assert.deepEqual(
    last.errors.map((e) => e.line),
    [6, 7],
  );
  assert.match(last.errors[0].message, /unterminated quote: the quoted field opened on this line never closes/);
});

test('CSV: every row that cannot be read is reported, and reading resumes at the next valid record', async () => {
  // The quote opened on line 3 runs on (lines 4-5 are the rest of a broken field); line 6 starts a valid record.
  const text =
    'id,date,text\nr1,2025-01-02,fine\nr2,2025-01-02,"opens here\nstray words\nmore, stray, words, here\nr3,2025-01-02,fine again\n';
  const { articles, errors } = await read(write('resume.csv', text));
  assert.deepEqual(
    articles.map((a) => a.id),
    ['r1', 'r3'],
  );
  assert.deepEqual(
    errors.map((e) => e.line),
    [3, 4, 5],
  );
  assert.match(errors[1].message, /1 field, the header has 3/);
  assert.match(errors[2].message, /4 fields, the header has 3/);
});

test('CSV: a quoted field with line breaks is still one record', async () => {
  const { articles, errors } = await read(
    write(
      'multiline.csv',
      'id,date,text\nm1,2025-01-02,"First line.\n\nSecond ""quoted"" paragraph."\nm2,2025-01-03,Plain.\n',
    ),
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(
    articles.map((a) => a.text),
    ['First line.\n\nSecond "quoted" paragraph.', 'Plain.'],
  );
});

test('TSV: no quoting by default (a " is a character), escapes \\t \\n \\\\; --tsv-quotes reads CSV-style quoting', async () => {
  const rows = ['id\tdate\ttext'];
  for (let i = 1; i <= 250; i++) rows.push(`t${i}\t2025-01-02\t"Quoted words," she said of row ${i}.`);
  rows.push('t251\t2025-01-02\tTab\\there and a line\\nbreak, a backslash \\\\.');
  const path = write('straight.tsv', rows.join('\n') + '\n');
  const { articles, errors } = await read(path);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 251);
  assert.equal(articles[0].text, '"Quoted words," she said of row 1.');
  assert.equal(articles[250].text, 'Tab\there and a line\nbreak, a backslash \\.');
  const quoted = write('quoted.tsv', 'id\tdate\ttext\nq1\t2025-01-02\t"Two\tfields in one ""quoted"" one"\n');
  const q = await read(quoted, { tsvQuotes: true });
  assert.deepEqual(
    q.articles.map((a) => a.text),
    ['Two\tfields in one "quoted" one'],
  );
});

test('CSV and TSV on stdin are recognized by their header', () => {
  const csv = parley(['analyze', '-'], {
    input: '"id","date","text"\ns1,2025-01-02,The council met.\ns2,2025-01-03,The council voted.\n',
  });
  assert.equal(csv.status, 0, csv.stderr);
  assert.deepEqual(
    csv.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article.id),
    ['s1', 's2'],
  );
  const tsv = parley(['analyze', '-'], { input: 'id\tdate\ttext\nt1\t2025-01-02\tThe council met.\n' });
  assert.equal(tsv.status, 0, tsv.stderr);
  assert.deepEqual(
    tsv.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article.id),
    ['t1'],
  );
});

test('Reuters-21578 dates with trailing control codes are read', async () => {
  const records = [
    { date: '27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM', body: 'Shares rose.' },
    { date: '27-MAR-1987 00:03:35.68\u0005\u0005\u0005F', body: 'Bonds fell.' },
    { date: ' 3-MAR-1987  09:15:05.40', body: 'Oil was flat.' },
  ];
  const { articles, errors } = await read(write('reuters.json', JSON.stringify(records)));
  assert.deepEqual(errors, []);
  assert.deepEqual(
    articles.map((a) => a.date),
    ['1987-03-27T00:02:59', '1987-03-27T00:03:35', '1987-03-03T09:15:05'],
  );
});

test('text that is not UTF-8 is read as Windows-1252 with a warning naming the line; --encoding decides', async () => {
  const body = (bytes: number[]) =>
    Buffer.concat([
      Buffer.from('date 2025-01-02\n\nThe fare is '),
      Buffer.from(bytes),
      Buffer.from('5 and the caf'),
      Buffer.from([0xe9]),
      Buffer.from(' is open.\n'),
    ]);
  const path = write('cp1252.txt', body([0xa3]));
  const auto = await read(path);
  assert.equal(auto.articles[0].text, 'The fare is £5 and the café is open.\n');
  assert.deepEqual(
    auto.warnings.map((w) => w.line),
    [3],
  );
  // Mostly UTF-8 with one stray byte: the UTF-8 stays UTF-8.
  const mixed = await read(
    write(
      'mixed.txt',
      Buffer.concat([Buffer.from('date 2025-01-02\n\n“Café” costs '), Buffer.from([0xa3]), Buffer.from('5.\n')]),
    ),
  );
  assert.equal(mixed.articles[0].text, '“Café” costs £5.\n');
  const named = await read(path, { encoding: 'latin1' });
  assert.equal(named.articles[0].text, auto.articles[0].text);
  assert.deepEqual(named.warnings, []);
  const strict = await read(path, { encoding: 'utf-8' });
  assert.equal(strict.articles.length, 0);
  assert.match(strict.errors[0].message, /not valid UTF-8/);
  // A byte sequence split across stream chunks still decodes.
  const long = write('long-utf8.jsonl', `{"date":"2025-01-02","text":"${'é'.repeat(600_000)}"}\n`);
  const l = await read(long);
  assert.deepEqual(l.warnings, []);
  assert.equal(l.articles[0].text.length, 600_000);
  const cli = parley(['analyze', path]);
  assert.equal(cli.status, 0);
  assert.match(cli.stderr, /^parley: warning: .*cp1252\.txt:3: not valid UTF-8/);
  const bad = parley(['analyze', path, '--encoding', 'klingon']);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, 'parley: unknown --encoding "klingon" (try utf-8, windows-1252, latin1, iso-8859-15)\n');
});

test('an RSS file that is an HTML page says so', async () => {
  const page =
    '<!DOCTYPE html>\n<html><head><title>News</title><link rel="stylesheet" href="a.css"></head><body><p>Hello<br></p></body></html>\n';
  const { errors } = await read(write('page.rss', page));
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /this is an HTML page, not a feed/);
});

test('no stack lines on stderr for any bad input', () => {
  const inputs = [
    write('bad1.csv', 'id,date\n1,2'),
    write('bad2.json', '[{'),
    write('bad3.rss', '<rss><channel>'),
    write('bad4.txt', Buffer.from([0, 1, 2])),
  ];
  const r = parley(['analyze', ...inputs]);
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stderr, STACK_LINE);
  assert.equal(r.stderr.trim().split('\n').length, 5, r.stderr);
});
