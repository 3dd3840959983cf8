/**
 * Subjects set off from their verb by an aside that the comma walk of phrases.ts does not cross (a refiner, run when
 * no sieve found a speaker):
 * - `cue-subject-dash-aside`: "Ann Lee - who runs the board which audits the Port Office - said": the phrase before
 *   the aside in dashes speaks, not the last name inside it;
 * - `cue-subject-before-relative`: "Clinics in the north, south and west, which had all closed wards, said": a
 *   subject holding its own commas, before a relative clause that ends at the verb, speaks as a whole.
 * - `cue-subject-relative-clause` (from no-subject.ts, before the nearest name): "The sisters of a nurse who was
 *   held in Ruritania after she treated rebels in Varn have said ...": the phrase opening the clause, right before a
 *   relative clause with no commas that runs up to the verb, speaks, not a name inside that clause.
 */
import { TokKind } from '../../model/doc.js';
import { ARTICLES } from '../../lang/en/index.js';
import type { Attribution } from '../context.js';
import { npLeft, npRight, subjectPosition, type TokRange } from '../phrases.js';
import type { CueCase } from './case.js';

const DASHES = new Set(['-', '–', '—', '―']);
const RELATIVES = new Set(['who', 'which', 'whose']);
/** Words that may open a clause before its subject ("But the board ..."). */
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'meanwhile']);
/** How far left the aside's opening mark may lie. */
const MAX_ASIDE = 30;
/** The longest subject taken whole before a relative clause. */
const MAX_SUBJECT = 10;

export function asideSubject(x: Attribution, c: CueCase): void {
  if (c.speaker || c.left <= c.a) return;
  const found = DASHES.has(c.leftWord) ? dashAside(x, c) : c.leftWord === ',' ? beforeRelative(x, c) : null;
  if (found) {
    c.speaker = found.speaker;
    c.rule = found.rule;
  }
}

/** The token index of the opening mark `mark` of an aside ending at c.left, or -1. */
function asideOpener(x: Attribution, c: CueCase, isMark: (k: number) => boolean): number {
  const w = x.w;
  for (let q = c.left - 1; q > c.a && q >= c.left - MAX_ASIDE; q--) {
    if (w.kind(q) === TokKind.Quote || x.isTerminal(q) || w.isPunct(q, ':')) return -1;
    if (isMark(q)) return q;
  }
  return -1;
}

function dashAside(x: Attribution, c: CueCase): { speaker: TokRange; rule: string } | null {
  const w = x.w;
  const q = asideOpener(x, c, (k) => w.lower(k) === c.leftWord);
  if (q < 0 || q + 1 >= c.left) return null;
  const first = w.lower(q + 1);
  if (!RELATIVES.has(first) && !ARTICLES.has(first)) return null;
  const np = npLeft(w, q - 1, c.a);
  if (!np || np.end !== q || !subjectPosition(w, np.start, c.a)) return null;
  return { speaker: np, rule: 'cue-subject-dash-aside' };
}

function beforeRelative(x: Attribution, c: CueCase): { speaker: TokRange; rule: string } | null {
  const w = x.w;
  const q = asideOpener(x, c, (k) => w.isPunct(k, ',') && RELATIVES.has(w.lower(k + 1)));
  if (q < 0) return null;
  let s = Math.max(c.a, x.bodyStart);
  if (CLAUSE_OPENERS.has(w.lower(s))) s++;
  if (q - s < 2 || q - s > MAX_SUBJECT) return null;
  // The subject opens with a name or an article and holds no verb of saying or quotation of its own.
  if (!w.nameLike(s) && !ARTICLES.has(w.lower(s))) return null;
  for (let k = s; k < q; k++) {
    if (w.kind(k) === TokKind.Quote || w.cue(k) || (!w.isWord(k) && !w.isPunct(k, ','))) return null;
  }
  return { speaker: { start: s, end: q }, rule: 'cue-subject-before-relative' };
}

/** The longest opening phrase taken before a relative clause. */
const MAX_OPENING = 9;

export function subjectBeforeRelativeClause(x: Attribution, c: CueCase): TokRange | null {
  const w = x.w;
  let s = Math.max(c.a, x.bodyStart);
  if (CLAUSE_OPENERS.has(w.lower(s))) s++;
  if (!ARTICLES.has(w.lower(s)) && !w.nameLike(s)) return null;
  const np = npRight(w, s, c.vg, MAX_OPENING);
  if (!np || np.end >= c.vg || !RELATIVES.has(w.lower(np.end))) return null;
  for (let k = np.end + 1; k < c.vg; k++) {
    if (!w.isWord(k) && w.kind(k) !== TokKind.Number && !w.isPunct(k, '-')) return null;
    if (w.cue(k)) return null;
  }
  return np;
}
