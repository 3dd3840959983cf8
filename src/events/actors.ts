/**
 * Actor spans for argument finding. Taken from the entity layer (mentions whose entity has an actor code) when it
 * is filled, else from the actor matcher (src/entities/actors) run directly; plus two shapes the coder needs that
 * dictionaries do not list: "Pakistan-based outfit" (a non-state actor of that country) and group nouns
 * ("both sides", "the two countries") that point back to the last coordinated pair.
 */
import type { Doc } from '../model/doc.js';
import { tokenAtOrAfter } from '../model/doc.js';

export interface ActorSpan {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  code: string;
  country: string | null;
  sector: string | null;
  /** 'name' | 'title' | 'pronoun' | 'agent' | 'country' | 'demonym' | 'based' ... (from the matcher or mention kind). */
  kind: string;
  entityId?: string | null;
}

/** A matcher with the shape of src/entities/actors matchActors (injected so the coder does not depend on its timing). */
export type ActorMatcher = (doc: Doc) => ActorSpan[];

let fallbackMatcher: ActorMatcher | null = null;

/** Install the matcher used when the entity layer is empty (wired in events/index.ts). */
export function setFallbackActorMatcher(m: ActorMatcher | null): void {
  fallbackMatcher = m;
}

/** Actor spans from doc.mentions + doc.entities (entities with an actor code, or a country). */
export function actorsFromEntities(doc: Doc): ActorSpan[] {
  if (doc.entities.length === 0 || doc.mentions.length === 0) return [];
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const out: ActorSpan[] = [];
  for (const m of doc.mentions) {
    const e = byId.get(m.entityId);
    if (!e) continue;
    const code = e.actor?.code ?? e.country ?? null;
    if (!code) continue;
    const tokStart = tokenAtOrAfter(doc, m.span.start);
    let tokEnd = tokStart;
    while (tokEnd < doc.tokens.count && doc.tokens.start[tokEnd] < m.span.end) tokEnd++;
    if (tokEnd === tokStart) continue;
    out.push({
      tokStart,
      tokEnd,
      start: m.span.start,
      end: m.span.end,
      code,
      country: e.actor?.country ?? e.country ?? null,
      sector: e.actor?.sector ?? null,
      kind: m.kind,
      entityId: e.id,
    });
  }
  return out;
}

/** All actor spans of the document, sorted, overlaps resolved in favour of the longer span. */
export function collectActors(doc: Doc, extra: readonly ActorSpan[] = []): ActorSpan[] {
  let spans = actorsFromEntities(doc);
  if (spans.length === 0 && fallbackMatcher) spans = fallbackMatcher(doc);
  const all = [...spans, ...extra, ...basedActors(doc)];
  all.sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart));
  const out: ActorSpan[] = [];
  let lastEnd = -1;
  for (const s of all) {
    if (s.tokStart < lastEnd) {
      // Overlap: keep the earlier, longer one unless this one carries a country the other lacks.
      const prev = out[out.length - 1];
      if (prev && !prev.country && s.country && s.tokEnd >= prev.tokEnd) out[out.length - 1] = s;
      continue;
    }
    out.push(s);
    lastEnd = s.tokEnd;
  }
  return out;
}

const GROUP_HEADS = new Set(['outfit', 'group', 'groups', 'militants', 'terrorists', 'organisation', 'organization', 'outfits', 'militant', 'terrorist', 'gunmen', 'rebels', 'network', 'cell']);

/**
 * "Pakistan-based outfit", "a Pakistan-based terror group": a non-state armed actor of the prefix's country.
 * The country comes from the actor spans of the same word elsewhere in the doc or from the matcher, so this runs
 * on the prefix text through `countryOfName` (a name -> ISO-3 lookup over the document's own actor spans).
 */
function basedActors(doc: Doc): ActorSpan[] {
  const out: ActorSpan[] = [];
  const t = doc.tokens;
  let names: Map<string, string> | null = null;
  for (let i = 0; i < t.count; i++) {
    const s = t.start[i];
    const e = t.end[i];
    if (e - s < 8) continue;
    const w = doc.text.slice(s, e);
    if (!w.endsWith('-based')) continue;
    names ??= countryNamesInDoc(doc);
    const country = names.get(w.slice(0, -6).toLowerCase());
    if (!country) continue;
    // Extend over modifiers up to a group head ("Pakistan-based terror outfit").
    let j = i + 1;
    while (j < t.count && j < i + 4 && !GROUP_HEADS.has(doc.text.slice(t.start[j], t.end[j]).toLowerCase())) j++;
    const tokEnd = j < t.count && j < i + 4 ? j + 1 : i + 1;
    out.push({ tokStart: i, tokEnd, start: s, end: t.end[tokEnd - 1], code: `${country}UAF`, country, sector: 'UAF', kind: 'based' });
  }
  return out;
}

/** Lower-cased country-name spans seen in the doc's actor layer -> their country (for "X-based"). */
let nameCache: WeakMap<Doc, Map<string, string>> = new WeakMap();
function countryNamesInDoc(doc: Doc): Map<string, string> {
  const cached = nameCache.get(doc);
  if (cached) return cached;
  const map = new Map<string, string>();
  let spans = actorsFromEntities(doc);
  if (spans.length === 0 && fallbackMatcher) spans = fallbackMatcher(doc);
  for (const a of spans) if (a.country && a.sector === null) map.set(doc.text.slice(a.start, a.end).toLowerCase(), a.country);
  for (const [name, iso] of Object.entries(countryNames())) if (!map.has(name)) map.set(name, iso);
  nameCache.set(doc, map);
  return map;
}

let injectedCountryNames: Record<string, string> = {};
/** Country name -> ISO-3, supplied by the actor tables when they are present. */
export function setCountryNames(names: Record<string, string>): void {
  injectedCountryNames = names;
  nameCache = new WeakMap();
}
function countryNames(): Record<string, string> {
  return injectedCountryNames;
}
