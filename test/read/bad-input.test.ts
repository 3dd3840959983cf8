/** Bad input gives a ReadError naming the file (and line/field), never a crash or a hang. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  readAllArticles,
  readArticles,
  ReadError,
  MAX_ARTICLE_CHARS,
  MAX_RECORD_CHARS,
  type ReadOptions,
} from '../../src/read/index.js';
import { readJsonl } from '../../src/read/jsonl.js';
import { scanHtml } from '../../src/read/html-text.js';
import type { Article } from '../../src/model/doc.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readCollecting(
  path: string,
  options: ReadOptions = {},
): Promise<{ articles: Article[]; errors: ReadError[] }> {
  const errors: ReadError[] = [];
  const articles = await readAllArticles(path, { ...options, onError: (e) => errors.push(e) });
  return { articles, errors };
}

/** Expect exactly one ReadError naming the file, matching `pattern`. */
async function expectReadError(path: string, pattern: RegExp, options: ReadOptions = {}): Promise<ReadError> {
  let caught: unknown;
  try {
    await readAllArticles(path, options);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof ReadError, `expected a ReadError, got ${String(caught)}`);
  assert.equal(caught.file, path);
  assert.match(caught.message, pattern);
  return caught;
}

test('missing and empty files', async () => {
  await expectReadError(join(dir, 'nope.txt'), /no such file/);
  for (const ext of ['txt', 'jsonl', 'csv', 'json', 'html', 'rss'])
    await expectReadError(write(`empty.${ext}`, ''), /empty/);
  await expectReadError(write('blank.txt', '  \n\n \n'), /empty/);
  await expectReadError(write('blank.jsonl', '\n\n'), /no records/);
});

test('no date and invalid dates name the date field', async () => {
  const e1 = await expectReadError(write('nodate.txt', 'Some plain text without any date.'), /no date/);
  assert.equal(e1.field, 'date');
  const e2 = await expectReadError(write('baddate.txt', 'date 2025-02-30\n\nBody text.'), /invalid date "2025-02-30"/);
  assert.equal(e2.field, 'date');
  await expectReadError(write('baddate2.txt', 'Body text.'), /invalid date/, { date: '2025-02-30' });
  const e3 = await expectReadError(
    write(
      'baddate.html',
      '<html><head><meta property="article:published_time" content="2025-02-30"></head><body><p>Text.</p></body></html>',
    ),
    /invalid date "2025-02-30"/,
  );
  assert.equal(e3.field, 'date');
});

test('binary files are refused, and invalid UTF-8 under --encoding utf-8, with the line they are on', async () => {
  const e1 = await expectReadError(
    write('binary.txt', new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0x00, 0x01, 0x02])),
    /binary/,
  );
  assert.equal(e1.line, 2);
  const latin1 = Buffer.concat([
    Buffer.from('{"date":"2025-01-01","text":"ok"}\n{"date":"2025-01-01","text":"caf'),
    Buffer.from([0xe9]),
    Buffer.from('"}\n'),
  ]);
  const e2 = await expectReadError(write('latin1.jsonl', latin1), /not valid UTF-8/, { encoding: 'utf-8' });
  assert.equal(e2.line, 2);
  await expectReadError(
    write('latin1.csv', Buffer.concat([Buffer.from('date,text\n2025-01-01,caf'), Buffer.from([0xe9, 0x0a])])),
    /not valid UTF-8/,
    { encoding: 'utf-8' },
  );
  await expectReadError(
    write('png.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    /binary/,
  );
});

test('a 50 MB single article is refused with the documented limit', async () => {
  const big = write(
    'big.txt',
    'date 2025-01-01\n\n' + 'The council met again today. '.repeat(Math.ceil((50 * 1024 * 1024) / 29)),
  );
  const e = await expectReadError(big, new RegExp(`limit is ${MAX_ARTICLE_CHARS}`));
  assert.equal(e.field, 'text');
});

