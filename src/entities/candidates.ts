/**
 * Name mentions: the statistical tagger's spans merged with the actor lexicon's matches.
 * The tagger decides where names are; the lexicon adds codes, fixes types (LOC -> GPE for countries and cities)
 * and adds gazetteer names the tagger missed. Spans inside time expressions ("May 9") are not names.
 */
import { TokFlag, TokKind, type Doc, type NerSpan } from '../model/doc.js';
import type { EntityType } from '../model/schema.js';
import { lookupActor, type ActorMatch } from './actors/index.js';
import { isGazetteerPlace } from '../places/typing.js';
import { EVENT_NOUN_MODIFIERS, EVENT_NOUNS } from '../lang/en/index.js';

export interface NameCandidate {
  tokStart: number;
  tokEnd: number;
  type: EntityType;
  actor: ActorMatch | null;
  rule: string;
}

/**
 * A candidate retyped (or with other bounds or actor), as a new object written in one literal: a field of a
 * candidate written after it is made sends V8 back to recompile every function that read candidates.
 */
export function recast(
  c: NameCandidate,
  type: EntityType,
  rule: string,
  tokStart = c.tokStart,
  tokEnd = c.tokEnd,
  actor = c.actor,
): NameCandidate {
  return { tokStart, tokEnd, type, actor, rule };
}

const GPE_KINDS = new Set(['country', 'capital', 'city']);
const ORG_KINDS = new Set(['institution', 'igo', 'org']);
/** Actor kinds that name a thing by themselves (titles and agent nouns do not). */
const NAME_KINDS = new Set(['country', 'capital', 'city', 'institution', 'igo', 'org', 'person', 'demonym']);

function typeOfActor(kind: string): EntityType {
  if (GPE_KINDS.has(kind)) return 'GPE';
  if (ORG_KINDS.has(kind)) return 'ORG';
  if (kind === 'person') return 'PERSON';
  return 'NORP';
}

function typeOfTag(label: string, actor: ActorMatch | null): EntityType {
  // The lexicon knows what a listed name is ("White House" is an institution even when tagged LOC); a person the
  // tagger found keeps its type when the lexicon lists it as a person or a plain coded actor.
  if (
    label === 'PER' &&
    (!actor || actor.kind === 'person' || (actor.kind === 'org' && !isGroupSynonym(actor) && !isListedGroup(actor)))
  )
    return 'PERSON';
  if (actor && actor.kind !== 'person') return typeOfActor(actor.kind);
  if (label === 'PER') return 'PERSON';
  if (label === 'ORG') return 'ORG';
  if (label === 'LOC') return 'LOC';
  // MISC: demonyms are nationalities; other MISC (events, laws, products) stay MISC.
  if (actor && actor.kind === 'demonym') return 'NORP';
  return 'MISC';
}

/** A one-word other name of a listed group ("Isis" for the Islamic State): the group, even where tagged a person. */
function isGroupSynonym(actor: ActorMatch): boolean {
  return actor.tokEnd - actor.tokStart === 1 && actor.name.includes(' ') && actor.name.toLowerCase() !== actor.name;
}

/** An organization of the hand-written facts (scripts/actor-facts.ts): a group, never a person's name. */
function isListedGroup(actor: ActorMatch): boolean {
  return actor.rule.endsWith(':facts');
}

const demonymCache = new Map<string, boolean>();

function isDemonym(text: string): boolean {
  let known = demonymCache.get(text);
  if (known === undefined) {
    known = lookupActor(text, ['demonym']).length > 0;
    if (demonymCache.size < 50_000) demonymCache.set(text, known);
  }
  return known;
}

/** Token mask of time expressions, so "May" in "May 9" is never a person. */
export function timeMask(doc: Doc): Uint8Array {
  const mask = new Uint8Array(doc.tokens.count);
  const { start, end } = doc.tokens;
  let t = 0;
  for (const tx of doc.times) {
    while (t < doc.tokens.count && end[t] <= tx.span.start) t++;
    for (let i = t; i < doc.tokens.count && start[i] < tx.span.end; i++) mask[i] = 1;
  }
  return mask;
}

