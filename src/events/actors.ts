/**
 * Actor spans for argument finding. Taken from the entity layer (mentions whose entity has an actor code) when it
 * is filled, else from the actor matcher (src/entities/actors) run directly, refined for argument finding.
 */
import type { Doc } from '../model/doc.js';
import { TokFlag, TokKind, tokenAtOrAfter } from '../model/doc.js';
import { datelineNames } from '../entities/candidates.js';
import type { UserAgentEntry } from '../model/options.js';
import { mapPacked } from '../model/arrays.js';
import { isPatronModifier } from '../lang/en/index.js';

export interface ActorSpan {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  code: string;
  country: string | null;
  sector: string | null;
  /** 'name' | 'title' | 'pronoun' | 'agent' | 'country' | 'demonym' | 'based' ...
   * (from the matcher or mention kind). */
  kind: string;
  entityId?: string | null;
}

/** A matcher with the shape of src/entities/actors matchActors
 * (passed in so the coder does not depend on its timing). */
export type ActorMatcher = (doc: Doc) => readonly ActorSpan[];

/** Actor spans from doc.mentions + doc.entities (entities with an actor code, or a country). */
export function actorsFromEntities(doc: Doc): ActorSpan[] {
  if (doc.entities.length === 0 || doc.mentions.length === 0) return [];
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const out: ActorSpan[] = [];
  for (const m of doc.mentions) {
    const e = byId.get(m.entityId);
    if (!e) continue;
    // Code-less mentions stay (code ""): a title before them lends its role ("Secretary of State Marco Rubio").
    const code = e.actor?.code ?? e.country ?? '';
    if (m.kind === 'pronoun' && !code) continue;
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

/**
 * All actor spans of the document: entity mentions first, readings of `matcher` (null: none) where no mention is,
 * refined.
 */
export function collectActors(
  doc: Doc,
  matcher: ActorMatcher | null,
  extra: readonly ActorSpan[] = [],
  userOnly = false,
  userAgents?: readonly UserAgentEntry[],
): ActorSpan[] {
  let fromEntities = actorsFromEntities(doc);
  let fromMatcher = matcher ? matcher(doc) : [];
  if (userOnly) {
    // Coding with a user's dictionaries alone (PETRARCH validation): only their actors and agents are actors;
    // an entity counts when its code is one a user entry gave in this doc (its pronouns, its other names).
    // A built-in title or agent that swallowed a user agent ("Deputy [Prime Minister]") gives way to it.
    const agents = agentIndex(userAgents);
    fromMatcher = fromMatcher.flatMap((m) => {
      if ((m as { rule?: string }).rule?.startsWith('actors:user:')) return [m];
      if (!agents || (m.kind !== 'title' && m.kind !== 'agent')) return [];
      for (let s = m.tokStart; s < m.tokEnd; s++) {
        const sector = agents.get(doc.text.slice(doc.tokens.start[s], m.end).toLowerCase().replace(/\s+/g, ' '));
        if (sector !== undefined)
          return [{ ...m, tokStart: s, start: doc.tokens.start[s], code: sector, sector, country: null }];
      }
      return [];
    });
    const codes = new Set(fromMatcher.map((m) => m.code));
    fromEntities = fromEntities.filter((a) => !a.code || codes.has(a.code));
  }
  // Coded mentions win; a code-less mention yields to a matcher reading over the same words (keeping its entity).
  const taken = new Uint8Array(doc.tokens.count);
  for (const a of fromEntities) if (a.code) for (let i = a.tokStart; i < a.tokEnd; i++) taken[i] = 1;
  const all: ActorSpan[] = [...extra];
  const matcherAt = new Uint8Array(doc.tokens.count);
  // Code-less mention covering each token (index + 1 into fromEntities; 0 = none).
  const codelessAt = new Int32Array(doc.tokens.count);
  fromEntities.forEach((a, idx) => {
    if (!a.code) for (let i = a.tokStart; i < a.tokEnd; i++) codelessAt[i] = idx + 1;
  });
  for (const m of fromMatcher) {
    let free = true;
    for (let i = m.tokStart; i < m.tokEnd; i++)
      if (taken[i]) {
        free = false;
        break;
      }
    if (!free) continue;
    const ownerIdx = codelessAt[m.tokStart];
    const owner = ownerIdx && fromEntities[ownerIdx - 1].tokEnd >= m.tokEnd ? fromEntities[ownerIdx - 1] : undefined;
    all.push(owner?.entityId ? { ...m, entityId: owner.entityId } : m);
    for (let i = m.tokStart; i < m.tokEnd; i++) matcherAt[i] = 1;
  }
  for (const a of fromEntities) {
    if (a.code) {
      all.push(a);
      continue;
    }
    let clash = false;
    for (let i = a.tokStart; i < a.tokEnd; i++)
      if (matcherAt[i]) {
        clash = true;
        break;
      }
    if (!clash) all.push(a);
  }
  all.sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart));
  const out: ActorSpan[] = [];
  let lastEnd = -1;
  for (const s of all) {
    if (s.tokStart < lastEnd) continue;
    out.push(s);
    lastEnd = s.tokEnd;
  }
  return withoutDateline(doc, refineMatches(doc, out)).sort((a, b) => a.tokStart - b.tokStart);
}

