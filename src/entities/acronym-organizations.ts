/**
 * `actors.acronym`: an organization the lexicon lacks, named in full with its acronym in brackets ("the Harbour
 * Relief Association of Wales (HRAW)"), gives the acronym's later mentions ("HRAW spokesman X", "the HRAW's
 * chairman") the sector of its head noun and the country inside its name (`organizations.ts`), so that a title
 * before or after the acronym reads as that organization's, as it does after the full name.
 */
import type { Doc } from '../model/doc.js';
import type { ActorMatch } from './actors/index.js';
import { namedOrganization } from './organizations.js';

/** Function words of a name that its acronym skips ("Association of Britain" → AB). */
const SKIPPED = new Set(['of', 'for', 'the', 'and', 'on', '&']);
/** Actor matches that may stand inside an unlisted organization's name ("... of Britain", "Muslim ..."). */
const INNER_KINDS = new Set(['country', 'demonym', 'capital', 'city', 'agent']);
/** Tokens of a full name before its bracketed acronym. */
const NAME_REACH = 8;
const OPEN = 40; // (
const CLOSE = 41; // )

/** Matches for every mention of an acronym that the article defines for an unlisted organization. */
export function acronymOrganizations(doc: Doc, byStart: Map<number, ActorMatch>): ActorMatch[] {
  const t = doc.tokens;
  const word = (i: number) => doc.text.slice(t.start[i], t.end[i]);
  // A one-char test before any slice: brackets are rare, and this scan visits every token.
  const isChar = (i: number, c: number) => t.end[i] - t.start[i] === 1 && doc.text.charCodeAt(t.start[i]) === c;
  const defined = new Map<string, Omit<ActorMatch, 'tokStart' | 'tokEnd' | 'start' | 'end'>>();
  for (let k = 1; k + 2 < t.count; k++) {
    if (!isChar(k, OPEN) || !isChar(k + 2, CLOSE)) continue;
    const acronym = word(k + 1);
    if (!/^[A-Z]{2,6}$/.test(acronym) || defined.has(acronym)) continue;
    for (let s = k - 1; s >= Math.max(0, k - NAME_REACH) && t.sentence[s] === t.sentence[k]; s--) {
      const org = namedOrganization(doc, s, k, byStart);
      if (!org || org.tokEnd !== k || initials(doc, s, k) !== acronym) continue;
      // A listed organization inside the name is the lexicon's business, not this rule's.
      if ([...Array(k - s).keys()].some((i) => !INNER_KINDS.has(byStart.get(s + i)?.kind ?? 'country'))) break;
      defined.set(acronym, {
        kind: 'org',
        code: `${org.country ?? ''}${org.sector}`,
        country: org.country,
        sector: org.sector,
        name: org.name,
        rule: 'actors.acronym',
      });
      break;
    }
  }
  if (defined.size === 0) return [];
  const out: ActorMatch[] = [];
  for (let i = 0; i < t.count; i++) {
    const d = defined.get(word(i));
    if (d && !byStart.has(i)) out.push({ ...d, tokStart: i, tokEnd: i + 1, start: t.start[i], end: t.end[i] });
  }
  return out;
}

/** The capital initials of the name's words in tokens [s, e), function words skipped. */
function initials(doc: Doc, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) {
    const w = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
    if (!SKIPPED.has(w.toLowerCase())) out += w[0];
  }
  return out;
}
