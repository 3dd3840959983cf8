/**
 * Places on the map. `placeEntities` (end of the entities stage) geocodes the GPE and LOC entities the gazetteer
 * knows, choosing among places of one name by the article's context, and corrects a city's country that the actor
 * lexicon had from a namesake ("Salisbury" listed for Zimbabwe, in an article about England). `locateEvents` (end of
 * the events stage) gives each event its action location and its actors' places (locate.ts).
 */
import type { Doc } from '../model/doc.js';
import type { Entity, Geo } from '../model/schema.js';
import { datelineNames } from '../entities/candidates.js';
import { foldPlaceName, gazetteer, type CountryIndex, type Gazetteer, type Place } from './gazetteer.js';
import { importance } from './resolve.js';
import { WORLD_REGIONS } from './regions.js';
import { fullName, resolvePlace, type PlaceContext } from './resolve.js';

export { locateEvents } from './locate.js';

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** A Geo record of a gazetteer place. */
export function geoOf(g: Gazetteer, p: Place, entityId: string | null, rule: string): Geo {
  const country = g.countryByIso2(p.country);
  const adm1 = p.kind === 'country' ? undefined : g.adm1(p.country, p.adm1);
  return {
    type: p.kind,
    name: p.kind === 'country' ? (country?.name ?? p.name) : p.name,
    fullName: fullName(g, p),
    country: country?.iso3 ?? p.country,
    adm1: adm1 ? `${p.country}.${adm1.code}` : null,
    adm1Name: adm1?.name ?? null,
    lat: p.lat,
    lon: p.lon,
    entityId,
    rule,
  };
}

/** The country-level Geo of an ISO-3 code, or null when the gazetteer has no such country. */
export function countryGeo(g: CountryIndex, iso3: string | null, entityId: string | null, rule: string): Geo | null {
  const c = iso3 ? g.countryByIso3(iso3) : undefined;
  if (!c) return null;
  // geoOf(g, countryPlace(c), ...) without the ADM1 table: a country has none.
  return {
    type: 'country',
    name: c.name,
    fullName: c.name,
    country: c.iso3,
    adm1: null,
    adm1Name: null,
    lat: c.lat,
    lon: c.lon,
    entityId,
    rule,
  };
}

/** Mentions per entity id. */
function mentionCounts(doc: Doc): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of doc.mentions) n.set(m.entityId, (n.get(m.entityId) ?? 0) + 1);
  return n;
}

/** The entity of the dateline's place ("Washington, May 9 (IANS) -"), if the article has a wire dateline. */
export function datelineEntity(doc: Doc): Entity | undefined {
  const place = datelineNames(doc).find((d) => d.rule === 'dateline.place');
  if (!place) return undefined;
  const end = doc.tokens.end[place.tokEnd - 1];
  const m = doc.mentions.find((x) => x.span.start === 0 && x.span.end <= end);
  return m ? doc.entities.find((e) => e.id === m.entityId) : undefined;
}

/** The article's context for choosing among places of one name: its entities' countries and the ADM1s it names. */
function contextOf(doc: Doc, g: Gazetteer, counts: Map<string, number>): PlaceContext {
  const countries = new Map<string, number>();
  const adm1s = new Set<string>();
  for (const e of doc.entities) {
    const iso2 = e.country ? g.countryByIso3(e.country)?.iso2 : undefined;
    if (iso2) countries.set(iso2, (countries.get(iso2) ?? 0) + (counts.get(e.id) ?? 1));
    if (PLACE_TYPES.has(e.type))
      for (const p of g.lookup(e.name)) if (p.kind === 'adm1') adm1s.add(`${p.country}.${p.adm1}`);
  }
  return { countries, dateline: null, adm1s };
}

/** The country the article's places and actors are most about: twice the mentions of the next, or none. */
function mainCountryOf(ctx: PlaceContext): string | null {
  if (ctx.dateline) return ctx.dateline;
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [c, n] of ctx.countries) {
    if (n > top) [second, top, best] = [top, n, c];
    else if (n > second) second = n;
  }
  return top >= 3 && top >= 2 * second ? best : null;
}

/** A city this large is known by its name in any article ("Paris", "Sydney"). */
const WORLD_CITY = 1_000_000;

