/**
 * `parley reanalyze [--db parley.db]`: analyze again the stored articles whose analyzer version is not this
 * one's, replacing their layers in place (text, ids and near-duplicate links stay). One transaction per article, so
 * a killed run resumes where it stopped. The store's actor memory codes as at ingest.
 */
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { withDbOption, openStore } from './store-options.js';
import { loadDictionaries } from './dictionaries.js';
import { progressReporter } from './progress.js';

const CHUNK = 100;

export function registerReanalyze(program: Command): void {
  withDbOption(program.command('reanalyze').description('bring stored articles up to the current analyzer version'))
    .option(
      '--dict <path>',
      'user dictionary file or folder; repeatable',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--quiet', 'no progress and no summary')
    .action(async (opts: { db?: string; dict: string[]; quiet?: boolean }) => {
      const user = loadDictionaries(opts.dict);
      const { analyze } = await import('../pipeline.js');
      const { MemoryHook } = await import('../store/actor-memory-hook.js');
      const store = await openStore(opts.db);
      // The store's actor memory codes as it does at ingest, so a reanalysis keeps what the memory coded.
      const dictionaries = await new MemoryHook(store.db as unknown as Kysely<unknown>, user).dictionaries();
      const reporter = progressReporter({ totalBytes: undefined, quiet: !!opts.quiet, label: 'reanalyze' });
      let done = 0;
      let failed = 0;
      let bytes = 0;
      let after = 0;
      try {
        for (;;) {
          const stale = await store.staleArticles(CHUNK, after);
          if (stale.length === 0) break;
          for (const { seq, article } of stale) {
            after = seq;
            try {
              await store.replaceAnalysis(seq, analyze(article, dictionaries ? { dictionaries } : {}));
              done++;
            } catch (err) {
              failed++;
              const reason = `reanalysis failed: ${err instanceof Error ? err.message : String(err)}`;
              await store.addFailures(null, [{ articleId: article.id, reason }]);
              reporter.log(`parley: ${article.id}: ${reason}`);
            }
            bytes += Buffer.byteLength(article.text, 'utf8');
            reporter.update({ articles: done + failed, bytes, failures: failed });
          }
        }
      } finally {
        reporter.stop();
        await store.close();
      }
      if (!opts.quiet)
        process.stderr.write(`reanalyze: ${done} articles brought up to ${store.analyzerVersion}, ${failed} failed\n`);
      if (failed > 0) process.exitCode = 1;
    });
}
