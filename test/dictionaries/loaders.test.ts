import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shared } from '../helpers/shared.js';
import {
  DictionaryError,
  loadDictionaryDir,
  loadDictionaryFile,
  parseDictionaryText,
} from '../../src/dictionaries/index.js';

const PETRARCH = shared('gazetteers', 'petrarch2-dictionaries');
const PETR = PETRARCH.path;

function tmpFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dict-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The error thrown by fn, which must be a DictionaryError naming `file:line`. */
function failsAt(fn: () => unknown, file: string, line: number): DictionaryError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DictionaryError, `expected a DictionaryError, got ${String(e)}`);
    assert.equal(e.line, line);
    assert.ok(e.message.includes(`${file}:${line}:`), e.message);
    return e;
  }
  assert.fail('expected an error');
}

test('PETRARCH validation actors: fictional countries, synonyms and dated codes', { skip: PETRARCH.skip }, () => {
  const d = loadDictionaryFile(join(PETR, 'PETR.Validate.actors.txt'));
  const byName = (n: string) => d.actors.find((a) => a.names.includes(n));
  assert.equal(byName('GONDOR')?.code, 'GON');
  assert.ok(byName('GONDOR')?.names.includes('MINAS TIRITH'));
  assert.equal(byName('HAMAS')?.code, 'PSEREBHMS');
  // GOLLUM: [HOB < 950601] [HOBGOV 19950601 - 19990815] [HOBREB > 990816] -> the open-ended code.
  const gollum = byName('GOLLUM');
  assert.equal(gollum?.code, 'HOBREB');
  assert.equal(gollum?.type, 'PERSON');
  assert.ok(gollum?.names.includes('SMEAGOL'));
  assert.match(gollum!.origin, /PETR\.Validate\.actors\.txt:\d+$/);
  // Null-coded actors ([---]) are not loaded.
  assert.equal(byName('BOROMIR'), undefined);
});

test('PETRARCH validation agents: plurals, {} and substitution sets', { skip: PETRARCH.skip }, () => {
  const d = loadDictionaryFile(join(PETR, 'PETR.Validate.agents.txt'));
  const sectorOf = (t: string) => d.agents.find((a) => a.terms.includes(t))?.sector;
  assert.equal(sectorOf('ambassador'), 'GOV');
  assert.equal(sectorOf('ambassadors'), 'GOV'); // regular plural
  assert.equal(sectorOf('police'), 'COP');
  assert.equal(sectorOf('polices'), undefined); // {} = no plural
  assert.equal(sectorOf('attorneys general'), 'GOV'); // listed plural
  assert.equal(sectorOf('congresswomen'), 'LEG'); // !PERSON! substitution
  assert.equal(sectorOf('ministries of silly walks'), 'GOV'); // !MINST!
  assert.equal(sectorOf('human rights body'), 'NGO'); // NGO~ prefix code
});

test(
  'the real Phoenix folder loads whole; its few sloppy lines come back as file:line warnings',
  { skip: PETRARCH.skip },
  () => {
    const d = loadDictionaryDir(PETR);
    assert.ok(d.actors.length > 20000, `actors: ${d.actors.length}`);
    assert.ok(d.agents.length > 2000, `agents: ${d.agents.length}`);
    assert.ok(d.verbs.length > 1000, `verbs: ${d.verbs.length}`);
    const usa = d.actors.find((a) => a.names[0] === 'UNITED STATES OF AMERICA');
    assert.equal(usa?.code, 'USA');
    assert.ok(usa?.names.includes('WASHINGTON'));
    assert.equal(d.actors.find((a) => a.names.includes('WHITE HOUSE'))?.code, 'USAGOV');
    for (const w of d.warnings) assert.match(w, /\.txt:\d+: /);
    assert.ok(d.verbs.every((v) => /^\d{2,4}[A-Za-z]?$/.test(v.cameo) && v.origin.includes(':')));
    assert.throws(() => loadDictionaryDir(PETR, { strict: true }), DictionaryError);
  },
);

test('bad actors files: the error names file and line', () => {
  const p1 = tmpFile('bad.actors', 'GONDOR [GON]\n# fine\n\t[GONGOV >991301x]\n');
  failsAt(() => loadDictionaryFile(p1, { strict: true }), p1, 3);
  const p2 = tmpFile('orphan.actors', '# header\n\n+MINAS_TIRITH\n');
  failsAt(() => loadDictionaryFile(p2, { strict: true }), p2, 3);
  const p3 = tmpFile('open.actors', 'GONDOR [GON\nROHAN [ROH]\n');
  failsAt(() => loadDictionaryFile(p3, { strict: true }), p3, 1);
  const p4 = tmpFile('comment.actors', 'GONDOR [GON]\n<!-- never closed\nROHAN [ROH]\n');
  failsAt(() => loadDictionaryFile(p4), p4, 2);
  // Lenient mode skips the bad line, keeps the rest and reports it.
  const ok = loadDictionaryFile(p3);
  assert.deepEqual(
    ok.actors.map((a) => a.code),
    ['ROH'],
  );
  assert.equal(ok.warnings.length, 1);
  assert.ok(ok.warnings[0].startsWith(`${p3}:1:`));
});

test('bad agents, verbs and JSON files name file and line', () => {
  const a = tmpFile('bad.agents', 'POLICE {} [~COP]\nSOLDIER\n');
  failsAt(() => loadDictionaryFile(a, { strict: true }), a, 2);
  const s = tmpFile('subst.agents', 'POLICE [~COP]\n!MINST!_OF_FUN [~GOV]\n');
  failsAt(() => loadDictionaryFile(s, { strict: true }), s, 2);
  const v = tmpFile('my.verbs', '--- GRANT [070] ---\nGRANT\n- * AID [071]\n- * RUPEES\n');
  failsAt(() => loadDictionaryFile(v, { strict: true }), v, 4);
  const j = tmpFile(
    'mine.json',
    '{\n  "actors": [\n    {"names": ["Gondor"], "code": "GON"},\n    {"names": [], "code": "ROH"}\n  ]\n}\n',
  );
  failsAt(() => loadDictionaryFile(j), j, 4);
  const broken = tmpFile('broken.json', '{\n  "agents": [\n    {"terms": ["rangers"] "sector": "MIL"}\n  ]\n}\n');
  failsAt(() => loadDictionaryFile(broken), broken, 3);
});

test('Parley JSON dictionaries', () => {
  const j = tmpFile(
    'team.json',
    JSON.stringify(
      {
        actors: [{ names: ['Shehbaz Sharif'], code: 'PAKGOV', type: 'PERSON' }],
        agents: [{ terms: ['Rangers'], sector: 'mil' }],
        verbs: [{ cameo: '0256', verb: 'Urge', pattern: ['*', 'to', 'de-escalate'] }],
      },
      null,
      2,
    ),
  );
  const d = loadDictionaryFile(j);
  assert.deepEqual(d.actors[0], {
    names: ['Shehbaz Sharif'],
    code: 'PAKGOV',
    country: 'PAK',
    sector: 'GOV',
    type: 'PERSON',
    origin: `${j}:3`,
  });
  assert.deepEqual(d.agents[0].terms, ['rangers']);
  assert.equal(d.agents[0].sector, 'MIL');
  assert.equal(d.verbs[0].verb, 'urge');
});

test('a text can be parsed without a file', () => {
  const d = parseDictionaryText('ROHAN [ROH]\n+EDORAS\n', 'inline', 'actors');
  assert.deepEqual(d.actors[0].names, ['ROHAN', 'EDORAS']);
  assert.equal(d.actors[0].origin, 'inline:1');
});