/** "Lisbon, March 14 (Parley Wire) ...": the dateline's place and agency report the news, they do not act in it. */
function withoutDateline(doc: Doc, spans: ActorSpan[]): ActorSpan[] {
  let end = 0;
  for (const m of doc.mentions) if (m.rule.startsWith('dateline.') && m.span.end > end) end = m.span.end;
  if (doc.mentions.length === 0) for (const d of datelineNames(doc)) end = Math.max(end, doc.tokens.end[d.tokEnd - 1]);
  return end === 0 ? spans : spans.filter((a) => a.start >= end);
}

const agentIndexCache = new WeakMap<readonly UserAgentEntry[], Map<string, string>>();

/** User agent terms (lower case, underscores as spaces) -> sector code. */
function agentIndex(agents: readonly UserAgentEntry[] | undefined): Map<string, string> | null {
  if (!agents || agents.length === 0) return null;
  let idx = agentIndexCache.get(agents);
  if (!idx) {
    idx = new Map();
    for (const a of agents)
      for (const t of a.terms) idx.set(t.replace(/_/g, ' ').trim().toLowerCase().replace(/\s+/g, ' '), a.sector);
    agentIndexCache.set(agents, idx);
  }
  return idx;
}

const GROUP_HEADS = new Set([
  'outfit',
  'group',
  'groups',
  'militants',
  'terrorists',
  'organisation',
  'organization',
  'outfits',
  'militant',
  'terrorist',
  'gunmen',
  'rebels',
  'network',
  'cell',
]);
/** Matcher readings that are not actors for event coding (dates and places the agent lists carry). */
const NOT_ACTORS = new Set(['', 'NON', 'UNK']);
const COUNTRY_KINDS = new Set(['country', 'demonym', 'capital', 'institution', 'igo', 'city']);
const ROLE_KINDS = new Set(['title', 'agent']);

const MODIFIERS = new Set([
  "'s",
  'first',
  'new',
  'former',
  'top',
  'senior',
  'chief',
  'deputy',
  'acting',
  'the',
  'interim',
  'outgoing',
  'incoming',
  'a',
  'an',
  'two',
  'three',
  'several',
  'some',
  'local',
  'state',
  'national',
  'federal',
  'regional',
  'military',
  'armed',
  'own',
]);

function lowTok(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase().replace('’', "'");
}

/** Only modifiers (or nothing) between a country word and a role: "Arnor's new", "Dagolath's first". */
function gapIsModifiers(doc: Doc, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const w = lowTok(doc, i);
    // Listed modifiers, or a lower-case adjective-like word ("nationalist", "radical"): not a verb form, not a link.
    if (MODIFIERS.has(w)) continue;
    const raw = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
    if (raw === w && /^[a-z]{3,}$/.test(w) && !/(ed|ing)$/.test(w) && !NOT_MODIFIERS.has(w)) continue;
    return false;
  }
  return true;
}

const NOT_MODIFIERS = new Set([
  'and',
  'or',
  'but',
  'for',
  'with',
  'from',
  'into',
  'that',
  'who',
  'which',
  'said',
  'says',
  'has',
  'have',
  'had',
  'was',
  'were',
  'are',
  'will',
  'would',
  'not',
  'also',
  'then',
  'than',
  'its',
  'their',
  'his',
  'her',
  'our',
]);

const OF_WORDS = new Set(['of', 'from', 'in', 'throughout', 'across', 'within']);

/** "of", "from", "in" (optionally "the" after, or one plural head noun before: "groups in")
 * between a role and a country. */
function ofLink(doc: Doc, from: number, to: number): boolean {
  let i = from;
  if (to - i >= 2 && !OF_WORDS.has(lowTok(doc, i)) && /^[a-z]+s$/.test(lowTok(doc, i))) i++;
  if (to - i < 1 || to - i > 2) return false;
  return OF_WORDS.has(lowTok(doc, i)) && (to - i === 1 || lowTok(doc, i + 1) === 'the');
}

