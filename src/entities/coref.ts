/**
 * In-article coreference: name variants ("Marco Rubio", "Secretary Rubio", "Rubio"), titles used as nouns
 * ("the secretary", "The president") and third-person pronouns ("he", "she") joined to person entities.
 * A sieve in the spirit of CoreNLP's deterministic coref: exact and surname matches first, then nominal
 * titles against known roles, then pronouns by gender and recency (subjects first).
 */
import type { Doc } from '../model/doc.js';
import { genderOfFirstName, genderOfPronoun, genderOfTitleWord, type Gender } from './gender.js';
import type { Role } from '../model/schema.js';
import { OFFICE_RANKS } from '../lang/en/index.js';

export interface PersonCluster {
  index: number;
  /** Name tokens of the longest name (lower-cased). */
  nameTokens: string[];
  gender: Gender;
  roles: Role[];
  /** Token positions of all mentions so far (for recency). */
  mentionTokens: number[];
}

/**
 * Pick the cluster a single- or multi-token person name belongs to, or null for a new one. A shorter form that
 * several people share ("Letts" after "Jack Letts" and his father "John Letts") is the one mentioned most so far (the
 * article's subject; a relative is named in full), the nearer on a tie.
 */
export function matchPersonName(clusters: PersonCluster[], tokens: string[], at: number): PersonCluster | null {
  let best: PersonCluster | null = null;
  let bestDist = Infinity;
  let bestCount = -1;
  for (const c of clusters) {
    let ok: boolean;
    if (tokens.length === c.nameTokens.length && tokens.every((t, i) => t === c.nameTokens[i])) ok = true;
    else if (tokens.length < c.nameTokens.length) {
      // "Rubio" ~ "Marco Rubio"; "Shehbaz Sharif" ~ "Muhammad Shehbaz Sharif": a suffix of the longer name.
      const off = c.nameTokens.length - tokens.length;
      ok = tokens.every((t, i) => t === c.nameTokens[off + i]);
    } else {
      // A longer form arriving later ("Trump" first, "Donald Trump" after).
      const off = tokens.length - c.nameTokens.length;
      ok = c.nameTokens.every((t, i) => t === tokens[off + i]) && c.nameTokens.length === 1;
    }
    if (!ok) continue;
    const last = c.mentionTokens.length ? c.mentionTokens[c.mentionTokens.length - 1] : -1;
    const dist = Math.abs(at - last);
    // The same full name is that person whatever the counts; a shorter form goes to the most mentioned.
    const count = tokens.length === c.nameTokens.length ? Infinity : c.mentionTokens.length;
    if (count > bestCount || (count === bestCount && dist < bestDist)) {
      best = c;
      bestDist = dist;
      bestCount = count;
    }
  }
  return best;
}

/**
 * "Mehmet" after "Mehmet Aksoy": a one-word name that is the first name of exactly one person named in full before
 * it (and the surname of none, which the caller has tried first); null when none or several share it.
 */
export function matchFirstName(clusters: PersonCluster[], tokens: string[]): PersonCluster | null {
  if (tokens.length !== 1) return null;
  let found: PersonCluster | null = null;
  for (const c of clusters) {
    if (c.nameTokens.length < 2 || c.nameTokens[0] !== tokens[0]) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

export function genderFromName(nameTokens: string[], titleWords: string[]): Gender {
  for (const w of titleWords) {
    const g = genderOfTitleWord(w);
    if (g !== 'unknown') return g;
  }
  return nameTokens.length > 1 ? genderOfFirstName(nameTokens[0]) : 'unknown';
}

/** Head words of a role title that a bare nominal may use: "Secretary of State" -> secretary,
 * "national security adviser" -> adviser. */
export function titleHeads(title: string): string[] {
  const words = title.toLowerCase().split(/\s+/);
  const heads = new Set<string>();
  const ofAt = words.indexOf('of');
  heads.add(ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]);
  heads.add(words[words.length - 1]);
  if (words.length > 1 && words[0] !== 'of') heads.add(words[0]);
  return [...heads].filter((w) => w.length > 2 && w !== 'the');
}

/**
 * Resolve a pronoun at token `at` to a person cluster, by gender and recency, subjects first.
 * `candidates` must be sorted by token: only those in the three sentences before are looked at.
 */
export function resolvePronoun(
  doc: Doc,
  word: string,
  at: number,
  candidates: { cluster: PersonCluster; tok: number; subject: boolean }[],
): PersonCluster | null {
  const g = genderOfPronoun(word);
  const sentOf = doc.tokens.sentence;
  const here = sentOf[at];
  const firstSentence = Math.max(0, here - 3);
  const firstTok = doc.sentences[firstSentence].tokStart;
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].tok < firstTok) lo = mid + 1;
    else hi = mid;
  }
  let best: PersonCluster | null = null;
  let bestScore = -Infinity;
  for (let k = lo; k < candidates.length && candidates[k].tok < at; k++) {
    const c = candidates[k];
    const dist = here - sentOf[c.tok];
    const cg = c.cluster.gender;
    if (g !== 'unknown' && cg !== 'unknown' && cg !== g) continue;
    // Recency in sentences dominates; within a sentence prefer subjects, then the nearer mention.
    let score = -dist * 10 + (c.subject ? 4 : 0) + (cg === g ? 3 : 0) - (at - c.tok) * 0.01;
    if (dist === 0 && !c.subject) score -= 2;
    if (score > bestScore) {
      bestScore = score;
      best = c.cluster;
    }
  }
  return best;
}

/** "the mayor" names the mayor, not a "Deputy Mayor": the rank word before a role's title (in the text or in the
 * title) must be in the nominal title too. */
export function sameRank(doc: Doc, nominal: string, role: Role): boolean {
  const words = new Set(nominal.toLowerCase().split(/\s+/));
  const ranks = role.title
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => OFFICE_RANKS.has(w));
  const before = /([A-Za-z-]+)\s*$/.exec(doc.text.slice(Math.max(0, role.span.start - 20), role.span.start));
  if (before) {
    const w = before[1].toLowerCase();
    if (OFFICE_RANKS.has(w) || (w.endsWith('-') && OFFICE_RANKS.has(w.slice(0, -1)))) ranks.push(w.replace(/-$/, ''));
  }
  return ranks.every((r) => words.has(r));
}
