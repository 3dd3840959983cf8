/**
 * The store's derived tables, written in the batch's transaction: event clusters (reports of one dyad, root and
 * window), the dyad_days and article_days rollups, and near-duplicate links between articles.
 */
import { sql, type Transaction } from 'kysely';
import type { MinhashBandRow, NearDuplicateRow, StoreSchema } from './tables.js';
import { addDays } from './identity.js';
import { BANDS, bandKeys, estimatedSimilarity, NEAR_DUPLICATE_SIMILARITY } from './minhash.js';
import { INSERT_CHUNK, insertRows, maxOf, runCached, signatureOf } from './write-sql.js';

/** Days either side of an event's day within which reports of the same dyad and event root are one cluster. */
export const CLUSTER_WINDOW_DAYS = 1;

/** A row of the dyad_days rollup: directed country pair, day, quad class. */
export interface DyadKey {
  source_country: string | null;
  target_country: string | null;
  day: string;
  quad_class: number;
}

/** Rollup keys of every report in these clusters: a report that joins a cluster can change its first day. */
export async function dyadKeysOfClusters(trx: Transaction<StoreSchema>, clusters: number[]): Promise<DyadKey[]> {
  const out: DyadKey[] = [];
  for (let i = 0; i < clusters.length; i += 500) {
    out.push(
      ...(await trx
        .selectFrom('events')
        .select(['source_country', 'target_country', 'day', 'quad_class'])
        .distinct()
        .where('cluster', 'in', clusters.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

/** Recompute the dyad_days rows of these keys from the events (rows left without reports go). */
export async function refreshDyadDays(trx: Transaction<StoreSchema>, keys: DyadKey[]): Promise<void> {
  const unique = new Map<string, [string, string, string, number]>();
  for (const k of keys) {
    if (k.source_country === null || k.target_country === null) continue;
    unique.set(`${k.source_country}\t${k.target_country}\t${k.day}\t${k.quad_class}`, [
      k.source_country,
      k.target_country,
      k.day,
      k.quad_class,
    ]);
  }
  const all = [...unique.values()];
  for (let i = 0; i < all.length; i += INSERT_CHUNK) {
    const chunk = all.slice(i, i + INSERT_CHUNK);
    await trx
      .deleteFrom('dyad_days')
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple('source_country', 'target_country', 'day', 'quad_class'),
          'in',
          chunk.map((k) => tuple(...k)),
        ),
      )
      .execute();
    await trx
      .insertInto('dyad_days')
      .columns(['source_country', 'target_country', 'day', 'quad_class', 'reports', 'goldstein_sum', 'events'])
      .expression(
        (eb) =>
          eb
            .selectFrom('events as e')
            .select((sb) => [
              'e.source_country',
              'e.target_country',
              'e.day',
              'e.quad_class',
              sb.fn.countAll<number>().as('reports'),
              sb.fn.sum<number>('e.goldstein').as('goldstein_sum'),
              // A cluster counts once, on the first day it was reported.
              sql<number>`count(distinct case when not exists (select 1 from events e2 where e2.cluster = e.cluster and e2.day < e.day) then e.cluster end)`.as(
                'events',
              ),
            ])
            .where(({ eb: w, refTuple, tuple }) =>
              w(
                refTuple('e.source_country', 'e.target_country', 'e.day', 'e.quad_class'),
                'in',
                chunk.map((k) => tuple(...k)),
              ),
            )
            .groupBy(['e.source_country', 'e.target_country', 'e.day', 'e.quad_class']) as never,
      )
      .execute();
  }
}

/** Add the new articles to the articles-per-day rollup. */
export async function countArticleDays(trx: Transaction<StoreSchema>, days: string[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  for (const [day, n] of counts) {
    await trx
      .insertInto('day_articles')
      .values({ day, articles: n })
      .onConflict((oc) =>
        oc
          .column('day')
          .doUpdateSet((eb) => ({ articles: eb('day_articles.articles', '+', eb.ref('excluded.articles')) })),
      )
      .execute();
  }
}

interface OpenCluster {
  id: number;
  first: string;
  last: string;
  isNew: boolean;
  changed: boolean;
}

/**
 * Give each event row its cluster: a report with the same source and target actor codes and CAMEO root joins a cluster
 * when it lies within CLUSTER_WINDOW_DAYS of all the cluster's days (so a cluster never spans more than that: clusters
 * do not chain day after day into one), else it starts one. A report that lacks an actor code is a cluster of its own:
 * "someone accused someone" on the same day is not one event. Returns the clusters touched.
 */
export async function assignClusters(
  trx: Transaction<StoreSchema>,
  events: Record<string, unknown>[],
): Promise<number[]> {
  /** Clusters loaded or started in this batch, by key (source, target, root). */
  const byKey = new Map<string, Map<number, OpenCluster>>();
  /** (key, day) pairs whose stored clusters are loaded. */
  const loaded = new Set<string>();
  let nextId = (await maxOf(trx, 'clusters')) + 1;
  const touched = new Set<number>();
  for (const e of events) {
    const source = (e.source_code as string | null) ?? '';
    const target = (e.target_code as string | null) ?? '';
    const root = e.root as string;
    const day = e.day as string;
    const key = `${source}\t${target}\t${root}`;
    if (!source || !target) {
      const alone: OpenCluster = { id: nextId++, first: day, last: day, isNew: true, changed: false };
      byKey.set(`${key}\t${alone.id}`, new Map([[alone.id, alone]]));
      e.cluster = alone.id;
      touched.add(alone.id);
      continue;
    }
    const from = addDays(day, -CLUSTER_WINDOW_DAYS);
    const to = addDays(day, CLUSTER_WINDOW_DAYS);
    let open = byKey.get(key);
    if (!open) byKey.set(key, (open = new Map()));
    if (!loaded.has(`${key}\t${day}`)) {
      loaded.add(`${key}\t${day}`);
      const rows = await runCached<{ id: number; first_day: string; last_day: string }>(
        trx,
        'clusters-near',
        [source, target, root, from, to],
        (p) =>
          trx
            .selectFrom('clusters')
            .select(['id', 'first_day', 'last_day'])
            .where('source_code', '=', p[0] as string)
            .where('target_code', '=', p[1] as string)
            .where('root', '=', p[2] as string)
            .where('first_day', '>=', p[3] as string)
            .where('last_day', '<=', p[4] as string)
            .orderBy('id')
            .compile(),
      );
      for (const r of rows)
        if (!open.has(r.id))
          open.set(r.id, { id: r.id, first: r.first_day, last: r.last_day, isNew: false, changed: false });
    }
    let cluster: OpenCluster | undefined;
    for (const c of open.values()) {
      if (c.first >= from && c.last <= to && (!cluster || c.id < cluster.id)) cluster = c;
    }
    if (cluster) {
      if (day < cluster.first || day > cluster.last) {
        cluster.first = day < cluster.first ? day : cluster.first;
        cluster.last = day > cluster.last ? day : cluster.last;
        cluster.changed = true;
      }
    } else {
      cluster = { id: nextId++, first: day, last: day, isNew: true, changed: false };
      open.set(cluster.id, cluster);
    }
    e.cluster = cluster.id;
    touched.add(cluster.id);
  }
  const created: object[] = [];
  for (const [key, open] of byKey) {
    // (the keys of single-report clusters carry the cluster id as a fourth part)
    const [source_code, target_code, root] = key.split('\t');
    for (const c of open.values()) {
      if (c.isNew) created.push({ id: c.id, source_code, target_code, root, first_day: c.first, last_day: c.last });
      else if (c.changed)
        await trx
          .updateTable('clusters')
          .set({ first_day: c.first, last_day: c.last })
          .where('id', '=', c.id)
          .execute();
    }
  }
  await insertRows(trx, 'clusters', created);
  return [...touched];
}

/** Recount reports, articles and sources of the clusters touched (GDELT's NumMentions, NumArticles, NumSources). */
export async function recountClusters(trx: Transaction<StoreSchema>, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await trx
      .updateTable('clusters')
      .set((eb) => ({
        num_mentions: eb
          .selectFrom('events')
          .select((sb) => sb.fn.countAll<number>().as('n'))
          .whereRef('events.cluster', '=', 'clusters.id'),
        num_articles: eb
          .selectFrom('events')
          .select((sb) => sb.fn.count<number>('events.article').distinct().as('n'))
          .whereRef('events.cluster', '=', 'clusters.id'),
        // Articles that name no source count as one unknown source.
        num_sources: eb
          .selectFrom('events')
          .innerJoin('articles', 'articles.seq', 'events.article')
          .select((sb) =>
            sb.fn
              .count<number>(sb.fn.coalesce('articles.source', sb.val('')))
              .distinct()
              .as('n'),
          )
          .whereRef('events.cluster', '=', 'clusters.id'),
      }))
      .where('id', 'in', chunk)
      .execute();
    // Clusters left without reports (after a reanalysis) go.
    await trx.deleteFrom('clusters').where('id', 'in', chunk).where('num_mentions', '=', 0).execute();
  }
}

/**
 * Link each new article to stored or same-batch articles it nearly repeats: LSH band matches are the candidates, their
 * signatures decide. Returns the links made.
 */
export async function linkNearDuplicates(
  trx: Transaction<StoreSchema>,
  items: { seq: number; signature: number[] | null }[],
): Promise<number> {
  const withKeys = items
    .filter((i) => i.signature)
    .map((i) => ({ seq: i.seq, signature: i.signature as number[], keys: bandKeys(i.signature as number[]) }));
  if (withKeys.length === 0) return 0;
  /** `${band}:${hash}` -> articles with that band. */
  const bands = new Map<string, number[]>();
  const signatures = new Map<number, number[]>();
  for (let band = 0; band < BANDS; band++) {
    const hashes = [...new Set(withKeys.map((i) => i.keys[band]))];
    for (let i = 0; i < hashes.length; i += 500) {
      const rows = await trx
        .selectFrom('minhash_bands')
        .select(['hash', 'article'])
        .where('band', '=', band)
        .where('hash', 'in', hashes.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        const key = `${band}:${r.hash}`;
        bands.set(key, [...(bands.get(key) ?? []), r.article]);
      }
    }
  }
  const stored = [...new Set([...bands.values()].flat())];
  for (let i = 0; i < stored.length; i += 500) {
    const rows = await trx
      .selectFrom('articles')
      .select(['seq', 'minhash'])
      .where('seq', 'in', stored.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.minhash) signatures.set(r.seq, signatureOf(r.minhash));
  }
  const links: NearDuplicateRow[] = [];
  const bandRows: MinhashBandRow[] = [];
  for (const item of withKeys) {
    const candidates = new Set<number>();
    item.keys.forEach((hash, band) => {
      const key = `${band}:${hash}`;
      for (const other of bands.get(key) ?? []) candidates.add(other);
      bands.set(key, [...(bands.get(key) ?? []), item.seq]);
      bandRows.push({ band, hash, article: item.seq });
    });
    signatures.set(item.seq, item.signature);
    for (const other of candidates) {
      const similarity = estimatedSimilarity(item.signature, signatures.get(other) ?? []);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) links.push({ article: item.seq, other, similarity });
    }
  }
  await insertRows(trx, 'minhash_bands', bandRows);
  await insertRows(trx, 'near_duplicates', links);
  return links.length;
}