/** ", " / "and" / ", and" between list members. */
function listLink(doc: Doc, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const w = lowTok(doc, i);
    if (w !== ',' && w !== 'and') return false;
  }
  return true;
}

/** A country, demonym, capital or institution reading, or an entity coded with a bare country. */
function isCountryLike(a: ActorSpan): boolean {
  return a.country !== null && (COUNTRY_KINDS.has(a.kind) || (!a.sector && a.code === a.country));
}

/** The role part a country is prefixed to: the agent's code ("GOVFRM"), or its sector. */
function roleCode(a: ActorSpan): string {
  if (a.code && !a.country && !NOT_ACTORS.has(a.code)) return a.code;
  return a.sector ?? '';
}

/**
 * Matcher output -> actor spans fit for arguments:
 * - drops non-actors; "Pakistan-based outfit" becomes a non-state armed actor (UAF) of that country;
 * - joins a country word with the role after it ("Pakistani Prime Minister" -> PAKGOV) and a role's country
 *   before it, and stretches a title over the capitalized name that follows ("Prime Minister Shehbaz Sharif").
 */
export function refineMatches(doc: Doc, allMatches: readonly ActorSpan[]): ActorSpan[] {
  const t = doc.tokens;
  const tok = (i: number): string => doc.text.slice(t.start[i], t.end[i]);
  const matches = allMatches.filter((m) => !isPatronSpan(doc, m));
  const out: ActorSpan[] = [];
  const starts = new Set(matches.map((x) => x.tokStart));
  for (let k = 0; k < matches.length; k++) {
    let m = matches[k];
    if (NOT_ACTORS.has(m.code) && !(m.entityId && m.kind === 'name')) continue;
    const word = tok(m.tokStart);
    if (m.country && m.tokEnd - m.tokStart === 1 && /-based$/i.test(word)) {
      let j = m.tokEnd;
      while (j < t.count && j < m.tokEnd + 3 && !GROUP_HEADS.has(tok(j).toLowerCase())) j++;
      const end = j < t.count && j < m.tokEnd + 3 ? j + 1 : m.tokEnd;
      out.push(
        spanOf(m.tokStart, end, m.start, t.end[end - 1], `${m.country}UAF`, m.country, 'UAF', 'based', m.entityId),
      );
      // Skip matches the stretched span swallowed.
      while (k + 1 < matches.length && matches[k + 1].tokStart < end) k++;
      continue;
    }
    const next = matches[k + 1];
    // "Pakistani Prime Minister", "Arnor's foreign minister", "the Calenardhon government": country + role code.
    if (
      isCountryLike(m) &&
      next &&
      ROLE_KINDS.has(next.kind) &&
      !next.country &&
      gapIsModifiers(doc, m.tokEnd, next.tokStart)
    ) {
      const kind = next.kind === 'title' ? 'title' : 'composed';
      m = spanOf(
        m.tokStart,
        next.tokEnd,
        m.start,
        next.end,
        m.country + roleCode(next),
        m.country,
        next.sector,
        kind,
        next.entityId,
      );
      k++;
    } else if (
      ROLE_KINDS.has(m.kind) &&
      !m.country &&
      next &&
      isCountryLike(next) &&
      ofLink(doc, m.tokEnd, next.tokStart)
    ) {
      // "Soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": the role distributes over the list.
      const role = roleCode(m);
      out.push(
        spanOf(
          m.tokStart,
          next.tokEnd,
          m.start,
          next.end,
          next.country + role,
          next.country,
          m.sector,
          'composed',
          next.entityId,
        ),
      );
      k++;
      while (
        k + 1 < matches.length &&
        isCountryLike(matches[k + 1]) &&
        listLink(doc, matches[k].tokEnd, matches[k + 1].tokStart)
      ) {
        const c = matches[++k];
        out.push(
          spanOf(c.tokStart, c.tokEnd, c.start, c.end, c.country + role, c.country, m.sector, 'composed', c.entityId),
        );
      }
      continue;
    }
    const after = matches[k + 1];
    if (
      (m.kind === 'title' || m.kind === 'composed' || m.kind === 'agent') &&
      after &&
      after.tokStart === m.tokEnd &&
      after.entityId &&
      t.flags[after.tokStart] & TokFlag.Capitalized
    ) {
      // "Secretary of State Marco Rubio": the title lends its role to the named entity that follows.
      const country = after.country ?? m.country;
      const sector = after.sector ?? m.sector;
      // The named entity's own code wins when it carries a role; else the title adds its role to the country.
      const code = after.code && after.country && after.sector ? after.code : (country ?? '') + (sector ?? '');
      m = spanOf(m.tokStart, after.tokEnd, m.start, after.end, code, country, sector, 'title', after.entityId);
      k++;
    } else if (m.kind === 'title') {
      // The name after a title: capitalized words (and initials).
      let j = m.tokEnd;
      while (
        j < t.count &&
        j < m.tokEnd + 4 &&
        t.flags[j] & TokFlag.Capitalized &&
        t.kind[j] === TokKind.Word &&
        !starts.has(j)
      )
        j++;
      if (j > m.tokEnd) m = respan(m, m.tokStart, j, m.start, t.end[j - 1]);
      if (!m.code && m.sector) m = recoded(m, m.sector, m.country, m.sector, m.entityId);
    }
    // "King Hassan of Morocco": a title still without a country takes the one its of-phrase names.
    const ofNext = matches[k + 1];
    if (
      (m.kind === 'title' || ROLE_KINDS.has(m.kind)) &&
      !m.country &&
      ofNext &&
      isCountryLike(ofNext) &&
      ofLink(doc, m.tokEnd, ofNext.tokStart)
    ) {
      const withCountry = recoded(m, m.code, ofNext.country, m.sector, m.entityId);
      m = recoded(withCountry, (ofNext.country ?? '') + roleCode(withCountry), ofNext.country, m.sector, m.entityId);
    }
    if (!m.code) {
      if (m.entityId) out.push(m); // a name to match later titles against; dropped below if still code-less
      continue;
    }
    out.push(m);
  }
  groupAnaphora(doc, out);
  inferCountries(doc, out);
  return foldAcronyms(
    doc,
    out.filter((a) => a.code !== '' && !NOT_ACTORS.has(a.code)),
  );
}

