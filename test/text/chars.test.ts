import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  charClasses,
  C_APOS,
  C_DIGIT,
  C_LOWER,
  C_NEWLINE,
  C_OTHER,
  C_PUNCT,
  C_QUOTE,
  C_SPACE,
  C_SYMBOL,
  C_UPPER,
} from '../../src/text/chars.js';

/** The class table by its definition, one code point at a time. */
function classOf(c: number): number {
  const ch = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return C_LOWER;
  if (ch !== ch.toLowerCase()) return C_UPPER;
  if (ch !== ch.toUpperCase()) return C_LOWER;
  if (/\p{L}|\p{M}/u.test(ch)) return C_LOWER;
  if (/\p{Nd}/u.test(ch)) return C_DIGIT;
  if (/\s/u.test(ch)) return C_SPACE;
  return C_SYMBOL;
}

const charClass = charClasses();

const OVERRIDDEN = new Set([
  0x0a,
  0x0d,
  0x2028,
  0x2029,
  0x2e,
  // Emoji presentation selectors and the zero-width joiner: symbols, so they never join a word.
  0xfe0e,
  0xfe0f,
  0x200d,
  ...Array.from('“”"«»„‟\'‘’‛`´-‐‑–—―,;:!?()[]{}…', (ch) => ch.charCodeAt(0)),
]);

test('the painted class table equals the per-code-point definition over the whole BMP', () => {
  let checked = 0;
  for (let c = 0; c < 65536; c++) {
    if (OVERRIDDEN.has(c)) continue;
    assert.equal(charClass[c], classOf(c), `U+${c.toString(16).padStart(4, '0')}`);
    checked++;
  }
  assert.ok(checked > 65000);
  assert.ok(!charClass.includes(C_OTHER));
});

test('classes of familiar characters', () => {
  assert.equal(charClass['A'.charCodeAt(0)], C_UPPER);
  assert.equal(charClass['é'.charCodeAt(0)], C_LOWER);
  assert.equal(charClass['ǅ'.charCodeAt(0)], C_UPPER); // title case changes when lowercased
  assert.equal(charClass['中'.charCodeAt(0)], C_LOWER);
  assert.equal(charClass['٣'.charCodeAt(0)], C_DIGIT);
  assert.equal(charClass[0xa0], C_SPACE);
  assert.equal(charClass['\n'.charCodeAt(0)], C_NEWLINE);
  assert.equal(charClass['“'.charCodeAt(0)], C_QUOTE);
  assert.equal(charClass['’'.charCodeAt(0)], C_APOS);
  assert.equal(charClass[','.charCodeAt(0)], C_PUNCT);
  assert.equal(charClass['€'.charCodeAt(0)], C_SYMBOL);
});

test('the table is built on first use, not at import', () => {
  // A fresh process: importing the module leaves the table empty; charClasses() fills it.
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `
    const m = await import(${JSON.stringify(new URL('../../src/text/chars.ts', import.meta.url).href)});
    const before = m.charClass.every((k) => k === m.C_OTHER);
    m.charClasses();
    console.log(JSON.stringify({ before, after: m.charClass['A'.charCodeAt(0)] === m.C_UPPER }));
  `,
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(JSON.parse(out), { before: true, after: true });
});
