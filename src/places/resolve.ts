/**
 * Which place a name means: among the gazetteer's entries of that name, the one the article's context supports
 * (its countries, its dateline's country, the ADM1s it names), else the most important (capital, ADM1 seat, larger
 * population). "Salisbury" in an article that names England is the English town; alone, the largest Salisbury.
 */
import type { Gazetteer, Place } from './gazetteer.js';

export interface PlaceContext {
  /** ISO-2 countries of the article's other entities, with how many mentions each has. */
  countries: Map<string, number>;
  /** ISO-2 country of the dateline's place, when there is one. */
  dateline: string | null;
  /** ADM1s the article names ("IN.12"). */
  adm1s: Set<string>;
}

export const EMPTY_CONTEXT: PlaceContext = { countries: new Map(), dateline: null, adm1s: new Set() };

/** The importance of a place by itself: the log of its population, more for a capital or an ADM1 seat. */
export function importance(p: Place): number {
  if (p.kind === 'country') return 20;
  if (p.kind === 'adm1') return 6;
  // Places cities1000 lacks are GeoNames' newer entries or seats of divisions: a small town's weight.
  const size = p.population > 0 ? Math.log10(p.population) : 3.5;
  const seat = p.feature === 'PPLC' ? 2 : p.feature === 'PPLA' ? 1 : p.feature === 'PPLA2' ? 0.3 : 0;
  return size + seat;
}

function contextScore(p: Place, ctx: PlaceContext): number {
  let s = 0;
  const n = ctx.countries.get(p.country) ?? 0;
  if (n > 0) s += 4 + Math.min(n, 3);
  if (ctx.dateline === p.country) s += 3;
  if (p.kind === 'city' && ctx.adm1s.has(`${p.country}.${p.adm1}`)) s += 3;
  return s;
}

export interface Resolved {
  place: Place;
  /** Whether the article's context, not importance alone, chose it among places of other countries. */
  byContext: boolean;
  /** Entries of the name in the gazetteer. */
  candidates: number;
}

/** The place a name most likely means in this context, or undefined when the gazetteer has no such name. */
export function resolvePlace(g: Gazetteer, name: string, ctx: PlaceContext): Resolved | undefined {
  const list = g.lookup(name);
  if (list.length === 0) return undefined;
  let best = list[0];
  let bestScore = -Infinity;
  let bestContext = 0;
  for (const p of list) {
    const c = contextScore(p, ctx);
    const s = importance(p) + c;
    if (s > bestScore) [best, bestScore, bestContext] = [p, s, c];
  }
  const otherCountry = list.some((p) => p.country !== best.country);
  return { place: best, byContext: bestContext > 0 && otherCountry, candidates: list.length };
}

/** The name as a map shows it: "Pahalgam, Jammu and Kashmir, India". */
export function fullName(g: Gazetteer, p: Place): string {
  const country = g.countryByIso2(p.country)?.name ?? p.country;
  if (p.kind === 'country') return country;
  if (p.kind === 'adm1') return `${p.name}, ${country}`;
  const adm1 = g.adm1(p.country, p.adm1)?.name;
  return adm1 && adm1 !== p.name ? `${p.name}, ${adm1}, ${country}` : `${p.name}, ${country}`;
}