/**
 * `actor:patron-modifier`: a country inside "Iran-backed", "Turkish-supported", "pro-Iranian" names the group's
 * patron or enemy; it neither acts in the clause nor gives the group after it a country.
 */
export function isPatronSpan(doc: Doc, a: { tokStart: number; tokEnd: number }): boolean {
  if (a.tokEnd - a.tokStart !== 1) return false;
  const word = (i: number) => (i < doc.tokens.count ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) : '');
  if (isPatronModifier(word(a.tokStart))) return true;
  // "Russian and Iranian-backed forces": the first of two coordinated patrons.
  const link = word(a.tokEnd).toLowerCase();
  return (link === 'and' || link === 'or') && /^\p{Lu}/u.test(word(a.tokStart)) && isPatronModifier(word(a.tokEnd + 1));
}

/**
 * A span with other bounds, as a new object written in one literal: a field of a span written after the span is made
 * sends V8 back to recompile every function that read spans of its shape (the matcher's and the entity stage's too).
 */
function respan(a: ActorSpan, tokStart: number, tokEnd: number, start: number, end: number): ActorSpan {
  return spanOf(tokStart, tokEnd, start, end, a.code, a.country, a.sector, a.kind, a.entityId);
}

/** A span with all its fields given (in one literal, as `respan` says why). */
function spanOf(
  tokStart: number,
  tokEnd: number,
  start: number,
  end: number,
  code: string,
  country: string | null,
  sector: string | null,
  kind: string,
  entityId: string | null | undefined,
): ActorSpan {
  return { tokStart, tokEnd, start, end, code, country, sector, kind, entityId };
}

/** A span with another code (in one literal, as `respan` says why). */
export function recoded(
  a: ActorSpan,
  code: string,
  country: string | null,
  sector: string | null,
  entityId: string | null | undefined,
): ActorSpan {
  return spanOf(a.tokStart, a.tokEnd, a.start, a.end, code, country, sector, a.kind, entityId);
}

