/**
 * A batch write that one bad article cannot hold back: when the batch's transaction fails, each article is written
 * in a transaction of its own, and those that still fail are stored in `failures` with the reason.
 */
import { describeError } from '../work/pool.js';
import type { FailureRecord, Store, StoredItem, WriteResult } from './store.js';

export interface SplitWriteResult extends WriteResult {
  /** Articles that could not be written, stored in `failures` already. */
  failed: FailureRecord[];
}

export async function writeSplitting(
  store: Store,
  items: StoredItem[],
  failures: FailureRecord[],
  run: number | null,
): Promise<SplitWriteResult> {
  try {
    return { ...(await store.write(items, failures, run)), failed: [] };
  } catch (err) {
    if (items.length === 0) throw err;
    const result: SplitWriteResult = { added: 0, skipped: 0, nearDuplicates: 0, failed: [] };
    for (const item of items) {
      try {
        const one = await store.write([item], [], run);
        result.added += one.added;
        result.skipped += one.skipped;
        result.nearDuplicates += one.nearDuplicates;
      } catch (why) {
        result.failed.push({
          ...(item.file !== undefined ? { file: item.file } : {}),
          articleId: item.article.id,
          reason: `store write failed: ${describeError(why)}`,
        });
      }
    }
    await store.addFailures(run, [...failures, ...result.failed]);
    return result;
  }
}
