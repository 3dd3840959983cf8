/**
 * The quotes stage: quotations (direct, partial, mixed, indirect) with cue, speaker and addressee.
 * Speakers and addressees are linked to entities through the entity stage's mentions (doc.mentions) when a
 * mention overlaps the phrase; otherwise entityId is null and the phrase itself is reported.
 */
import { makeSpan, TokFlag, TokKind, type Doc } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { Mention, Quote } from '../model/schema.js';
import { attributeQuotes, type Draft } from './attribute.js';
import type { TokRange } from './phrases.js';
import { quoteDate, timesByStart, type TimesByStart } from './dating.js';
import { mapPacked } from '../model/arrays.js';
import { findQuoteRegions } from './marks.js';
import {
  isPersonPronoun,
  needsSubject,
  pronounSpeakerEntity,
  regionChars,
  sentenceSubjects,
} from './pronoun-speaker.js';
import { titleSpeakerEntity } from './title-speaker.js';

/** What a pronoun speaker is resolved with: the quotations' char ranges and each sentence's subject. */
interface PronounContext {
  quoted: [number, number][];
  subjects: Map<number, Mention>;
}

export { attributeQuotes } from './attribute.js';
export { findQuoteRegions, type QuoteRegion } from './marks.js';
export { lookupCue, cueLexicon, type CueEntry } from './lexicon.js';

export function runQuotes(doc: Doc, options: AnalyzeOptions): void {
  void options;
  const mentions = doc.mentions.slice().sort((x, y) => x.span.start - y.span.start);
  const personIds = new Set(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  const times = timesByStart(doc.times);
  const quoted = regionChars(doc, findQuoteRegions(doc));
  const pronouns = { quoted, subjects: sentenceSubjects(doc, mentions, personIds, quoted) };
  doc.quotes = mapPacked(attributeQuotes(doc), (d, k) => toQuote(doc, d, k, mentions, personIds, times, pronouns));
  flagUnbalanced(doc);
}

/** Mark the quotes whose content lies in a quote region closed at the length limit (a stray opening mark). */
function flagUnbalanced(doc: Doc): void {
  const cut = findQuoteRegions(doc).filter((r) => r.unbalanced);
  if (cut.length === 0) return;
  for (const q of doc.quotes) {
    if (cut.some((r) => q.content.start >= r.start && q.content.start < r.end)) q.unbalanced = true;
  }
}

function toQuote(
  doc: Doc,
  d: Draft,
  k: number,
  mentions: Mention[],
  personIds: Set<string>,
  times: TimesByStart,
  pronouns: PronounContext,
): Quote {
  const t = doc.tokens;
  const sent = doc.sentences[d.sentence];
  const [start, end] = trimContent(doc.text, d.start, d.end);
  const cueStart = d.cue ? t.start[d.cue.start] : null;
  const { date, dateSource } = quoteDate(doc, sent, { start, end }, cueStart, times);
  return {
    id: `q${k + 1}`,
    type: d.type,
    content: makeSpan(doc.text, start, end),
    cue: d.cue ? makeSpan(doc.text, t.start[d.cue.start], t.end[d.cue.end - 1]) : null,
    cueLemma: d.cueLemma,
    speaker: speakerParty(doc, d, mentions, personIds, pronouns),
    addressee: party(doc, d.addressee, mentions, personIds),
    sentence: d.sentence,
    date,
    dateSource,
    ...(d.voice ? { voice: d.voice } : {}),
    rule: d.rule,
  };
}

/** Trim whitespace and trailing sentence punctuation; keep quote marks that belong to mixed content. */
function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
  return [start, end];
}

/** "Barkley, who said ...": when the antecedent resolves to an entity, the relative pronoun is the mention. */
function speakerParty(
  doc: Doc,
  d: Draft,
  mentions: Mention[],
  personIds: Set<string>,
  pronouns: PronounContext,
): Quote['speaker'] {
  const p = party(doc, d.speaker, mentions, personIds);
  if (
    p &&
    d.speaker &&
    d.speaker.end - d.speaker.start === 1 &&
    needsSubject(p.entityId, p.mention.start, mentions, pronouns.quoted)
  ) {
    const resolved = pronounSpeakerEntity(
      doc,
      p.mention.start,
      p.mention.end,
      d.sentence,
      pronouns.subjects,
      pronouns.quoted,
    );
    if (resolved) return { entityId: resolved, mention: p.mention };
    // speaker-pronoun-quoted-drop: a link resting only on a name inside a quotation is dropped when no subject fits.
    if (p.entityId && isPersonPronoun(doc, p.mention)) return { entityId: null, mention: p.mention };
  }
  if (p && !p.entityId && d.speaker) {
    const linked = titleSpeakerEntity(doc, d.speaker, d.sentence, pronouns.subjects, mentions);
    if (linked) return { entityId: linked, mention: p.mention };
  }
  if (!p || !p.entityId || !d.speakerRelative) return p;
  const rel = party(doc, d.speakerRelative, [], personIds);
  return rel ? { entityId: p.entityId, mention: rel.mention } : p;
}