/** A name part that opens with the Arabic article or a patronymic joined by a hyphen: "ez-Zor", "al-Sham". */
const JOINED_ARTICLE = /^(?:al|el|ez|es|ed|ad|ar|as|ash|at|az|an|ul|bin|ibn)[-‐]\p{L}/u;
/** The same with a capitalized name after the hyphen ("ez-Zor", not "al-style"). */
const JOINED_ARTICLE_NAME = /^(?:al|el|ez|es|ed|ad|ar|as|ash|at|az|an|ul|bin|ibn)[-‐]\p{Lu}/u;

/**
 * "Deir ez-Zor" tagged as "Deir" (LOC) and "ez-Zor" (MISC): a tagged span right after another one that opens with a
 * joined Arabic article continues it; the joined span keeps the first part's label.
 */
export function joinArticleSplits(doc: Doc, tags: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const tag of tags) {
    const prev = out[out.length - 1];
    const first = doc.text.slice(doc.tokens.start[tag.tokStart], doc.tokens.end[tag.tokStart]);
    if (
      prev &&
      prev.tokEnd === tag.tokStart &&
      doc.tokens.sentence[prev.tokStart] === doc.tokens.sentence[tag.tokStart] &&
      JOINED_ARTICLE.test(first)
    ) {
      out[out.length - 1] = { ...prev, tokEnd: tag.tokEnd };
      continue;
    }
    // An untagged "ez-Zor" right after the span continues it as well.
    let end = tag.tokEnd;
    while (end < doc.tokens.count && doc.tokens.sentence[end] === doc.tokens.sentence[tag.tokStart]) {
      const w = doc.text.slice(doc.tokens.start[end], doc.tokens.end[end]);
      if (!JOINED_ARTICLE_NAME.test(w) || tags.some((t) => t.tokStart === end)) break;
      end++;
    }
    out.push(end === tag.tokEnd ? tag : { ...tag, tokEnd: end });
  }
  return out;
}

