/**
 * Re-coding stored articles when the actor memory grows (`parley actors recode`): an article stored before a fact was
 * learned ("US President Jane Quorra" in a later batch, or on another worker) keeps its bare "Jane Quorra" uncoded.
 * The articles in a memory entry's period that name its person with another code or none are analyzed again with the
 * memory, and replaced (entities, events, dyad rollups and clusters with them) only where the analysis changed, so a
 * second run writes nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { Dictionaries } from '../model/options.js';
import { analyze } from '../pipeline.js';
import type { Store } from './store.js';
import { MemoryHook } from './actor-memory-hook.js';
import { memoryEntries } from './actor-memory.js';

export interface RecodeProgress {
  /** Articles analyzed again. */
  checked: number;
  /** Articles whose analysis changed, replaced. */
  recoded: number;
  failed: number;
}

/** Stored articles (content ids) naming a remembered person in the period of the fact, with another code or none. */
export async function recodeCandidates(store: Store): Promise<string[]> {
  const seqs = new Map<number, string>();
  for (const e of await memoryEntries(store.db as unknown as Kysely<unknown>)) {
    const rows = await store.db
      .selectFrom('entities')
      .innerJoin('articles', 'articles.seq', 'entities.article')
      .select(['articles.seq', 'articles.id'])
      .distinct()
      .where('entities.name', '=', e.name)
      .where('entities.type', '=', 'PERSON')
      .where('articles.day', '>=', e.from)
      .where('articles.day', '<=', e.to)
      .where((eb) => eb.or([eb('entities.actor_code', 'is', null), eb('entities.actor_code', '!=', e.code)]))
      .execute();
    for (const r of rows) seqs.set(r.seq, r.id);
  }
  return [...seqs.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** Analyze the candidates again with the memory (under the user's dictionaries) and store those that changed. */
export async function recodeArticles(
  store: Store,
  options: {
    dictionaries?: Dictionaries;
    onArticle?: (progress: RecodeProgress) => void;
    onFailure?: (articleId: string, reason: string) => void;
  } = {},
): Promise<RecodeProgress> {
  const dictionaries = await new MemoryHook(
    store.db as unknown as Kysely<unknown>,
    options.dictionaries,
  ).dictionaries();
  const progress: RecodeProgress = { checked: 0, recoded: 0, failed: 0 };
  for (const id of await recodeCandidates(store)) {
    const stored = await store.article(id);
    if (!stored) continue;
    try {
      const analysis = analyze(stored.article, dictionaries ? { dictionaries } : {});
      // As stored: JSON leaves out the keys whose value is undefined.
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(analysis)), await store.analysis(id))) {
        await store.replaceAnalysis(stored.seq, analysis);
        progress.recoded++;
      }
      progress.checked++;
    } catch (err) {
      progress.failed++;
      const reason = `recode failed: ${err instanceof Error ? err.message : String(err)}`;
      await store.addFailures(null, [{ articleId: stored.article.id, reason }]);
      options.onFailure?.(stored.article.id, reason);
    }
    options.onArticle?.(progress);
  }
  return progress;
}
