/**
 * cue-inverted: "“...,” said Sen. Smith." / "..., said Smith, a fellow at ...": the phrase after the cue speaks, the
 * quote or clause before it is the content. When only an adverbial follows ("..., R-Ky., said Tuesday.") the
 * apposition before the comma speaks instead ("Tammy Bruce, the spokesperson, said").
 */
import { TokKind } from '../../model/doc.js';
import { ARTICLES } from '../../lang/en/index.js';
import { skipAdverbials } from '../adverbials.js';
import { leftContent } from '../content.js';
import type { Attribution } from '../context.js';
import { npLeft, npRight, type TokRange } from '../phrases.js';
import { SPEAKER_NOUNS, TITLE_WORDS } from '../words.js';
import type { SpeakerSieve } from './case.js';
import { jointSubject } from './subject.js';

/** Words that may follow an inverted speaker ("“...,” said Dan Golvach when asked about ..."). */
const INVERSION_FOLLOWERS = new Set([
  'who',
  'whom',
  'which',
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'adding',
  'noting',
  'referring',
  'speaking',
]);

/** Most name words an apposed name may have ("Anna Maria Vale", "Mary Ann de la Cruz"). */
const MAX_NAME_WORDS = 4;

/**
 * cue-inverted-apposed-name: "“...,” said Unicef's regional director, Ann Lee." The name set off after a title phrase
 * ending the sentence speaks, when the entity stage names a person there; the phrase, whose words hold a title or
 * speaker noun, only describes her. `cue-inverted-apposed-name-aside`: "said a retired miner, Ann Lee, who left in
 * May": a name closed by a comma speaks too when the phrase before it is a description opened by an article.
 */
function apposedName(x: Attribution, inv: TokRange, b: number): { name: TokRange; rule: string } | null {
  const w = x.w;
  if (!w.isPunct(inv.end, ',')) return null;
  let e = inv.end + 1;
  while (e < b && e - (inv.end + 1) < MAX_NAME_WORDS && w.nameLike(e)) e++;
  if (e === inv.end + 1 || !personMentionAt(x, inv.end + 1)) return null;
  const name = { start: inv.end + 1, end: e };
  if (!(e >= b || x.isTerminal(e))) {
    return w.isPunct(e, ',') && articleDescription(x, inv) ? { name, rule: 'cue-inverted-apposed-name-aside' } : null;
  }
  for (let k = inv.start; k < inv.end; k++) {
    const lw = w.lower(k);
    if (!w.nameLike(k) && (TITLE_WORDS.has(lw) || SPEAKER_NOUNS.has(lw))) {
      return { name, rule: 'cue-inverted-apposed-name' };
    }
  }
  return null;
}

/** "a retired miner", "the dead man's brother": an article, then lower-case words only (no name of its own). */
function articleDescription(x: Attribution, r: TokRange): boolean {
  const w = x.w;
  if (r.end - r.start < 2 || !ARTICLES.has(w.lower(r.start))) return false;
  for (let k = r.start + 1; k < r.end; k++) {
    if (w.nameLike(k) || !(w.isWord(k) || w.isPossessive(k))) return false;
  }
  return true;
}

/** Whether the entity stage found a person's name starting at token k. */
function personMentionAt(x: Attribution, k: number): boolean {
  const at = x.doc.tokens.start[k];
  const m = x.doc.mentions.find((mm) => mm.span.start === at);
  return m !== undefined && x.doc.entities.some((e) => e.id === m.entityId && e.type === 'PERSON');
}

export const inverted: SpeakerSieve = {
  id: 'cue-inverted',
  apply(x, c) {
    const w = x.w;
    const { a, b, left } = c;
    if (left < a || !(c.leftWord === ',' || (w.kind(left) === TokKind.Quote && x.regionOf[left] >= 0))) return false;
    const adv = skipAdverbials(x, c.afterCue, b);
    const onlyAdverbial = adv > c.afterCue && (adv >= b || x.isTerminal(adv));
    const inv = onlyAdverbial ? null : npRight(w, c.afterCue, b, 12);
    // Right after a closed quote ("“...,” said one source on the panel") the phrase after the cue is the speaker
    // whatever tail follows it.
    const afterQuote =
      w.kind(left) === TokKind.Quote ||
      (left - 1 >= a && w.kind(left - 1) === TokKind.Quote && x.regionOf[left - 1] >= 0);
    if (
      inv &&
      (afterQuote ||
        inv.end >= b ||
        x.isTerminal(inv.end) ||
        w.isPunct(inv.end, ',') ||
        INVERSION_FOLLOWERS.has(w.lower(inv.end)))
    ) {
      const content = leftContent(x, c.sentence, left, a);
      if (!content) return [];
      const named = apposedName(x, inv, b);
      return [
        x.draft(
          content.start,
          content.end,
          c.cue,
          c.lemma,
          named?.name ?? inv,
          c.addressee,
          c.sentence,
          named?.rule ?? 'cue-inverted',
        ),
      ];
    }
    // "Ann Lee, the mayor, and Tom Baker, the treasurer, said": every apposed conjunct speaks.
    const np = npLeft(w, left, a);
    if (np) c.speaker = jointSubject(w, np, a);
    return true;
  },
};
