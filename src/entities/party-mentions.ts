/**
 * Parties a text names on their own ("Labour", "the Tories said", "a Lib Dem MP"), counted by country: evidence of
 * the country an article is about where it names no country (British politics written for a British reader).
 */
import { TokFlag, type Doc } from '../model/doc.js';
import { endsPartyForm, partyEndingAt } from './actors/parties.js';
import { tokenIds, vocab } from '../text/vocab.js';

const CAPITALIZED = TokFlag.Capitalized | TokFlag.AllCaps;

/**
 * Mentions per country of the parties named alone. A party word inside a longer name is none ("Syrian Democratic
 * Forces", "the Democratic Republic of Congo"): no capitalized word before it in mid-sentence, and after it only a
 * title ("Labour MP") or "Party".
 */
export function partyCountryMentions(doc: Doc, titleAt: (tok: number) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  const t = doc.tokens;
  const ids = tokenIds(doc);
  for (let i = 0; i < t.count; i++) {
    if (!(t.flags[i] & CAPITALIZED) || !endsPartyForm(vocab.lower(ids[i]))) continue;
    const floor = doc.sentences[t.sentence[i]].tokStart;
    const p = partyEndingAt(doc, i + 1, floor);
    if (!p) continue;
    const before = p.tokStart - 1;
    if (before > floor && t.flags[before] & CAPITALIZED) continue;
    const next = i + 1;
    if (next < t.count && t.sentence[next] === t.sentence[i] && t.flags[next] & CAPITALIZED) {
      const w = doc.text.slice(t.start[next], t.end[next]).toLowerCase();
      if (w !== 'party' && !titleAt(next)) continue;
    }
    counts.set(p.party.country, (counts.get(p.party.country) ?? 0) + 1);
  }
  return counts;
}
