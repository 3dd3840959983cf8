/**
 * Actor memory: office-holders learned from the titles articles give them ("US President Donald Trump" -> USAGOV,
 * "former Foreign Secretary Boris Johnson" -> GBRELI), kept as dated facts with their source article (table
 * actor_memory, migration 0006). Ingest passes them back to `analyze()` as a dated user dictionary, so a later bare
 * "Donald Trump" in the same period is coded too and the analyzer stays pure; `parley actors` lists and exports them.
 * It reads only the Analysis schema, and its queries are Kysely's builders alone (SQLite and PostgreSQL alike).
 */
import type { Kysely } from 'kysely';
import type { Analysis } from '../model/schema.js';
import type { UserActorEntry } from '../model/options.js';
import { addDays } from './identity.js';

export interface ActorMemoryRow {
  name: string;
  code: string;
  country: string | null;
  sector: string | null;
  title: string | null;
  day: string;
  article: string;
  learned_at: string;
}

type MemoryDb = Kysely<{ actor_memory: ActorMemoryRow }>;

/**
 * A learned fact holds from this many days before its first article to this many after its last: an office named
 * in an article was mostly held for a while before it, and a code (country and sector) seldom changes within a year.
 */
export const MEMORY_DAYS_BEFORE = 365;
export const MEMORY_DAYS_AFTER = 365;

/** The origin prefix of memory entries (their match rule: entities' MEMORY_RULE). */
export const MEMORY_ORIGIN = 'memory';

export type MemoryFact = Omit<ActorMemoryRow, 'learned_at'>;

/**
 * The facts an analysis teaches: people whose code came from a title in the text, with a country and a sector, named
 * by a full name (two words or more; a bare surname is too ambiguous to carry to other articles).
 */
export function factsOf(analysis: Analysis, articleId: string): MemoryFact[] {
  const day = analysis.article.date.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return [];
  const out: MemoryFact[] = [];
  for (const e of analysis.entities) {
    const a = e.actor;
    if (e.type !== 'PERSON' || !a || a.source !== 'title' || !a.country || !a.sector) continue;
    const words = e.name.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
    if (words.length < 2 || words.length > 5 || e.name === e.name.toUpperCase()) continue;
    const role = e.roles.find((r) => r.sector === a.sector) ?? e.roles[0];
    out.push({
      name: e.name,
      code: a.code,
      country: a.country,
      sector: a.sector,
      title: role?.title ?? null,
      day,
      article: articleId,
    });
  }
  return out;
}

/** Store facts (a fact already stored for the same person, code and article is kept as it is). */
export async function recordFacts(db: Kysely<unknown>, facts: MemoryFact[], now = new Date()): Promise<number> {
  if (facts.length === 0) return 0;
  const learned = now.toISOString();
  const rows = facts.map((f) => ({ ...f, learned_at: learned }));
  let written = 0;
  for (let i = 0; i < rows.length; i += 100) {
    const r = await (db as MemoryDb)
      .insertInto('actor_memory')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) => oc.columns(['name', 'code', 'article']).doNothing())
      .executeTakeFirst();
    written += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

/** One person's code over a period, with the evidence. */
export interface MemoryEntry {
  name: string;
  code: string;
  country: string | null;
  sector: string | null;
  title: string | null;
  /** First and last source article days. */
  firstDay: string;
  lastDay: string;
  /** The period it codes in (firstDay - MEMORY_DAYS_BEFORE .. lastDay + MEMORY_DAYS_AFTER). */
  from: string;
  to: string;
  articles: number;
  /** Content id of the first source article. */
  firstArticle: string;
}

/** The stored facts, one entry per person and code, by name then period. */
export async function memoryEntries(db: Kysely<unknown>, options: { name?: string } = {}): Promise<MemoryEntry[]> {
  let q = (db as MemoryDb)
    .selectFrom('actor_memory')
    .select(['name', 'code', 'country', 'sector', 'title', 'day', 'article'])
    .orderBy('name')
    .orderBy('code')
    .orderBy('day')
    .orderBy('article');
  if (options.name) q = q.where('name', '=', options.name);
  const rows = await q.execute();
  const out: MemoryEntry[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.name === r.name && last.code === r.code) {
      last.lastDay = r.day;
      last.to = addDays(r.day, MEMORY_DAYS_AFTER);
      last.articles++;
      continue;
    }
    out.push({
      name: r.name,
      code: r.code,
      country: r.country,
      sector: r.sector,
      title: r.title,
      firstDay: r.day,
      lastDay: r.day,
      from: addDays(r.day, -MEMORY_DAYS_BEFORE),
      to: addDays(r.day, MEMORY_DAYS_AFTER),
      articles: 1,
      firstArticle: r.article,
    });
  }
  return out;
}

/**
 * The entries as a dated user dictionary for `analyze()`: one actor per person, its codes dated by their periods,
 * the best-supported code first (where two periods overlap, the first one holding the date wins).
 */
export function memoryDictionary(entries: readonly MemoryEntry[]): UserActorEntry[] {
  const byName = new Map<string, MemoryEntry[]>();
  for (const e of entries) {
    const list = byName.get(e.name);
    if (list) list.push(e);
    else byName.set(e.name, [e]);
  }
  const out: UserActorEntry[] = [];
  for (const [name, list] of byName) {
    list.sort((a, b) => b.articles - a.articles || (a.lastDay < b.lastDay ? 1 : -1));
    const best = list[0];
    out.push({
      names: [name],
      code: best.code,
      country: best.country,
      sector: best.sector,
      type: 'PERSON',
      origin: `${MEMORY_ORIGIN}:${best.firstArticle}`,
      codes: list.map((e) => ({ code: e.code, from: e.from, to: e.to })),
    });
  }
  return out;
}

/**
 * The entries as a PETRARCH actors file (what `--dict` reads): "DONALD_TRUMP" with dated codes
 * "[USAGOV 20161221-20200118]", and a comment naming the evidence.
 */
export function memoryActorsFile(entries: readonly MemoryEntry[]): string {
  const lines = ['# Parley actor memory: office-holders learned from the titles articles give them (parley actors).'];
  for (const actor of memoryDictionary(entries)) {
    const evidence = entries.filter((e) => e.name === actor.names[0]);
    const n = evidence.reduce((sum, e) => sum + e.articles, 0);
    lines.push(`${actor.names[0].replace(/\s+/g, '_').toUpperCase()}  # ${n} article${n === 1 ? '' : 's'}`);
    for (const c of actor.codes ?? []) lines.push(`\t[${c.code} ${compact(c.from)}-${compact(c.to)}]`);
  }
  return lines.join('\n') + '\n';
}

function compact(day: string | undefined): string {
  return (day ?? '').replace(/-/g, '');
}
