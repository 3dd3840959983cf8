/**
 * Dated actor codes from user dictionaries (PETRARCH "[HOBGOV 950601-990815]"): the actor matcher gives an entry's
 * current code; the events stage re-codes such actors with the code in force on the article's date (DCT).
 */
import type { Doc } from '../model/doc.js';
import type { UserActorEntry } from '../model/options.js';
import { splitActorCode } from '../entities/actors/codes.js';
import { recoded, type ActorSpan } from './actors.js';
import { mapPacked } from '../model/arrays.js';

type DatedEntry = Required<Pick<UserActorEntry, 'codes'>> & UserActorEntry;

const indexCache = new WeakMap<readonly UserActorEntry[], Map<string, DatedEntry> | null>();

/** Lower-cased names of the entries that carry dated codes (null when none do). */
export function datedActorIndex(entries: readonly UserActorEntry[] | undefined): Map<string, DatedEntry> | null {
  if (!entries || entries.length === 0) return null;
  let idx = indexCache.get(entries);
  if (idx !== undefined) return idx;
  const map = new Map<string, DatedEntry>();
  for (const e of entries) {
    if (!e.codes || e.codes.length === 0) continue;
    for (const n of e.names) map.set(n.replace(/_/g, ' ').trim().toLowerCase().replace(/\s+/g, ' '), e as DatedEntry);
  }
  idx = map.size ? map : null;
  indexCache.set(entries, idx);
  return idx;
}

/** The code in force on `day` (YYYY-MM-DD): the first range that holds it, else the undated default; null = none. */
export function codeOnDay(codes: readonly { code: string; from?: string; to?: string }[], day: string): string | null {
  let fallback: string | null = null;
  for (const c of codes) {
    if (!c.from && !c.to) {
      fallback ??= c.code;
      continue;
    }
    if ((!c.from || day >= c.from) && (!c.to || day <= c.to)) return /^-+$/.test(c.code) ? null : c.code;
  }
  return fallback && !/^-+$/.test(fallback) ? fallback : null;
}

/**
 * Re-code the spans that name a dated entry (the span's words, or its last 1-4 words: "President Clinton") to
 * the code on the doc's date; a span whose entry has no code on that date is no actor and is dropped.
 */
export function applyDatedCodes(doc: Doc, spans: ActorSpan[], index: Map<string, DatedEntry> | null): ActorSpan[] {
  if (!index || spans.length === 0) return spans;
  const day = doc.dct.slice(0, 10);
  // Other mentions of a named entity ("his", "the gardener") follow its name's entry.
  const byEntity = new Map<string, DatedEntry>();
  const named = mapPacked(spans, (a) => {
    const e = entryOf(doc, a, index);
    if (e && a.entityId) byEntity.set(a.entityId, e);
    return e;
  });
  const out: ActorSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const entry = named[i] ?? (a.entityId ? byEntity.get(a.entityId) : undefined);
    if (!entry || a.code !== entry.code) {
      out.push(a);
      continue;
    }
    const code = codeOnDay(entry.codes, day);
    if (!code) continue;
    if (code === entry.code) {
      out.push(a);
      continue;
    }
    const { country, sector } = splitActorCode(code);
    out.push(recoded(a, code, country, sector, a.entityId));
  }
  return out;
}

function entryOf(doc: Doc, a: ActorSpan, index: Map<string, DatedEntry>): DatedEntry | undefined {
  const t = doc.tokens;
  for (let s = Math.max(a.tokStart, a.tokEnd - 4); s < a.tokEnd; s++) {
    const text = doc.text.slice(t.start[s], a.end).toLowerCase().replace(/\s+/g, ' ');
    const hit = index.get(text);
    if (hit) return hit;
  }
  return a.tokEnd - a.tokStart > 4
    ? index.get(doc.text.slice(a.start, a.end).toLowerCase().replace(/\s+/g, ' '))
    : undefined;
}