test('a JSONL line over the record limit is reported without holding it, and the next line still reads', async () => {
  const huge = '{"date":"2025-01-01","text":"' + 'x'.repeat(MAX_RECORD_CHARS + 10) + '"}';
  const path = write('hugeline.jsonl', huge + '\n{"id":"after","date":"2025-01-02","text":"Still read."}\n');
  const { articles, errors } = await readCollecting(path);
  assert.deepEqual(
    articles.map((a) => a.id),
    ['after'],
  );
  assert.equal(errors.length, 1);
  assert.equal(errors[0].line, 1);
  assert.match(errors[0].message, /limit/);
});

test('unterminated quotes: JSON, CSV, HTML attributes, wire text', async () => {
  const e = await expectReadError(
    write('unterminated.json', '[{"date": "2025-01-01", "text": "never closed\n}]'),
    /invalid JSON/,
  );
  assert.equal(typeof e.line, 'number');
  const { errors } = await readCollecting(
    write('unterminated.csv', 'date,text\n2025-01-01,"open quote\nrest of file\n'),
  );
  assert.deepEqual(
    errors.map((e) => e.line),
    [2, 3],
  );
  assert.match(errors[0].message, /unterminated quote/);
  assert.match(errors[1].message, /1 field, the header has 2/);
  // As in a browser, the open attribute swallows the rest of the page: no text left, and the error says so.
  await expectReadError(
    write('unterminated.html', '<html><body><p class="x>Text after a broken attribute.</p></body></html>'),
    /no text/,
    { date: '2025-01-01' },
  );
  const [page] = await readAllArticles(
    write('unterminated2.html', '<html><body><p>Kept text.</p><p class="x>swallowed</p></body></html>'),
    { date: '2025-01-01' },
  );
  assert.equal(page.text, 'Kept text.');
  const [wire] = await readAllArticles(
    write('quote.txt', 'date 2025-01-01\n\n“She said it never ends, and it never closes'),
  );
  assert.ok(wire.text.startsWith('“She said'));
});

test('deeply nested markup: HTML falls back to the streaming extractor, XML hits the documented depth limit', async () => {
  const depth = 50_000;
  const html =
    '<html><head><meta name="date" content="2025-01-01"></head><body>' +
    '<div>'.repeat(depth) +
    '<p>Deep text survives.</p>' +
    '</div>'.repeat(depth) +
    '</body></html>';
  assert.equal(scanHtml(html).maxDepth > depth, true);
  const [a] = await readAllArticles(write('deep.html', html));
  assert.equal(a.text, 'Deep text survives.');
  assert.equal(a.meta.extractor, 'streaming');
  const rss =
    '<rss><channel><item><pubDate>2025-01-01</pubDate><description>' +
    '<b>'.repeat(5000) +
    'x' +
    '</b>'.repeat(5000) +
    '</description></item></channel></rss>';
  await expectReadError(write('deep.rss', rss), /nested/);
  // Unclosed tags are also just a depth, not a hang.
  const [b] = await readAllArticles(write('unclosed.html', '<div>'.repeat(20_000) + 'Unclosed text.'), {
    date: '2025-01-01',
  });
  assert.equal(b.text, 'Unclosed text.');
});

test('missing fields are named', async () => {
  const { errors } = await readCollecting(
    write(
      'fields.jsonl',
      [
        '{"date":"2025-01-01"}',
        '{"text":"No date."}',
        '{"date":"2025-01-01","text":42}',
        '[1,2]',
        '"just a string"',
      ].join('\n'),
    ),
  );
  assert.deepEqual(
    errors.map((e) => [e.line, e.field ?? null]),
    [
      [1, 'text'],
      [2, 'date'],
      [3, 'text'],
      [4, null],
      [5, null],
    ],
  );
  await expectReadError(write('notext.csv', 'date,body2\n2025-01-01,x\n'), /no "text" column/);
  const { errors: rssErrors } = await readCollecting(
    write(
      'notext.rss',
      '<rss><channel><item><title>Only a title</title><pubDate>2025-01-01</pubDate></item></channel></rss>',
    ),
  );
  assert.equal(rssErrors[0].field, 'description');
});

