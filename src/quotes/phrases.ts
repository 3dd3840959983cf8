/**
 * Token-level views the quote rules share: lower-cased words (cached per Doc), name-like tests, and the
 * speaker/addressee noun-phrase finders that walk left or right from a cue over the token arrays.
 */
import { TokFlag, TokKind, type Doc } from '../model/doc.js';
import { DETERMINERS, FUNCTION_WORDS, PRONOUNS, SPEAKER_NOUNS, TITLE_WORDS } from './words.js';
import { lookupCue, type CueEntry } from './lexicon.js';
import { tokenIds, TypeCache, TypeFlag, vocab } from '../text/vocab.js';
import { OBJECT_PRONOUNS as PERSONAL_OBJECTS } from '../lang/en/index.js';

/** Half-open token range. */
export interface TokRange {
  start: number;
  end: number;
}

/** Per word type (shared vocabulary id): its cue entry; whether it is a function word, determiner, pronoun or cue. */
const cueOfType = new TypeCache<CueEntry | undefined>((id) => lookupCue(vocab.lower(id)));
const closedOrCue = new TypeFlag((id) => {
  const w = vocab.lower(id);
  return FUNCTION_WORDS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w) || lookupCue(w) !== undefined;
});

/** Lower-cased token strings (from the shared vocabulary: one string per word type). */
export class Words {
  private readonly ids: Int32Array;
  constructor(readonly doc: Doc) {
    this.ids = tokenIds(doc);
  }
  lower(i: number): string {
    return i >= 0 && i < this.ids.length ? vocab.lower(this.ids[i]) : '';
  }
  /** A per-type yes/no answer for token i's word (false outside the doc). */
  is(i: number, flag: TypeFlag): boolean {
    return i >= 0 && i < this.ids.length && flag.get(this.ids[i]);
  }
  /** The cue-verb entry of token i's lower-cased word (lookupCue, once per word type). */
  cue(i: number): CueEntry | undefined {
    return i >= 0 && i < this.ids.length ? cueOfType.get(this.ids[i]) : undefined;
  }
  kind(i: number): number {
    return this.doc.tokens.kind[i];
  }
  isWord(i: number): boolean {
    return this.doc.tokens.kind[i] === TokKind.Word;
  }
  /** Capitalized or all-caps word that is not a sentence-initial function word. */
  nameLike(i: number): boolean {
    const t = this.doc.tokens;
    if (t.kind[i] !== TokKind.Word) return false;
    if (!(t.flags[i] & (TokFlag.Capitalized | TokFlag.AllCaps))) return false;
    return !closedOrCue.get(this.ids[i]) || this.capsAcronym(i) || this.surnameWord(i);
  }
  /** "Theresa May", "Will Smith's ...": a capitalized closed word inside a sentence right after a name ends it. */
  private surnameWord(i: number): boolean {
    const t = this.doc.tokens;
    if (i === 0 || !(t.flags[i] & TokFlag.Capitalized)) return false;
    if (this.doc.sentences[t.sentence[i]].tokStart === i) return false;
    const p = i - 1;
    return t.kind[p] === TokKind.Word && (t.flags[p] & TokFlag.Capitalized) !== 0 && !closedOrCue.get(this.ids[p]);
  }
  /** "US", "IT" in all caps between words that are not: an acronym, not the pronoun (a shouted phrase is all caps). */
  private capsAcronym(i: number): boolean {
    const t = this.doc.tokens;
    if (!(t.flags[i] & TokFlag.AllCaps) || t.end[i] - t.start[i] < 2) return false;
    const caps = (k: number) =>
      k >= 0 && k < t.kind.length && t.kind[k] === TokKind.Word && (t.flags[k] & TokFlag.AllCaps) !== 0;
    return !caps(i - 1) && !caps(i + 1);
  }
  isPossessive(i: number): boolean {
    const w = this.lower(i);
    return w === "'s" || w === '’s';
  }
  isPunct(i: number, ch: string): boolean {
    return (
      this.doc.text.startsWith(ch, this.doc.tokens.start[i]) &&
      this.doc.tokens.end[i] - this.doc.tokens.start[i] === ch.length
    );
  }
}

const PREPOSITIONS = new Set([
  'to',
  'with',
  'for',
  'by',
  'from',
  'of',
  'about',
  'in',
  'on',
  'at',
  'against',
  'than',
  'like',
  'into',
  'over',
  'toward',
  'towards',
  'at',
]);

/**
 * The noun phrase that ends at token `r` (inclusive), not reaching before `lo`: a pronoun, a name with its
 * titles ("White House spokesperson Karoline Levitt"), or a common-noun phrase with a speaker head
 * ("a senior administration official"). Across an apposition or relative clause set off by commas
 * ("Tammy Bruce, the state department spokesperson, said") it returns the phrase before the first comma.
 */