export function nameCandidates(doc: Doc, rawTags: NerSpan[], actors: ActorMatch[]): NameCandidate[] {
  const tags = joinArticleSplits(doc, rawTags);
  const mask = timeMask(doc);
  const out: NameCandidate[] = [];
  const covered = new Uint8Array(doc.tokens.count);
  // Actor matches indexed by start token for the overlap checks below.
  const actorAt = new Map<number, ActorMatch>();
  for (const a of actors) if (NAME_KINDS.has(a.kind)) actorAt.set(a.tokStart, a);

  const inside = listedNamesOverTags(doc, tags, actors, mask);
  for (const a of inside.names) {
    out.push({
      tokStart: a.tokStart,
      tokEnd: a.tokEnd,
      type: typeOfActor(a.kind),
      actor: a,
      rule: `gazetteer.${a.kind}.over-tags`,
    });
    for (let i = a.tokStart; i < a.tokEnd; i++) covered[i] = 1;
  }
  for (let k = 0; k < tags.length; k++) {
    if (inside.dropped.has(k)) continue;
    const tag = trimmedTag(doc, tags[k]);
    if (!tag) continue;
    let inTime = true;
    for (let i = tag.tokStart; i < tag.tokEnd; i++) if (!mask[i]) inTime = false;
    if (inTime) continue;
    // An actor match with exactly this span, or covering the whole tag, gives the code.
    let actor: ActorMatch | null = null;
    const a = actorAt.get(tag.tokStart);
    if (a && a.tokEnd === tag.tokEnd) actor = a;
    let type = typeOfTag(tag.label, actor);
    let rule = tag.rule;
    const text = doc.text.slice(doc.tokens.start[tag.tokStart], doc.tokens.end[tag.tokEnd - 1]);
    if (type === 'MISC' && isDemonym(text)) type = 'NORP';
    if (type === 'ORG' && !actor && isEventModifier(doc, tag.tokEnd)) {
      type = 'LOC';
      rule = 'ner.place-before-event-noun';
    } else if ((type === 'PERSON' || type === 'MISC') && !actor && isGazetteerPlace(doc, tag.tokStart, tag.tokEnd)) {
      type = 'GPE';
      rule = 'places.gazetteer';
    }
    out.push({ tokStart: tag.tokStart, tokEnd: tag.tokEnd, type, actor, rule });
    for (let i = tag.tokStart; i < tag.tokEnd; i++) covered[i] = 1;
  }
  for (const a of actors) {
    if (!NAME_KINDS.has(a.kind)) continue;
    let free = true;
    for (let i = a.tokStart; i < a.tokEnd; i++) if (covered[i] || mask[i]) free = false;
    if (!free) {
      // The lexicon match sits inside a longer tagged name ("the Pakistani embassy" ...): keep the tag.
      continue;
    }
    out.push({
      tokStart: a.tokStart,
      tokEnd: a.tokEnd,
      type: typeOfActor(a.kind),
      actor: a,
      rule: `gazetteer.${a.kind}`,
    });
    for (let i = a.tokStart; i < a.tokEnd; i++) covered[i] = 1;
  }
  // An untagged capitalized word naming where an event happened: "the April 22 Pahalgam terrorist attack".
  for (let i = 1; i < doc.tokens.count; i++) {
    if (covered[i] || mask[i] || !(doc.tokens.flags[i] & TokFlag.Capitalized) || doc.tokens.kind[i] !== TokKind.Word)
      continue;
    // Mid-sentence only, after a lower-case word or a number (not after quotes, nor the tail of a longer name).
    const pk = doc.tokens.kind[i - 1];
    if ((pk !== TokKind.Word && pk !== TokKind.Number) || doc.tokens.flags[i - 1] & TokFlag.Capitalized) continue;
    let j = i + 1;
    while (
      j < doc.tokens.count &&
      j < i + 3 &&
      !covered[j] &&
      doc.tokens.flags[j] & TokFlag.Capitalized &&
      doc.tokens.kind[j] === TokKind.Word
    )
      j++;
    if (!isEventModifier(doc, j)) continue;
    out.push({ tokStart: i, tokEnd: j, type: 'LOC', actor: null, rule: 'loc.place-before-event-noun' });
    for (let k = i; k < j; k++) covered[k] = 1;
    i = j;
  }
  // The dateline knows better than the tagger what its two names are.
  for (const d of datelineNames(doc)) {
    const at = out.findIndex((c) => c.tokStart === d.tokStart && c.tokEnd === d.tokEnd);
    if (at >= 0) {
      const same = out[at];
      if (same.type !== 'GPE' || d.type !== 'GPE') out[at] = recast(same, d.type, d.rule);
      continue;
    }
    let free = true;
    for (let i = d.tokStart; i < d.tokEnd; i++) if (covered[i]) free = false;
    if (free) out.push(d);
  }
  out.sort((x, y) => x.tokStart - y.tokStart);
  shortGroupNames(doc, out);
  return out;
}

/**
 * "Tahrir al-Sham" after "Hayat Tahrir al-Sham": a code-less PERSON of two or more words that ends a listed group's
 * name named in the article is that group (its short form), not a person.
 */
function shortGroupNames(doc: Doc, cands: NameCandidate[]): void {
  const lowerText = (c: NameCandidate) =>
    doc.text.slice(doc.tokens.start[c.tokStart], doc.tokens.end[c.tokEnd - 1]).toLowerCase();
  const groups = cands.filter((c) => c.type === 'ORG' && c.actor && c.tokEnd - c.tokStart >= 3);
  if (groups.length === 0) return;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    if (c.type !== 'PERSON' || c.actor || c.tokEnd - c.tokStart < 2) continue;
    const text = lowerText(c);
    const g = groups.find((x) => x !== c && lowerText(x).endsWith(` ${text}`));
    if (!g) continue;
    cands[k] = recast(c, 'ORG', 'gazetteer.org.short-form', c.tokStart, c.tokEnd, g.actor);
  }
}

/**
 * A tagged span without the symbols at its edges: the tagger sometimes runs a name on over markup or a sign-off
 * ("Reuter\n&#3;" -> "Reuter"). Null when nothing but symbols is left.
 */
function trimmedTag(doc: Doc, tag: NerSpan): NerSpan | null {
  const kind = doc.tokens.kind;
  const named = (i: number) => kind[i] === TokKind.Word || kind[i] === TokKind.Number;
  let s = tag.tokStart;
  let e = tag.tokEnd;
  while (s < e && !named(s)) s++;
  while (e > s && !named(e - 1) && !(kind[e - 1] === TokKind.Punct && doc.text[doc.tokens.start[e - 1]] === '.')) e--;
  if (s === e) return null;
  // A new literal rather than a spread copy: overriding a field of the tagger's spans would make V8 drop the code
  // that reads them.
  return s === tag.tokStart && e === tag.tokEnd ? tag : { tokStart: s, tokEnd: e, label: tag.label, rule: tag.rule };
}

