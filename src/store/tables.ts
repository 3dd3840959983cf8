/**
 * The store's tables as Kysely sees them (one row type per table). The SQL that creates them is in migrations.ts;
 * the two change together.
 *
 * Rows point into `articles.text` by UTF-16 offsets (`*_start`, `*_end`) instead of copying text. A record's fields
 * that no column holds (an entity's roles, a future schema field) are kept in `extra` (JSON), so every row rebuilds
 * its part of the Analysis exactly (codec.ts). Child rows key on `articles.seq`, a small integer, not the 32-character
 * content hash.
 */
import type { Generated } from 'kysely';

export interface ArticleRow {
  seq: Generated<number>;
  /** Content hash (contentId): the article's identity across runs. */
  id: string;
  /** The id the input gave (Analysis.article.id). */
  ext_id: string;
  date: string;
  /** The date's day (YYYY-MM-DD): the unit of the dyad series. */
  day: string;
  title: string | null;
  url: string | null;
  source: string | null;
  text: string;
  /** The reader's other fields (Article.meta) as JSON, or null when there were none. */
  meta: string | null;
  /** Sentence offsets as a JSON array [start0, end0, start1, end1, ...]. */
  sentences: string;
  chars: number;
  bytes: number;
  schema_version: string;
  analyzer_version: string;
  /** The input path it was read from. */
  file: string | null;
  ingested_at: string;
  /** The Analysis's parts beside the layers with tables (relevance, discards, later additions) as JSON, or null. */
  analysis_extra: string | null;
  relevance_score: number | null;
  /** 1 relevant, 0 not, null when the events stage did not judge. */
  relevant: number | null;
  /** MinHash signature (32-bit values, little-endian) for near-duplicate search;
   * null for texts too short to shingle. */
  minhash: Uint8Array | null;
}

export interface EntityRow {
  article: number;
  idx: number;
  id: string;
  type: string;
  name: string;
  country: string | null;
  actor_code: string | null;
  actor_country: string | null;
  actor_sector: string | null;
  rule: string;
  extra: string | null;
}

export interface MentionRow {
  article: number;
  idx: number;
  id: string;
  entity_id: string;
  span_start: number;
  span_end: number;
  kind: string;
  rule: string;
  extra: string | null;
}

export interface QuoteRow {
  seq: Generated<number>;
  article: number;
  idx: number;
  id: string;
  type: string;
  content_start: number;
  content_end: number;
  cue_start: number | null;
  cue_end: number | null;
  cue_lemma: string | null;
  speaker_entity: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  addressee_entity: string | null;
  addressee_start: number | null;
  addressee_end: number | null;
  /** Index into the article's sentences. */
  sentence_idx: number | null;
  sentence_start: number | null;
  sentence_end: number | null;
  date: string | null;
  date_source: string | null;
  /** Quote.voice ("thought", "author"), null for speech. */
  voice: string | null;
  rule: string;
  extra: string | null;
}

export interface TimeRow {
  article: number;
  idx: number;
  id: string;
  span_start: number;
  span_end: number;
  type: string;
  value: string;
  anchor: string | null;
  mod: string | null;
  rule: string;
  extra: string | null;
}

export interface EventRow {
  seq: Generated<number>;
  article: number;
  idx: number;
  id: string;
  cameo: string;
  root: string;
  plover: string | null;
  name: string;
  goldstein: number;
  quad_class: number;
  source_code: string | null;
  source_country: string | null;
  source_sector: string | null;
  source_entity: string | null;
  /** The actor's text when it differs from its span's text (else null: read from the article). */
  source_text: string | null;
  source_start: number | null;
  source_end: number | null;
  target_code: string | null;
  target_country: string | null;
  target_sector: string | null;
  target_entity: string | null;
  target_text: string | null;
  target_start: number | null;
  target_end: number | null;
  date: string;
  /** The event's day (YYYY-MM-DD), or the article's when the date is coarser: the unit of the dyad series. */
  day: string;
  date_source: string;
  date_timex: string | null;
  modality: string;
  sentence_idx: number | null;
  sentence_start: number | null;
  sentence_end: number | null;
  trigger_start: number;
  trigger_end: number;
  rule: string;
  quote_id: string | null;
  location: string | null;
  /** The event cluster (clusters.id) this report belongs to. */
  cluster: number | null;
  extra: string | null;
}

export interface ClusterRow {
  id: Generated<number>;
  source_code: string;
  target_code: string;
  root: string;
  first_day: string;
  last_day: string;
  /** Reports (event rows) in the cluster: GDELT's NumMentions. */
  num_mentions: Generated<number>;
  /** Distinct articles reporting it: NumArticles. */
  num_articles: Generated<number>;
  /** Distinct sources (publishers) reporting it: NumSources. */
  num_sources: Generated<number>;
}

export interface NearDuplicateRow {
  /** The later article (higher seq). */
  article: number;
  /** The earlier article it nearly repeats. */
  other: number;
  /** Estimated Jaccard similarity of their word shingles. */
  similarity: number;
}

export interface MinhashBandRow {
  band: number;
  hash: string;
  article: number;
}

export interface FailureRow {
  id: Generated<number>;
  run: number | null;
  file: string | null;
  line: number | null;
  record: number | null;
  field: string | null;
  article_ext_id: string | null;
  reason: string;
  at: string;
}

export interface RunRow {
  id: Generated<number>;
  command: string;
  started_at: string;
  finished_at: string | null;
  analyzer_version: string;
  articles_read: Generated<number>;
  articles_added: Generated<number>;
  articles_skipped: Generated<number>;
  failures: Generated<number>;
}

/** Per directed country pair, day and quad class (migration 0002). */
export interface DyadDayRow {
  source_country: string;
  target_country: string;
  day: string;
  quad_class: number;
  reports: number;
  goldstein_sum: number;
  /** Clusters whose first report of this dyad falls on this day. */
  events: number;
}

export interface DayArticlesRow {
  day: string;
  articles: number;
}

/** An article added or re-analyzed (migration 0004), in commit order. */
export interface ChangeRow {
  seq: Generated<number>;
  article: number;
  kind: 'added' | 'reanalyzed';
  analyzer_version: string;
  at: string;
}

/** A feed `parley watch` polls (migration 0005). */
export interface FeedRow {
  url: string;
  /** Validators of the last full response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
  /** How the last poll went, in words ("200: 3 added", "304 not modified", or the error). */
  status: string | null;
  /** Articles this feed has added, over all polls. */
  items_added: Generated<number>;
}

export interface StoreSchema {
  changes: ChangeRow;
  feeds: FeedRow;
  dyad_days: DyadDayRow;
  day_articles: DayArticlesRow;
  articles: ArticleRow;
  entities: EntityRow;
  mentions: MentionRow;
  quotes: QuoteRow;
  times: TimeRow;
  events: EventRow;
  clusters: ClusterRow;
  near_duplicates: NearDuplicateRow;
  minhash_bands: MinhashBandRow;
  failures: FailureRow;
  runs: RunRow;
}
