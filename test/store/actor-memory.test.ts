/**
 * The actor memory: ingest learns an office-holder from a title ("US President Jane Quorra") and codes a later bare
 * mention in the same period; `parley actors` lists the facts and exports a dictionary file that `--dict` reads.
 * The names are made up, so no shipped dictionary knows them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Article } from '../../src/model/doc.js';
import { analyze } from '../../src/pipeline.js';
import { Store } from '../../src/store/store.js';
import { ingest } from '../../src/store/ingest.js';
import {
  factsOf,
  memoryActorsFile,
  memoryDictionary,
  memoryEntries,
  MEMORY_DAYS_AFTER,
} from '../../src/store/actor-memory.js';
import { loadDictionaryFile } from '../../src/dictionaries/index.js';
import { contentId } from '../../src/store/identity.js';

const TITLED: Article = {
  id: 'a1',
  meta: {},
  date: '2031-03-02',
  text: 'US President Jane Quorra met the Moldovan foreign minister, Petru Vasilache, in Washington on Monday.',
};
const BARE: Article = {
  id: 'a2',
  meta: {},
  date: '2031-05-10',
  text: 'Jane Quorra said on Friday that talks with Petru Vasilache would go on.',
};
const LATE: Article = { ...BARE, id: 'a3', date: '2034-05-10', text: BARE.text.replace('Friday', 'Sunday') };

function personCode(articleAnalysis: ReturnType<typeof analyze>, name: string) {
  return articleAnalysis.entities.find((e) => e.name === name)?.actor ?? null;
}

async function ingestAll(store: Store, articles: Article[]): Promise<void> {
  await ingest(store, {
    paths: ['mem'],
    format: 'jsonl',
    mode: { kind: 'in-process' },
    batchSize: 1,
    read: async function* () {
      yield* articles;
    },
  });
}

test('a title teaches a fact; later bare mentions in the period are coded from memory, later ones not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-memory-'));
  const store = await Store.open(join(dir, 'm.db'));
  try {
    // Without memory the bare mention has no code.
    assert.equal(personCode(analyze(BARE), 'Jane Quorra'), null);
    await ingestAll(store, [TITLED, BARE, LATE]);
    const db = store.db as unknown as Kysely<unknown>;
    const entries = await memoryEntries(db);
    const jane = entries.find((e) => e.name === 'Jane Quorra');
    assert.deepEqual(jane && { code: jane.code, articles: jane.articles, firstDay: jane.firstDay }, {
      code: 'USAGOV',
      articles: 1,
      firstDay: '2031-03-02',
    });
    assert.equal(entries.find((e) => e.name === 'Petru Vasilache')?.code, 'MDAGOV');
    const bare = await store.analysis(contentId(BARE));
    assert.deepEqual(personCode(bare!, 'Jane Quorra'), {
      code: 'USAGOV',
      country: 'USA',
      sector: 'GOV',
      source: 'memory',
    });
    // Three years on, past the period (MEMORY_DAYS_AFTER), the fact codes nothing.
    assert.ok(MEMORY_DAYS_AFTER < 3 * 365);
    const late = await store.analysis(contentId(LATE));
    assert.equal(personCode(late!, 'Jane Quorra'), null);
  } finally {
    await store.close();
  }
});

test('the exported actors file reads back as a dated dictionary that codes the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-memory-'));
  const store = await Store.open(join(dir, 'm.db'));
  try {
    await ingestAll(store, [TITLED]);
    const entries = await memoryEntries(store.db as unknown as Kysely<unknown>);
    const file = join(dir, 'memory.actors.txt');
    writeFileSync(file, memoryActorsFile(entries));
    const dict = loadDictionaryFile(file);
    assert.deepEqual(dict.warnings, []);
    const fromFile = analyze(BARE, { dictionaries: dict });
    assert.equal(personCode(fromFile, 'Jane Quorra')?.code, 'USAGOV');
    assert.equal(personCode(analyze(LATE, { dictionaries: dict }), 'Jane Quorra'), null);
    // The in-memory dictionary and the file agree on the periods.
    const [entry] = memoryDictionary(entries.filter((e) => e.name === 'Jane Quorra'));
    assert.deepEqual(
      dict.actors.find((a) => a.names[0] === 'JANE QUORRA')?.codes,
      entry.codes!.map((c) => ({ ...c })),
    );
  } finally {
    await store.close();
  }
});

test('a country the article suggests (its main country) is no fact to remember', () => {
  const a = analyze({
    id: 'g',
    date: '2031-03-02',
    text: 'Canada and Canada and Ottawa. Prime minister Lena Forsk spoke. US President Jane Quorra spoke.',
  });
  assert.equal(a.entities.find((e) => e.name === 'Lena Forsk')?.actor?.code, 'CANGOV');
  assert.deepEqual(
    factsOf(a, 'x').map((f) => f.name),
    ['Jane Quorra'],
  );
});

test('facts come only from full names coded by a title, never from a dictionary or a bare surname', () => {
  const a = analyze({
    id: 'f',
    date: '2031-03-02',
    text: 'US President Jane Quorra met Tony Blair. President Quorra spoke.',
  });
  const facts = factsOf(a, 'x');
  assert.deepEqual(
    facts.map((f) => [f.name, f.code, f.day]),
    [['Jane Quorra', 'USAGOV', '2031-03-02']],
  );
});
