/**
 * speaker-title-previous-subject: a definite office title as speaker with no entity ("“…,” the prime minister told
 * reporters") stands for the person the sentence before was about, when nobody else in the article was called by
 * that title before: news names a person, then goes on with their office. The entity stage links such titles only
 * at the opening of a sentence; a quotation often opens it instead.
 */
import { type Doc } from '../model/doc.js';
import type { Mention } from '../model/schema.js';
import { OFFICE_RANKS } from '../lang/en/index.js';
import type { TokRange } from './phrases.js';
import { genderOfFirstName, genderOfTitleWord } from '../entities/gender.js';

/** Offices whose holder a news article goes on calling by the title alone. */
const OFFICE_TITLES = new Set([
  'minister',
  'president',
  'secretary',
  'chancellor',
  'premier',
  'leader',
  'mayor',
  'governor',
  'senator',
  'chairman',
  'chairwoman',
  'chairperson',
  'ambassador',
  'commissioner',
]);

/** How many words may stand between "the" and the title ("the prime minister", "the Tory party leader"). */
const MAX_TITLE_MODIFIERS = 2;

/**
 * The person entity a title speaker phrase stands for, or null. `subjects`: each sentence's first person mention
 * outside quotation marks; `mentions` sorted by start.
 */
export function titleSpeakerEntity(
  doc: Doc,
  r: TokRange,
  si: number,
  subjects: ReadonlyMap<number, Mention>,
  mentions: readonly Mention[],
): string | null {
  const word = (k: number) => doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]).toLowerCase();
  if (word(r.start) !== 'the' || r.end - r.start < 2 || r.end - r.start - 2 > MAX_TITLE_MODIFIERS) return null;
  const title = word(r.end - 1);
  if (!OFFICE_TITLES.has(title)) return null;
  for (let k = r.start + 1; k < r.end; k++) if (OFFICE_RANKS.has(word(k)) || word(k) === 'former') return null;
  // A title opening its sentence is the entity stage's to link (coref.title-previous-subject); this rule takes the
  // sentences a quotation opens.
  if (doc.sentences[si]?.tokStart === r.start) return null;
  const phraseStart = doc.tokens.start[r.start];
  // A person named earlier in the quote's own sentence is whom the title may stand for; that is not this rule's call.
  const own = subjects.get(si);
  if (own && own.span.start < phraseStart) return null;
  const subject = subjects.get(si - 1);
  if (!subject?.entityId) return null;
  // The title already belongs to someone else in the article.
  for (const m of mentions) {
    if (m.span.start >= phraseStart) break;
    if (m.kind !== 'title' && m.kind !== 'nominal') continue;
    if (m.entityId !== subject.entityId && m.span.text.toLowerCase().endsWith(title)) return null;
  }
  // "Deputy Mayor Ann Lee … the mayor": a lower office named with the subject is not this title.
  const named = subject.span.text.toLowerCase().split(/\s+/);
  if (named.some((w) => OFFICE_RANKS.has(w))) return null;
  const g = genderOfTitleWord(title);
  const sg = genderOfFirstName(named[0] ?? '');
  if (g !== 'unknown' && sg !== 'unknown' && g !== sg) return null;
  return subject.entityId;
}
