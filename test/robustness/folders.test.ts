/** Folders: one bad entry never aborts the walk; what is not read is counted, and named with --verbose. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readAllArticles, type ReadError } from '../../src/read/index.js';
import { parley, scratch, write, STACK_LINE } from './helpers.js';

const article = (n: number): string => `date 2025-01-0${n}\n\nThe council met for the ${n}th time.\n`;

function tree(name: string): string {
  const top = join(scratch, name);
  write(`${name}/a.txt`, article(1));
  write(`${name}/sub/b.txt`, article(2));
  write(`${name}/notes.docx`, 'not read');
  write(`${name}/image.png`, 'not read');
  symlinkSync(join(top, 'missing.txt'), join(top, 'dangling.txt'));
  symlinkSync(top, join(top, 'sub', 'up'));
  symlinkSync(join(top, 'loop1.txt'), join(top, 'loop2.txt'));
  symlinkSync(join(top, 'loop2.txt'), join(top, 'loop1.txt'));
  return top;
}

test('unsupported files, dangling links and link loops are skipped, counted and named', async () => {
  const top = tree('walk');
  const skipped: [string, string][] = [];
  const errors: ReadError[] = [];
  const articles = await readAllArticles(top, {
    onError: (e) => errors.push(e),
    onSkip: (path, why) => skipped.push([path, why]),
  });
  assert.deepEqual(
    articles.map((a) => a.date),
    ['2025-01-01', '2025-01-02'],
  );
  assert.deepEqual(errors, []);
  assert.deepEqual(skipped.map(([p]) => p.slice(top.length + 1)).sort(), [
    'dangling.txt',
    'image.png',
    'loop1.txt',
    'loop2.txt',
    'notes.docx',
    'sub/up',
  ]);
  const quiet = parley(['analyze', top]);
  assert.equal(quiet.status, 0);
  assert.equal(
    quiet.stderr,
    'parley: 6 files in folders skipped (not a supported format, or a broken link); --verbose names them\n',
  );
  const verbose = parley(['analyze', top, '--verbose']);
  assert.match(verbose.stderr, /skipped .*dangling\.txt: a dangling link/);
  assert.match(verbose.stderr, /skipped .*loop1\.txt: a link loop/);
  assert.match(verbose.stderr, /skipped .*notes\.docx: unsupported extension/);
  assert.equal(verbose.stderr.trim().split('\n').length, 7);
});

// Permission bits do not stop root, so these run only as another user.
const asRoot = process.getuid?.() === 0;

test(
  'an unreadable subfolder is reported and the rest of the folder is read',
  { skip: asRoot && 'root reads every folder' },
  async () => {
    const top = join(scratch, 'locked');
    write('locked/a.txt', article(1));
    write('locked/private/b.txt', article(2));
    write('locked/z.txt', article(3));
    chmodSync(join(top, 'private'), 0o000);
    try {
      const r = parley(['analyze', top]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout.trim().split('\n').length, 2);
      assert.match(r.stderr, /private: cannot read the folder: permission denied/);
      assert.doesNotMatch(r.stderr, STACK_LINE);
    } finally {
      chmodSync(join(top, 'private'), 0o755);
    }
  },
);

test(
  'a file in a folder that cannot be searched is "permission denied", not "no such file"',
  { skip: asRoot && 'root searches every folder' },
  () => {
    const dir = join(scratch, 'nosearch');
    mkdirSync(dir);
    write('nosearch/a.txt', article(1));
    chmodSync(dir, 0o600);
    try {
      const r = parley(['analyze', join(dir, 'a.txt')]);
      assert.match(r.stderr, /a\.txt: permission denied/);
    } finally {
      chmodSync(dir, 0o755);
    }
  },
);

test('a missing path is "no such file or folder"', () => {
  const r = parley(['analyze', join(scratch, 'nowhere', 'a.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /a\.txt: no such file or folder/);
});
