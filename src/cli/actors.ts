/**
 * `parley actors list|export|recode [--db]`: the store's actor memory (store/actor-memory.ts), the office-holders
 * learned from the titles articles give them. `list` shows each person's code, the period it codes in and its
 * evidence; `export` writes them as a PETRARCH actors file that `--dict` reads; `recode` analyzes again the stored
 * articles that the memory would now code differently (store/actor-recode.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { openStore, withDbOption } from './store-options.js';
import { renderRows, type OutputFormat } from './table-output.js';
import { loadDictionaries } from './dictionaries.js';

const FORMATS: OutputFormat[] = ['table', 'jsonl', 'csv'];

export function registerActors(program: Command): void {
  const actors = program
    .command('actors')
    .description("the store's actor memory: office-holders learned from the titles articles give them");
  withDbOption(actors.command('list').description('list the learned actors, with their periods and evidence'))
    .option('--name <name>', 'only this person (the name as stored)')
    .option('--format <format>', FORMATS.join(' | '), 'table')
    .action(async (opts: { db?: string; name?: string; format: string }) => {
      if (!(FORMATS as string[]).includes(opts.format))
        throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`);
      const { memoryEntries } = await import('../store/actor-memory.js');
      const store = await openStore(opts.db);
      try {
        const entries = await memoryEntries(store.db as unknown as Kysely<unknown>, { name: opts.name });
        const rows = entries.map((e) => ({
          name: e.name,
          code: e.code,
          title: e.title,
          from: e.from,
          to: e.to,
          articles: e.articles,
          first_seen: e.firstDay,
          last_seen: e.lastDay,
          first_article: e.firstArticle,
        }));
        process.stdout.write(renderRows(rows, opts.format as OutputFormat));
      } finally {
        await store.close();
      }
    });
  withDbOption(actors.command('export').description('write the learned actors as a PETRARCH actors file (--dict)'))
    .option('--out <file>', 'the file to write (default: standard output)')
    .action(async (opts: { db?: string; out?: string }) => {
      const { memoryActorsFile, memoryEntries } = await import('../store/actor-memory.js');
      const store = await openStore(opts.db);
      try {
        const text = memoryActorsFile(await memoryEntries(store.db as unknown as Kysely<unknown>));
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
  withDbOption(
    actors
      .command('recode')
      .description('analyze again the stored articles naming a learned actor in its period, with the memory'),
  )
    .option(
      '--dict <path>',
      'user dictionary file or folder; repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--quiet', 'no summary')
    .action(async (opts: { db?: string; dict: string[]; quiet?: boolean }) => {
      const dictionaries = loadDictionaries(opts.dict);
      const { recodeArticles } = await import('../store/actor-recode.js');
      const store = await openStore(opts.db);
      try {
        const done = await recodeArticles(store, {
          dictionaries,
          onFailure: (id, reason) => process.stderr.write(`parley: ${id}: ${reason}\n`),
        });
        if (!opts.quiet)
          process.stderr.write(
            `actors recode: ${done.checked} articles checked, ${done.recoded} recoded, ${done.failed} failed\n`,
          );
        if (done.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
