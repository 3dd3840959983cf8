/**
 * The fixed random sample behind docs/facts-judging.md ("Actor codes of people"): articles drawn with a seeded
 * generator from the Guardian sample and BBC politics (../shared/corpora), and the people Parley finds in them with
 * their actor codes and the codes' sources, one tab-separated line each (no article text), for judging by hand.
 * Per article, the three people with the most mentions (the people it is about), in order of first mention.
 * Usage: node --import tsx scripts/people-sample.ts [--seed 24] [--guardian 15] [--bbc 5] [--repo <root>] [--context]
 * (--repo: analyze with another checkout's pipeline, e.g. main, for the figures before a change; --context: add the
 * sentence of each person's first mention, for the judge's eyes only: it is news text, never to be committed;
 * --dict: user dictionaries; --db: a store whose actor memory to code with, as ingest does; --all: every person).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../src/model/schema.js';
import type { Article } from '../src/model/doc.js';
import { readAllArticles } from '../src/read/index.js';
import { sharedPath } from '../src/data-path.js';
import { loadDictionaries } from '../src/cli/dictionaries.js';
import type { Dictionaries } from '../src/model/options.js';
import type { Kysely } from 'kysely';
import { Store } from '../src/store/store.js';
import { memoryDictionary, memoryEntries } from '../src/store/actor-memory.js';
import { seededRandom as generator } from '../src/random.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '24' },
    guardian: { type: 'string', default: '15' },
    bbc: { type: 'string', default: '5' },
    repo: { type: 'string' },
    context: { type: 'boolean', default: false },
    dict: { type: 'string' },
    db: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});

function pick<T>(items: T[], n: number, rand: () => number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

async function main(): Promise<void> {
  const rand = generator(Number(values.seed));
  const guardian = await readAllArticles(sharedPath('corpora', 'guardian', 'Guardian_SDF_sample.csv'));
  const bbcDir = sharedPath('corpora', 'bbc', 'politics');
  const bbcFiles = readdirSync(bbcDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const articles: { label: string; article: Article }[] = pick(guardian, Number(values.guardian), rand).map((a) => ({
    label: `guardian:${a.id.replace(/^.*\//, '')}`,
    article: a,
  }));
  for (const f of pick(bbcFiles, Number(values.bbc), rand)) {
    const [a] = await readAllArticles(join(bbcDir, f), { date: '2005-01-01' });
    articles.push({ label: `bbc-politics:${f}`, article: a });
  }
  const root = resolve(values.repo ?? '.');
  const { analyze } = (await import(pathToFileURL(join(root, 'src/pipeline.ts')).href)) as {
    analyze: (a: Article, o?: { dictionaries?: Dictionaries }) => Analysis;
  };
  let dictionaries = values.dict ? loadDictionaries([values.dict]) : undefined;
  if (values.db) {
    const store = await Store.open(values.db);
    const memory = memoryDictionary(await memoryEntries(store.db as unknown as Kysely<unknown>));
    await store.close();
    dictionaries = {
      actors: [...(dictionaries?.actors ?? []), ...memory],
      agents: dictionaries?.agents ?? [],
      verbs: [],
    };
  }
  for (const { label, article } of articles) {
    const analysis = analyze(article, { dictionaries });
    const people = analysis.entities
      .filter((e) => e.type === 'PERSON')
      .map((e, order) => ({ e, order }))
      .sort((x, y) => y.e.mentionIds.length - x.e.mentionIds.length || x.order - y.order)
      .slice(0, values.all ? undefined : 3)
      .sort((x, y) => x.order - y.order);
    for (const { e } of people) {
      const a = e.actor;
      const row = [label, article.date.slice(0, 10), e.name, a?.code || '-', a?.source ?? '-'];
      if (values.context) {
        const m = analysis.mentions.find((x) => x.entityId === e.id)!;
        const s = analysis.sentences.find((x) => x.start <= m.span.start && m.span.start < x.end)!;
        row.push(article.text.slice(s.start, s.end).replace(/\s+/g, ' '));
      }
      console.log(row.join('\t'));
    }
  }
}

await main();