/** No place of the name lies in a country the article names, and none is a capital or a world city. */
function localPlaceMissing(g: Gazetteer, name: string, ctx: PlaceContext): boolean {
  return g
    .lookup(name)
    .every(
      (p) =>
        p.kind === 'city' &&
        !ctx.countries.get(p.country) &&
        ctx.dateline !== p.country &&
        p.feature !== 'PPLC' &&
        p.population < WORLD_CITY,
    );
}

/** An entity the lexicon coded as a country by itself (a country's name, not a city it lists for it). */
function isCountryName(g: Gazetteer, e: Entity): boolean {
  return (
    g.lookup(e.name).some((p) => p.kind === 'country') ||
    (e.actor !== null && e.actor.code.length === 3 && g.lookup(e.name).length === 0)
  );
}

/** Geocode the article's GPE and LOC entities (entities stage, after its entities are emitted). */
export function placeEntities(doc: Doc): void {
  if (!doc.entities.some((e) => PLACE_TYPES.has(e.type))) return;
  const g = gazetteer();
  const counts = mentionCounts(doc);
  const dateline = datelineEntity(doc);
  // The dateline first: its country is context for every other place.
  const order = dateline ? [dateline, ...doc.entities.filter((e) => e !== dateline)] : doc.entities;
  let datelineCountry: string | null = null;
  const base = contextOf(doc, g, counts);
  for (const e of order) {
    if (!PLACE_TYPES.has(e.type)) continue;
    if (WORLD_REGIONS.has(foldPlaceName(e.name).replace(/^the /, ''))) continue;
    if (isCountryName(g, e)) {
      const geo = countryGeo(g, e.country, e.id, 'places.country');
      if (geo) e.geo = geo;
    } else {
      // The article's context without this entity's own country (a place is no evidence for itself).
      const own = e.country ? g.countryByIso3(e.country)?.iso2 : undefined;
      const countries = own
        ? new Map(base.countries).set(own, base.countries.get(own)! - (counts.get(e.id) ?? 1))
        : base.countries;
      const ctx: PlaceContext = { countries, dateline: datelineCountry, adm1s: base.adm1s };
      const r = resolvePlace(g, e.name, ctx);
      if (!r) continue;
      const lexiconCountry = e.country ? g.countryByIso3(e.country)?.iso2 : undefined;
      const home = mainCountryOf(ctx);
      if (!lexiconCountry && home && localPlaceMissing(g, e.name, ctx)) {
        // "Westminster" in a British article: none of the places of that name is in a country the article names,
        // and none is a world city: a place of the article's own country that the gazetteer lacks.
        const geo = countryGeo(g, g.countryByIso2(home)?.iso3 ?? null, e.id, 'places.article-country');
        if (geo) {
          e.geo = geo;
          e.country ??= geo.country;
          continue;
        }
      }
      let rule = r.byContext ? 'places.context' : 'places.importance';
      if (lexiconCountry && lexiconCountry !== r.place.country) {
        // The lexicon's country wins unless the gazetteer has no such place there (an old name: "Salisbury" for
        // Harare) or a lesser one, and the article is about the place's country and not about the lexicon's.
        const lexiconPlace = g.lookup(e.name).find((p) => p.country === lexiconCountry);
        const support = (iso2: string) => (ctx.countries.get(iso2) ?? 0) + (ctx.dateline === iso2 ? 1 : 0);
        const lexiconWins =
          (lexiconPlace !== undefined && importance(lexiconPlace) >= importance(r.place)) ||
          support(r.place.country) === 0 ||
          support(lexiconCountry) > 0;
        if (lexiconWins) {
          if (lexiconPlace) e.geo = geoOf(g, lexiconPlace, e.id, 'places.lexicon-country');
          continue;
        }
        const iso3 = g.countryByIso2(r.place.country)?.iso3 ?? null;
        e.country = iso3;
        if (e.actor && iso3) e.actor = { code: iso3, country: iso3, sector: e.actor.sector };
        rule = 'places.context-over-lexicon';
      }
      e.geo = geoOf(g, r.place, e.id, rule);
      if (!e.country) e.country = e.geo.country;
      // A town or a division is a GPE (OntoNotes), whatever the tagger called it.
      e.type = 'GPE';
    }
    if (e === dateline && e.geo) datelineCountry = g.countryByIso3(e.geo.country)?.iso2 ?? null;
  }
}
