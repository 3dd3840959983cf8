/**
 * speaker-pronoun: a pronoun speaker ("“We trust God,” he said") stands for the nearest subject before it outside
 * quotation marks: a name inside a quotation is what someone said, not who is speaking now, and a name inside a
 * clause ("Benton, who served with Hall, described him") is not the one the next "he" continues.
 */
import { tokenAtOrAfter, type Doc } from '../model/doc.js';
import type { Mention } from '../model/schema.js';
import type { QuoteRegion } from './marks.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** Char ranges of the quote regions, marks included, in text order. */
export function regionChars(doc: Doc, regions: readonly QuoteRegion[]): [number, number][] {
  const t = doc.tokens;
  return regions.map((r) => [t.start[r.openTok], t.end[Math.max(r.openTok, r.afterClose - 1)]]);
}

/** Whether the phrase is a personal pronoun (he, she, him, her). */
export function isPersonPronoun(doc: Doc, span: { start: number; end: number }): boolean {
  return PERSON_PRONOUNS.has(doc.text.slice(span.start, span.end).toLowerCase());
}

function insideAny(ranges: readonly [number, number][], start: number): boolean {
  for (const [s, e] of ranges) if (start >= s && start < e) return true;
  return false;
}

/**
 * Each sentence's subject, roughly: its first mention of a person (a name, title or nominal) outside quotation
 * marks, by sentence index. `mentions` sorted by start.
 */
export function sentenceSubjects(
  doc: Doc,
  mentions: readonly Mention[],
  personIds: ReadonlySet<string>,
  quoted: readonly [number, number][],
): Map<number, Mention> {
  const out = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.kind === 'demonym' || !m.entityId || !personIds.has(m.entityId)) continue;
    if (insideAny(quoted, m.span.start)) continue;
    const si = doc.tokens.sentence[tokenAtOrAfter(doc, m.span.start)];
    if (si !== undefined && !out.has(si)) out.set(si, m);
  }
  return out;
}

/**
 * Whether the entity stage's link for a pronoun speaker at char `start` is missing or rests on a quoted name: the
 * nearest earlier mention of that entity lies inside quotation marks ("“We trust God,” he said"). Otherwise its
 * link stands (it knows gender and agreement).
 */
export function needsSubject(
  entityId: string | null,
  start: number,
  mentions: readonly Mention[],
  quoted: readonly [number, number][],
): boolean {
  if (!entityId) return true;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.span.end > start || m.entityId !== entityId || m.kind === 'pronoun') continue;
    return insideAny(quoted, m.span.start);
  }
  return false;
}

/**
 * The entity a personal pronoun speaker at char `start` in sentence `si` stands for: the subject of its own
 * sentence when that comes before it, else of the nearest of the 3 sentences before. `speaker-pronoun-long-quote`:
 * sentences wholly inside quotation marks are not counted, so a long quoted passage does not hide the subject
 * before it. Null when the word is no personal pronoun or no subject fits.
 */
export function pronounSpeakerEntity(
  doc: Doc,
  start: number,
  end: number,
  si: number,
  subjects: ReadonlyMap<number, Mention>,
  quoted: readonly [number, number][] = [],
): string | null {
  if (!isPersonPronoun(doc, { start, end })) return null;
  let counted = 0;
  for (let k = si; k >= 0 && k >= si - MAX_SENTENCES_BACK && counted <= 3; k--) {
    const m = subjects.get(k);
    if (m && m.span.end <= start) return m.entityId;
    if (!whollyQuoted(doc, k, quoted)) counted++;
  }
  return null;
}

/** How far back a pronoun speaker looks at most, quoted sentences included. */
const MAX_SENTENCES_BACK = 40;

/** Is sentence k inside one quotation, its marks included? */
function whollyQuoted(doc: Doc, k: number, quoted: readonly [number, number][]): boolean {
  const s = doc.sentences[k];
  for (const [a, b] of quoted) if (a <= s.start && s.end <= b + 1) return true;
  return false;
}
