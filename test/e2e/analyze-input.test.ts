/** `parley analyze`: JSONL out as it reads, bad records on stderr with file:line, non-zero exit at the end. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisSchema } from '../../src/model/schema.js';
import { parley } from '../helpers/cli.js';

const fixture = (name: string): string => `test/fixtures/read/${name}`;

test('a JSONL file with bad lines: one analysis per good line, each bad line on stderr, exit 1', () => {
  const r = parley(['analyze', fixture('records.jsonl')]);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(
    lines.map((l) => AnalysisSchema.parse(JSON.parse(l)).article.id),
    ['a1', 'a2', 'a7'],
  );
  for (const n of [4, 5, 6, 7]) assert.ok(r.stderr.includes(`${fixture('records.jsonl')}:${n}`), r.stderr);
  assert.equal(r.status, 1);
});

test('a clean input exits 0 with nothing on stderr', () => {
  const r = parley(['analyze', fixture('records.json')]);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim().split('\n').length, 2);
});

test('stdin: format sniffed, --date used for plain text', () => {
  const r = parley(['analyze', '-', '--date', '2025-09-01'], 'The harbor reopened on Monday, officials said.\n');
  assert.equal(r.status, 0, r.stderr);
  const a = AnalysisSchema.parse(JSON.parse(r.stdout));
  assert.equal(a.article.date, '2025-09-01');
  const j = parley(
    ['analyze', '-'],
    '{"id":"s1","date":"2025-09-02","text":"One."}\n{"id":"s2","date":"2025-09-03","text":"Two."}\n',
  );
  assert.deepEqual(
    j.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).article.id),
    ['s1', 's2'],
  );
});

test('an unknown --input is refused', () => {
  const r = parley(['analyze', fixture('records.json'), '--input', 'docx']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--input must be one of/);
});