test('malformed XML and non-feed XML name the file', async () => {
  const e = await expectReadError(
    write('broken.rss', '<rss><channel><item><title>x</item></channel></rss>'),
    /malformed XML/,
  );
  assert.equal(typeof e.line, 'number');
  await expectReadError(
    write('other.xml', '<?xml version="1.0"?><catalog><book>x</book></catalog>'),
    /not an RSS or Atom feed/,
  );
});

test('without onError the first problem is thrown; with it reading goes on', async () => {
  const path = write(
    'mixed.jsonl',
    '{"date":"2025-01-01","text":"One."}\nnot json\n{"date":"2025-01-02","text":"Three."}\n',
  );
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const a of readArticles(path)) seen.push(a.text);
  }, /mixed.jsonl:2: invalid JSON/);
  assert.deepEqual(seen, ['One.']);
  const { articles } = await readCollecting(path);
  assert.deepEqual(
    articles.map((a) => a.text),
    ['One.', 'Three.'],
  );
});

test('JSONL is streamed: the first article arrives before the input is read to the end', async () => {
  let produced = 0;
  async function* source(): AsyncGenerator<string> {
    for (let i = 0; i < 1000; i++) {
      produced++;
      yield `{"id":"r${i}","date":"2025-01-01","text":"Record ${i}."}\n`;
    }
  }
  const it = readJsonl(
    {
      path: 'mem.jsonl',
      file: 'mem.jsonl',
      options: {},
      report: (e) => {
        throw e;
      },
    },
    source(),
  );
  const first = await it.next();
  assert.equal(first.done, false);
  assert.equal((first.value as Article).id, 'r0');
  assert.ok(produced < 10, `read ${produced} chunks before the first article`);
  await it.return(undefined);
});

test('UTF-16 with a BOM is decoded; HTML declaring a legacy charset is decoded as declared', async () => {
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('date 2025-01-01\n\nThe café reopened on Monday.\n', 'utf16le'),
  ]);
  const [a] = await readAllArticles(write('utf16.txt', utf16));
  assert.equal(a.date, '2025-01-01');
  assert.equal(a.text, 'The café reopened on Monday.\n');
  const cp1252 = Buffer.concat([
    Buffer.from(
      '<html><head><meta charset="windows-1252"><meta name="date" content="2025-01-01"></head><body><p>The caf',
    ),
    Buffer.from([0xe9, 0x20, 0x93]),
    Buffer.from('reopened'),
    Buffer.from([0x94]),
    Buffer.from(' on Monday.</p></body></html>'),
  ]);
  const [h] = await readAllArticles(write('cp1252.html', cp1252));
  assert.equal(h.text, 'The café “reopened” on Monday.');
  // Undeclared Latin-1 is read as Windows-1252, never silently: a warning names the file and line;
  // --encoding utf-8 refuses it.
  const latin1 = write('latin1.txt', Buffer.concat([Buffer.from('date 2025-01-01\n\ncaf'), Buffer.from([0xe9])]));
  const warnings: ReadError[] = [];
  const [l] = await readAllArticles(latin1, { onWarning: (w) => warnings.push(w) });
  assert.equal(l.text, 'café');
  assert.deepEqual(
    warnings.map((w) => [w.file, w.line]),
    [[latin1, 3]],
  );
  await expectReadError(latin1, /not valid UTF-8/, { encoding: 'utf-8' });
});

test('a folder with a symlink loop and a dangling link is walked once', async () => {
  const { mkdirSync, symlinkSync } = await import('node:fs');
  const root = join(dir, 'loop');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'sub', 'a.txt'), 'date 2025-01-01\n\nOne article.');
  symlinkSync(root, join(root, 'sub', 'back'));
  symlinkSync(join(root, 'missing.txt'), join(root, 'dangling.txt'));
  const articles = await readAllArticles(root);
  assert.deepEqual(
    articles.map((a) => a.text),
    ['One article.'],
  );
});