/** "the European Union (EU)": the bracketed acronym is the same actor; fold it into the name before it. */
function foldAcronyms(doc: Doc, spans: ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const a of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      a.tokStart === prev.tokEnd + 1 &&
      lowTok(doc, prev.tokEnd) === '(' &&
      a.tokEnd < doc.tokens.count &&
      lowTok(doc, a.tokEnd) === ')' &&
      (a.code === prev.code || a.tokEnd - a.tokStart === 1)
    ) {
      out[out.length - 1] = respan(prev, prev.tokStart, a.tokEnd + 1, prev.start, doc.tokens.end[a.tokEnd]);
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Heads of a definite description that can refer back to an armed group: "the militia". (Plural people nouns such as
 * "the rebels" often name other fighters than the group named last.)
 */
const GROUP_ANAPHORS: ReadonlySet<string> = new Set(['militia', 'movement', 'organisation', 'organization']);
const ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS', 'UAF']);

function isArmedGroupSpan(a: ActorSpan): boolean {
  return a.code.startsWith('IMG') || (a.sector !== null && ARMED_SECTORS.has(a.sector));
}

/**
 * `actor:group-anaphor`: "the militia" or "the movement" without a country is the armed group named in that sentence or
 * the two before, when only one is named there ("Joining the YPG is a crime in Turkey. The government has claimed
 * for years that the militia ..."): not a militia of whichever country the sentence names.
 */
function groupAnaphora(doc: Doc, spans: ActorSpan[]): void {
  const named: ActorSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const sent = doc.tokens.sentence[a.tokStart];
    if (
      a.kind === 'agent' &&
      !a.country &&
      a.tokEnd - a.tokStart === 1 &&
      a.tokStart > 0 &&
      lowTok(doc, a.tokStart - 1) === 'the' &&
      GROUP_ANAPHORS.has(lowTok(doc, a.tokStart))
    ) {
      const near = named.filter((g) => sent - doc.tokens.sentence[g.tokStart] <= 2);
      if (near.length > 0 && near.every((g) => g.code === near[0].code)) {
        const g = near[near.length - 1];
        spans[k] = recoded(a, g.code, g.country, g.sector, g.entityId);
      }
      continue;
    }
    if (a.entityId && a.kind === 'name' && isArmedGroupSpan(a)) named.push(a);
  }
}

/**
 * A title or agent without a country ("Secretary Rubio", "the secretary") takes the country of an earlier actor
 * sharing its name word, else of the last government-like actor with a country in the two sentences before.
 */
function inferCountries(doc: Doc, spans: ActorSpan[]): void {
  const nameWords = (a: ActorSpan): string[] => {
    const out: string[] = [];
    for (let i = a.tokStart; i < a.tokEnd; i++)
      if (doc.tokens.flags[i] & TokFlag.Capitalized) out.push(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
    return out;
  };
  const byName = new Map<string, ActorSpan>();
  let lastSectorActor: ActorSpan | null = null;
  for (let k = 0; k < spans.length; k++) {
    let a = spans[k];
    const sent = doc.tokens.sentence[a.tokStart];
    if (!a.country && (a.sector || a.entityId) && a.kind !== 'agent') {
      // Same name word ("Secretary Rubio"), else same title word ("the secretary"), else the recent context.
      const words = nameWords(a);
      // A named entity ("Donald Trump", "President Trump") is only the same person coded before under its surname:
      // another's title word ("President Erdoğan") or a country nearby says nothing of its country.
      const named = a.entityId !== undefined && a.entityId !== null && (a.kind === 'name' || a.kind === 'title');
      const same =
        (words.length ? byName.get(words[words.length - 1]) : undefined) ??
        (named ? undefined : firstNamed(byName, doc.text.slice(a.start, a.end)));
      // Context from the sentences before only: within one sentence another title is usually another side's.
      const gap = lastSectorActor ? sent - doc.tokens.sentence[lastSectorActor.tokStart] : -1;
      const recent = lastSectorActor && gap >= 1 && gap <= 2 ? lastSectorActor : undefined;
      const ctx = same ?? (words.length >= 2 && !named ? recent : undefined);
      if (ctx?.country) {
        const sector = a.sector ?? ctx.sector;
        a = spans[k] = recoded(a, ctx.country + (sector ?? ''), ctx.country, sector, same?.entityId || a.entityId);
      }
    }
    if (a.country && a.sector) lastSectorActor = a;
    if ((a.kind === 'title' || a.kind === 'name') && a.country && a.sector) {
      for (const w of nameWords(a)) {
        byName.set(w, a);
        byName.set(w.toLowerCase(), a);
      }
    }
  }
}

/** The actor named by the first word of `text` (lower-cased) that names one in `byName`. */
function firstNamed(byName: Map<string, ActorSpan>, text: string): ActorSpan | undefined {
  for (const w of text.toLowerCase().split(/\s+/)) {
    const found = byName.get(w);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The spans rebuilt with one property layout: built by spreads with different overrides they get many hidden
 * classes, which makes every later property read in the coder polymorphic (slow). Same values, same identities
 * among equal inputs.
 */
export function withUniformShape(spans: readonly ActorSpan[]): ActorSpan[] {
  const copies = new Map<ActorSpan, ActorSpan>();
  return mapPacked(spans, (a) => {
    let c = copies.get(a);
    if (!c) {
      c = {
        tokStart: a.tokStart,
        tokEnd: a.tokEnd,
        start: a.start,
        end: a.end,
        code: a.code,
        country: a.country,
        sector: a.sector,
        kind: a.kind,
        entityId: a.entityId,
      };
      copies.set(a, c);
    }
    return c;
  });
}
