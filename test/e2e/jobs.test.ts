/**
 * `--jobs`: the bundled `parley` prints, in every run mode (in-process, worker pool, stage split), byte for byte what
 * the library gives in this process for the same articles, in input order; it reports a bad record while the others
 * go through, and exits cleanly when its reader goes away. Each mode runs once over one small input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { readAllArticles } from '../../src/read/index.js';
import type { Analysis } from '../../src/model/schema.js';
import { renderQuotes } from '../../src/cli/quotes.js';
import { renderEvents } from '../../src/cli/events.js';
import { renderPretty } from '../../src/cli/pretty.js';
import { BUNDLE, ROOT, parley } from '../helpers/cli.js';

// Short articles written for this test.
const STORIES = [
  'The mayor of Lindenport, Clara Vos, said on Monday that the harbor would reopen next week. "We are ready," Vos told reporters.',
  'Foreign Minister Anton Berg met his Estonian counterpart in Tallinn on Tuesday. Berg said talks would continue in March.',
  'Police arrested two men in Oslo on Friday after a protest outside parliament turned violent, a spokesman said.',
  'The central bank raised interest rates by half a point on Wednesday. "Inflation is still too high," governor Maria Lund said.',
  'Rebels attacked a convoy near the border on Sunday, killing three soldiers, the army said in a statement.',
  'President Elena Moro will visit Japan in June, her office announced on Thursday, the first such trip in a decade.',
];
const IDS = STORIES.map((_, i) => `s${i + 1}`);

function jsonl(withBadLine: boolean): string {
  const lines = STORIES.map((text, i) => JSON.stringify({ id: IDS[i], date: '2025-05-0' + ((i % 9) + 1), text }));
  if (withBadLine) lines.splice(3, 0, '{"id": "broken", "text": ');
  return lines.join('\n') + '\n';
}

function writeInput(withBadLine: boolean): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-jobs-')), 'stories.jsonl');
  writeFileSync(file, jsonl(withBadLine));
  return file;
}

/** What the library gives for the stories, rendered as each command prints it. */
let analyses: Analysis[] | undefined;
async function expected(render: (a: Analysis) => string): Promise<string> {
  analyses ??= (await readAllArticles(writeInput(false))).map((a) => analyze(a));
  assert.deepEqual(
    analyses.map((a) => a.article.id),
    IDS,
  );
  return analyses.map(render).join('');
}
const jsonLine = (a: Analysis): string => JSON.stringify(a) + '\n';

test('analyze --jobs 1, 2 and split each print what analyze() gives, in input order, and exit 0', async () => {
  const file = writeInput(false);
  const want = await expected(jsonLine);
  for (const jobs of ['1', '2', 'split']) {
    const r = parley(['analyze', file, '--jobs', jobs]);
    assert.equal(r.stderr, '', `--jobs ${jobs}`);
    assert.equal(r.status, 0, `--jobs ${jobs}`);
    assert.equal(r.stdout, want, `--jobs ${jobs}`);
  }
});

test('a bad record in the middle is reported on workers and on the split, the others go through, exit 1', async () => {
  const file = writeInput(true);
  const want = await expected(jsonLine);
  for (const jobs of ['2', 'split']) {
    const r = parley(['analyze', file, '--jobs', jobs]);
    assert.equal(r.status, 1, `--jobs ${jobs}`);
    assert.match(r.stderr, /stories\.jsonl:4.*invalid JSON/);
    assert.match(r.stderr, /1 input problem reported above/);
    assert.equal(r.stdout, want, `--jobs ${jobs}`);
  }
});

test('quotes, events and pretty print (stdin) what their renderers give in-process; pretty also on workers', async () => {
  // The pool hands every command the same Analysis objects (analyze --jobs 2 above checks them), so one command on
  // workers covers the rest.
  const commands: [string[], (a: Analysis) => string][] = [
    [['quotes'], renderQuotes],
    [['quotes', '--json'], (a) => JSON.stringify({ article: a.article, quotes: a.quotes }) + '\n'],
    [['events'], renderEvents],
    [['events', '--json'], (a) => JSON.stringify({ article: a.article, events: a.events }) + '\n'],
    [['analyze', '--format', 'pretty'], renderPretty],
    [['analyze', '--format', 'pretty', '--jobs', '2'], renderPretty],
  ];
  for (const [command, render] of commands) {
    const jobs = command.includes('--jobs') ? [] : ['--jobs', '1'];
    const r = parley([...command, '-', '--input', 'jsonl', ...jobs], jsonl(false));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, await expected(render), command.join(' '));
  }
});

test('--jobs must be a whole number >= 1 or split; split only for analyze --format json', () => {
  const r = parley(['analyze', '-', '--jobs', '0'], '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--jobs/);
  const q = parley(['quotes', '-', '--input', 'jsonl', '--jobs', 'split'], jsonl(false));
  assert.equal(q.status, 1);
  assert.match(q.stderr, /--jobs split works with analyze --format json only/);
  assert.equal(q.stdout, '');
});

for (const jobs of ['2', 'split']) {
  test(`a reader that closes early (| head) ends the run without a hang or an EPIPE crash (--jobs ${jobs})`, async () => {
    const many = Array.from({ length: 60 }, () => jsonl(false)).join('');
    const child = spawn(process.execPath, [BUNDLE, 'analyze', '-', '--input', 'jsonl', '--jobs', jobs], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(many);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error/);
  });
}