export function npLeft(w: Words, r: number, lo: number): TokRange | null {
  if (r < lo) return null;
  if (w.isPunct(r, ',') || w.isPunct(r, ')')) return appositionLeft(w, r, lo);
  const lw = w.lower(r);
  if (PRONOUNS.has(lw)) return { start: r, end: r + 1 };
  if (OBJECT_PRONOUNS.has(lw) && !w.nameLike(r)) {
    // "Those close to him say", "people familiar with them": the phrase's head comes before the preposition.
    const np = extendOver(w, { start: r, end: r + 1 }, lo);
    return np.start < r ? np : null;
  }
  if (w.nameLike(r)) {
    let s = r;
    while (s - 1 >= lo) {
      const p = s - 1;
      const lp = w.lower(p);
      if (w.nameLike(p)) {
        s = p;
        continue;
      }
      if (
        (lp === 'of' || lp === '&' || lp === 'and' || lp === 'for') &&
        p - 1 >= lo &&
        w.nameLike(p - 1) &&
        lp !== 'and'
      ) {
        s = p;
        continue;
      }
      if (TITLE_WORDS.has(lp)) {
        s = p;
        continue;
      }
      // Modifiers before a title or name: "Republican presidential candidate Donald Trump",
      // "Top ... donor Sheldon Adelson".
      if (
        w.isWord(p) &&
        !FUNCTION_WORDS.has(lp) &&
        !PRONOUNS.has(lp) &&
        !DETERMINERS.has(lp) &&
        !lookupCue(lp) &&
        s - p <= 1 &&
        r - p < 8 &&
        !w.isPunct(p, ',')
      ) {
        // only when a title or capitalized word follows somewhere to the right within the phrase
        s = p;
        continue;
      }
      if (w.isPossessive(p) && p - 1 >= lo && (w.nameLike(p - 1) || w.isWord(p - 1))) {
        s = p;
        continue;
      }
      // "the", "his", and quantifiers: "many Democrats say", "some Republicans", "both candidates".
      if (DETERMINERS.has(lp) && lp !== 'that' && lp !== 'this' && lp !== 'no') s = p;
      break;
    }
    return extendOver(w, { start: s, end: r + 1 }, lo);
  }
  if (PRONOUNS.has(lw) === false && lw === 'who' && r - 1 >= lo) {
    // "Barkley, who said ...": the antecedent speaks.
    return npLeft(w, w.isPunct(r - 1, ',') ? r - 2 : r - 1, lo);
  }
  if (lw === '%' && r - 1 >= lo && w.kind(r - 1) === TokKind.Number) return { start: r - 1, end: r + 1 }; // "42% say"
  if (w.kind(r) === TokKind.Number || NUMBER_WORDS.has(lw)) {
    // "Six in 10 say", "47 percent" is handled as a noun phrase; a bare number speaks only with its frame.
    const np = extendOver(w, { start: r, end: r + 1 }, lo);
    return np.start < r ? np : null;
  }
  if (!w.isWord(r) || FUNCTION_WORDS.has(lw) || DETERMINERS.has(lw)) return null;
  let s = r;
  let det = -1;
  for (let p = r - 1; p >= lo && p >= r - 7; p--) {
    const lp = w.lower(p);
    if (DETERMINERS.has(lp)) {
      det = p;
      break;
    }
    if (w.isPossessive(p)) {
      s = p;
      continue;
    }
    if (!w.isWord(p) && w.kind(p) !== TokKind.Number) break;
    // A base-form cue word inside the phrase is a noun modifier ("the campaign strategist", "a support group").
    if (FUNCTION_WORDS.has(lp) || PRONOUNS.has(lp) || (lookupCue(lp) && lookupCue(lp)!.form !== 'base')) break;
    s = p;
  }
  if (det >= 0) return extendOver(w, { start: det, end: r + 1 }, lo);
  // A plural head names a group that can speak ("security specialists say", "Mrs. Clinton's confidants say").
  const plural = lw.length > 4 && lw.endsWith('s') && !lw.endsWith('ss') && !lw.endsWith('ous') && !lw.endsWith('ics');
  if (!SPEAKER_NOUNS.has(lw) && !plural) return null;
  return extendOver(w, { start: s, end: r + 1 }, lo);
}

/** Object pronouns that can stand for a speaker: not "it", nor "you", which addresses the reader. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSONAL_OBJECTS].filter((w) => w !== 'it' && w !== 'you'));

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
]);

const TAIL_PREPS = new Set(['to', 'of', 'for', 'at', 'with', 'from']);

const LINKING_PREPS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to']);

/** "A producer for Yahoo Studios", "An earlier report in a New Hampshire paper":
 * the head comes before the preposition. */
