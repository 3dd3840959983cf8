/**
 * Political parties that news prose names by a bare adjective or noun ("Labour MP", "the Tory minister", "Democratic
 * senator"): the country each belongs to, and the periods it held the national government, so that a party title
 * without a sector ("Labour leader") reads as government or opposition on the article's date. Hand-written facts
 * (the Phoenix dictionaries list no parties of these countries).
 */
import type { Doc } from '../../model/doc.js';

export interface PartyFact {
  /** Canonical name. */
  name: string;
  /** Lower-cased surface forms (one to three words); the text must capitalize them (or write them in capitals). */
  forms: string[];
  country: string;
  /** [from, to) days (YYYY-MM-DD) in which the party led the national government. */
  governing: [string, string][];
  /**
   * The sector of a person named with the party alone ("Republican John Doe"): US news names members of Congress so
   * (LEG); elsewhere (unset) the party's (PTY) when it governs, else the opposition's (OPP).
   */
  memberSector?: string;
}

/** US presidencies since 1981 by party: the president's party is the governing one. */
const REPUBLICAN_TERMS: [string, string][] = [
  ['1981-01-20', '1993-01-20'],
  ['2001-01-20', '2009-01-20'],
  ['2017-01-20', '2021-01-20'],
  ['2025-01-20', '9999-12-31'],
];
const DEMOCRATIC_TERMS: [string, string][] = [
  ['1993-01-20', '2001-01-20'],
  ['2009-01-20', '2017-01-20'],
  ['2021-01-20', '2025-01-20'],
];

export const PARTIES: readonly PartyFact[] = [
  {
    name: 'Conservative Party',
    forms: ['conservative', 'conservatives', 'tory', 'tories'],
    country: 'GBR',
    governing: [
      ['1979-05-04', '1997-05-02'],
      ['2010-05-11', '2024-07-05'],
    ],
  },
  {
    name: 'Labour Party',
    forms: ['labour'],
    country: 'GBR',
    governing: [
      ['1997-05-02', '2010-05-11'],
      ['2024-07-05', '9999-12-31'],
    ],
  },
  {
    name: 'Liberal Democrats',
    forms: ['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems'],
    country: 'GBR',
    governing: [['2010-05-11', '2015-05-08']],
  },
  { name: 'Scottish National Party', forms: ['snp', 'scottish national party'], country: 'GBR', governing: [] },
  { name: 'UK Independence Party', forms: ['ukip'], country: 'GBR', governing: [] },
  { name: 'Democratic Unionist Party', forms: ['dup'], country: 'GBR', governing: [] },
  { name: 'Plaid Cymru', forms: ['plaid cymru'], country: 'GBR', governing: [] },
  {
    name: 'Democratic Party',
    forms: ['democratic', 'democrat', 'democrats'],
    country: 'USA',
    governing: DEMOCRATIC_TERMS,
    memberSector: 'LEG',
  },
  {
    name: 'Republican Party',
    forms: ['republican', 'republicans', 'gop'],
    country: 'USA',
    governing: REPUBLICAN_TERMS,
    memberSector: 'LEG',
  },
];

/** Forms by their last word, longest first. */
const BY_LAST = new Map<string, { party: PartyFact; words: string[] }[]>();
for (const party of PARTIES)
  for (const form of party.forms) {
    const words = form.split(' ');
    const last = words[words.length - 1];
    const list = BY_LAST.get(last) ?? [];
    list.push({ party, words });
    list.sort((a, b) => b.words.length - a.words.length);
    BY_LAST.set(last, list);
  }

/** Whether a lower-cased word ends some party's form ("labour", "dems"): most words end none. */
export function endsPartyForm(lowerWord: string): boolean {
  return BY_LAST.has(lowerWord);
}

export interface PartyMatch {
  party: PartyFact;
  tokStart: number;
  /** Exclusive. */
  tokEnd: number;
}

function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

/** A capitalized party form whose last token is `end - 1` ("Labour" in "Labour MP"), or null. */
export function partyEndingAt(doc: Doc, end: number, floor = 0): PartyMatch | null {
  if (end <= floor) return null;
  const forms = BY_LAST.get(tokenText(doc, end - 1).toLowerCase());
  if (!forms) return null;
  for (const { party, words } of forms) {
    const start = end - words.length;
    if (start < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokenText(doc, start + k);
      ok = t.toLowerCase() === words[k] && /^\p{Lu}/u.test(t);
    }
    if (ok) return { party, tokStart: start, tokEnd: end };
  }
  return null;
}

/** A capitalized party form that starts at token `start`, or null (the longest). */
export function partyStartingAt(doc: Doc, start: number, limit: number): PartyMatch | null {
  for (let end = Math.min(limit, start + 3); end > start; end--) {
    const m = partyEndingAt(doc, end, start);
    if (m && m.tokStart === start) return m;
  }
  return null;
}

/** Did the party lead the national government on `day` (YYYY-MM-DD)? */
export function partyGoverns(party: PartyFact, day: string): boolean {
  return party.governing.some(([from, to]) => day >= from && day < to);
}