const HEAD_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

function party(doc: Doc, r: TokRange | null, mentions: Mention[], personIds: Set<string>): Quote['speaker'] {
  if (!r) return null;
  const t = doc.tokens;
  const start = t.start[r.start];
  const end = t.end[r.end - 1];
  // "The leader of the Syrian Kurds", "an SDF commander at the river crossing": the head comes before the
  // preposition; a name after it is the speaker only when it names a person ("Secretary of State John Kerry").
  let headEnd = end;
  let head = r.end - 1;
  for (let k = r.start + 1; k < r.end; k++) {
    const lk = doc.text.slice(t.start[k], t.end[k]).toLowerCase();
    // "Ann Lee and Tom Baker" (cue-joint-subject): the first conjunct is the linked one.
    if (HEAD_PREPOSITIONS.has(lk) || lk === 'and' || lk === ',' || postModifier(doc, k, r.end)) {
      headEnd = t.start[k];
      head = k - 1;
      break;
    }
  }
  // speaker-possessive-head: "The mayor's demand" (noun-cue): the possessor, not the "'s", is the phrase's head.
  if (head > r.start && POSSESSIVE_MARKS.has(doc.text.slice(t.start[head], t.end[head]))) head--;
  // "Turkey's prime minister", "The US defence secretary": a common-noun head no mention covers is not the place
  // or group that modifies it.
  let entityId =
    commonHead(doc, head) && entityAt(mentions, t.start[head], t.end[head]) === null
      ? null
      : entityAt(mentions, start, headEnd, end - start);
  // speaker-head-person: "BBC Political Editor Ann Lee": a person's name ending the head is the speaker, not a longer
  // organization mention among its modifiers.
  const named = personEndingAt(mentions, start, headEnd, personIds);
  if (named) entityId = named;
  if (entityId === null && headEnd < end) {
    const tail = entityAt(mentions, headEnd, end, end - start);
    if (tail && personIds.has(tail)) entityId = tail;
  }
  return { entityId, mention: makeSpan(doc.text, start, end) };
}

/** The entity of a person mention inside [start, end) that ends at `end`; mentions sorted by start. */
function personEndingAt(mentions: Mention[], start: number, end: number, personIds: Set<string>): string | null {
  for (let i = firstFrom(mentions, start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.span.start >= end) break;
    if (m.span.start >= start && m.span.end === end && m.entityId && personIds.has(m.entityId)) return m.entityId;
  }
  return null;
}

/** "the authority governing Afrin": a lower-case "-ing" word before a name or article starts a post-modifier. */
function postModifier(doc: Doc, k: number, end: number): boolean {
  const t = doc.tokens;
  const w = doc.text.slice(t.start[k], t.end[k]);
  if (k + 1 >= end || w.length < 6 || !w.endsWith('ing') || t.flags[k] & TokFlag.Capitalized) return false;
  const next = doc.text.slice(t.start[k + 1], t.end[k + 1]).toLowerCase();
  return (t.flags[k + 1] & TokFlag.Capitalized) !== 0 || next === 'the' || next === 'a' || next === 'an';
}

/** A lower-case word (a role or group noun) as the phrase's head. */
function commonHead(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t.kind[k] === TokKind.Word && !(t.flags[k] & (TokFlag.Capitalized | TokFlag.AllCaps));
}

/**
 * The entity of the mention that overlaps [start, end) most (ties: the later, i.e. the head); mentions sorted by
 * start. A demonym inside a longer phrase ("The Turkish president") is a modifier, not the speaker.
 */
function entityAt(mentions: Mention[], start: number, end: number, phraseLength = end - start): string | null {
  let best: string | null = null;
  let bestOverlap = 0;
  // Mentions are short: any overlapping one starts within 200 chars before `start`.
  for (let i = firstFrom(mentions, start - 200); i < mentions.length && mentions[i].span.start < end; i++) {
    const m = mentions[i];
    if (m.span.end <= start) continue;
    if (m.kind === 'demonym' && m.span.end - m.span.start < phraseLength) continue;
    const ov = Math.min(end, m.span.end) - Math.max(start, m.span.start);
    if (ov >= bestOverlap) {
      bestOverlap = ov;
      best = m.entityId;
    }
  }
  return best;
}

/** The index of the first mention starting at or after char `at` (mentions sorted by start). */
function firstFrom(mentions: Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].span.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