function extendOver(w: Words, np: TokRange, lo: number): TokRange {
  let cur = np;
  for (let hop = 0; hop < 2; hop++) {
    const p = cur.start - 1;
    if (p - 1 < lo || !LINKING_PREPS.has(w.lower(p))) break;
    const head = w.lower(p - 1);
    if (!w.isWord(p - 1) || FUNCTION_WORDS.has(head) || PRONOUNS.has(head) || lookupCue(head)) break;
    let outer = npLeft(w, p - 1, lo);
    if (!outer) {
      // "Sources close to her campaign", "Six in 10": a short head run starting the clause.
      let s = p - 1;
      while (
        s - 1 >= lo &&
        s > p - 4 &&
        (w.isWord(s - 1) || w.kind(s - 1) === TokKind.Number) &&
        !FUNCTION_WORDS.has(w.lower(s - 1)) &&
        !PRONOUNS.has(w.lower(s - 1)) &&
        !lookupCue(w.lower(s - 1))
      )
        s--;
      if (s - 1 >= lo && DETERMINERS.has(w.lower(s - 1))) s--;
      if (s === lo || w.isPunct(s - 1, ',') || DETERMINERS.has(w.lower(s))) outer = { start: s, end: p };
    }
    if (!outer || outer.start >= p) break;
    cur = { start: outer.start, end: cur.end };
  }
  return cur;
}

/** "X, the spokesperson, said" / "X, 58, who lives in Y, said" / "X (R-Texas) said": the phrase before the asides. */
function appositionLeft(w: Words, r: number, lo: number): TokRange | null {
  const closer = w.isPunct(r, ')') ? '(' : ',';
  let asides = 0;
  for (let q = r - 1; q >= lo && q >= r - 30; q--) {
    if (w.isPunct(q, closer)) {
      if (closer === ',' && q + 1 < r) {
        const first = w.lower(q + 1);
        const aside =
          DETERMINERS.has(first) ||
          first === 'who' ||
          TITLE_WORDS.has(first) ||
          w.nameLike(q + 1) ||
          first === 'himself' ||
          first === 'herself' ||
          w.kind(q + 1) === TokKind.Number ||
          w.isWord(q + 1);
        if (!aside) return null;
      }
      if (q - 1 >= lo && !w.isPunct(q - 1, ',')) {
        const np = npLeft(w, q - 1, lo);
        if (np) return np;
      }
      if (closer === '(' || ++asides >= 3) return null;
      continue;
    }
    // A quote mark ends the search, except a plural possessive glued to its word ("Sanders’ campaign").
    if (
      w.kind(q) === TokKind.Quote &&
      !(
        q > lo &&
        (w.doc.tokens.flags[q] & TokFlag.SpaceBefore) === 0 &&
        w.isWord(q - 1) &&
        q + 1 <= r &&
        (w.doc.tokens.flags[q + 1] & TokFlag.SpaceBefore) !== 0
      )
    )
      return null;
    if (closer === ',' && (w.isPunct(q, '.') || w.isPunct(q, ';'))) return null;
  }
  return null;
}

/** Is the phrase at `start` plausibly a subject (not the object of a preposition)? */
export function subjectPosition(w: Words, start: number, lo: number): boolean {
  if (start <= lo) return true;
  const p = w.lower(start - 1);
  if (PREPOSITIONS.has(p)) return false;
  return !DETERMINERS.has(p) || p === 'that';
}

/**
 * The noun phrase starting at token `l`, not reaching `hi`: for inverted speakers ("said Sen. Bob Smith"),
 * addressees ("told reporters", "told The Washington Post") and "according to" sources.
 */
export function npRight(w: Words, l: number, hi: number, maxLen = 9): TokRange | null {
  if (l >= hi) return null;
  const lw = w.lower(l);
  if (PRONOUNS.has(lw) || lw === 'him' || lw === 'her' || lw === 'them' || lw === 'us' || lw === 'me')
    return { start: l, end: l + 1 };
  if (!w.isWord(l) || (FUNCTION_WORDS.has(lw) && !DETERMINERS.has(lw))) return null;
  let e = l + 1;
  while (e < hi && e - l < maxLen) {
    const le = w.lower(e);
    if (w.isPossessive(e)) {
      e++;
      continue;
    }
    if (w.kind(e) !== TokKind.Word && w.kind(e) !== TokKind.Number) {
      // Hyphen-free dashes and punctuation end the phrase; "&" inside names does not.
      if (le === '&' && e + 1 < hi && w.nameLike(e + 1)) {
        e++;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(le)) break;
    if ((le === 'of' || le === 'for') && e + 1 < hi && w.nameLike(e + 1) && w.nameLike(e - 1)) {
      e++;
      continue;
    }
    // "the former top aide to President George W. Bush", "a spokesman for the campaign"
    if (
      TAIL_PREPS.has(le) &&
      e + 1 < hi &&
      (w.nameLike(e + 1) || w.lower(e + 1) === 'the' || w.lower(e + 1) === 'a') &&
      e - l <= 5
    ) {
      e++;
      if (w.lower(e) === 'the' || w.lower(e) === 'a') e++;
      continue;
    }
    if (FUNCTION_WORDS.has(le) || (DETERMINERS.has(le) && le !== 'the') || lookupCue(le)) break;
    if (le === 'the') break;
    e++;
  }
  return { start: l, end: e };
}