const OVER_TAG_KINDS = new Set(['institution', 'igo', 'org']);

/**
 * Listed organization names the tagger saw only part of: "Islamic State" tagged as "Islamic" (MISC). A listed name of
 * two or more tokens, capitalized at both ends, whose tokens hold tagged spans and no span crossing its edges,
 * replaces those spans.
 */
function listedNamesOverTags(
  doc: Doc,
  tags: NerSpan[],
  actors: ActorMatch[],
  timeMask: Uint8Array,
): { names: ActorMatch[]; dropped: Set<number> } {
  const names: ActorMatch[] = [];
  const dropped = new Set<number>();
  const flags = doc.tokens.flags;
  let k = 0;
  for (const a of actors) {
    if (!OVER_TAG_KINDS.has(a.kind) || a.tokEnd - a.tokStart < 2) continue;
    if (!(flags[a.tokStart] & TokFlag.Capitalized) || !(flags[a.tokEnd - 1] & TokFlag.Capitalized)) continue;
    let inTime = false;
    for (let i = a.tokStart; i < a.tokEnd; i++) if (timeMask[i]) inTime = true;
    if (inTime) continue; // "Black Friday"
    while (k < tags.length && tags[k].tokEnd <= a.tokStart) k++;
    const inner: number[] = [];
    let crosses = false;
    for (let j = k; j < tags.length && tags[j].tokStart < a.tokEnd; j++) {
      const t = tags[j];
      if (t.tokStart < a.tokStart || t.tokEnd > a.tokEnd || (t.tokStart === a.tokStart && t.tokEnd === a.tokEnd))
        crosses = true;
      else inner.push(j);
    }
    if (crosses || inner.length === 0) continue;
    names.push(a);
    for (const j of inner) dropped.add(j);
  }
  return { names, dropped };
}

/** Is the tagged name at `tokEnd` followed by an event noun (optionally after one modifier)? */
function isEventModifier(doc: Doc, tokEnd: number): boolean {
  const w = (i: number) =>
    i < doc.tokens.count ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase() : '';
  if (EVENT_NOUNS.has(w(tokEnd))) return true;
  return EVENT_NOUN_MODIFIERS.has(w(tokEnd)) && EVENT_NOUNS.has(w(tokEnd + 1));
}

/**
 * A wire dateline opens the article: "Washington, May 9 (IANS) ..." / "NEW DELHI, Jan 3 (Reuters) -".
 * Its place is a location and the bracketed word the news agency.
 */
export function datelineNames(doc: Doc): NameCandidate[] {
  const t = doc.tokens;
  const txt = (i: number) => doc.text.slice(t.start[i], t.end[i]);
  const out: NameCandidate[] = [];
  const limit = Math.min(t.count, 14);
  let i = 0;
  while (i < limit && t.flags[i] & TokFlag.Capitalized) i++;
  if (i === 0 || i > 4 || i >= limit || txt(i) !== ',') return out;
  const placeEnd = i;
  let open = -1;
  for (let k = i + 1; k < limit; k++) {
    if (txt(k) === '(') {
      open = k;
      break;
    }
    if (t.kind[k] === TokKind.Punct && txt(k) !== '.') return out;
  }
  if (open < 0) return out;
  let close = -1;
  for (let k = open + 1; k < Math.min(t.count, open + 5); k++)
    if (txt(k) === ')') {
      close = k;
      break;
    }
  if (close < 0 || close === open + 1) return out;
  for (let k = open + 1; k < close; k++) if (!(t.flags[k] & TokFlag.Capitalized)) return out;
  out.push({ tokStart: 0, tokEnd: placeEnd, type: 'GPE', actor: null, rule: 'dateline.place' });
  out.push({ tokStart: open + 1, tokEnd: close, type: 'ORG', actor: null, rule: 'dateline.agency' });
  return out;
}
