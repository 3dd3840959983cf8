/**
 * Quote attribution as a multi-pass sieve, in the spirit of CoreNLP's QuoteAttributionAnnotator and of
 * multi-pass sieve coreference: each pass adds drafts the later ones respect. The passes, in order:
 *  1. per sentence, the cue sieves: a sentence-final "according to" or trailing attribution claims the sentence,
 *     then every cue verb (or "according to") outside quote marks takes its content to the right or to the left and
 *     its speaker by the speaker sieves of sieves.ts;
 *  2. a headline's "Source: what was said";
 *  3. the quote regions no cue took, by the region sieves of sieves.ts (colon, leading and trailing unlisted verbs,
 *     partial quotes, continuations);
 *  4. quoted titles dropped; what reports no speech marked (voice.ts: the writer's own "I", unreported thought).
 * Output: drafts in token/char terms, sorted by start; index.ts turns them into schema Quotes.
 */
import type { Doc } from '../model/doc.js';
import { Attribution, type Draft } from './context.js';
import { accordingToFinal } from './cue/according-to.js';
import type { SentenceScan, SentenceSieve } from './cue/case.js';
import { cueScan } from './cue/scan.js';
import { trailingCue } from './cue/trailing-cue.js';
import { headlineColon } from './headline-colon.js';
import { dropQuotedTitles } from './quoted-title.js';
import { REGION_SIEVES } from './sieves.js';
import { markVoices } from './voice.js';
import type { RegionCase } from './region/case.js';

export type { Draft, DraftType } from './context.js';

/** Over each sentence, in order. */
export const SENTENCE_SIEVES: readonly SentenceSieve[] = [
  accordingToFinal, // "..., according to a new poll."
  trailingCue, // "..., Sanders warned on Wednesday."
  cueScan, // every other cue, left to right
];

export function attributeQuotes(doc: Doc): Draft[] {
  if (doc.tokens.count === 0) return [];
  const x = new Attribution(doc);
  for (let si = 0; si < doc.sentences.length; si++) {
    const { tokStart: a, tokEnd: b } = doc.sentences[si];
    const scan: SentenceScan = { sentence: si, a, b, lastSpeaker: null, lastAddressee: null, coveredUntil: a };
    for (const sieve of SENTENCE_SIEVES) sieve.apply(x, scan);
  }
  headlineColon(x);
  attributeRegions(x);
  const kept = dropQuotedTitles(x, x.drafts);
  markVoices(x, kept);
  kept.sort((p, q) => p.start - q.start);
  return kept;
}

/** Each quote region no draft has taken, through the region sieves until one settles it. */
function attributeRegions(x: Attribution): void {
  const t = x.doc.tokens;
  const byStart = x.drafts.slice().sort((p, q) => p.start - q.start);
  let lastWithSpeaker: Draft | null = null;
  let di = 0;
  for (let k = 0; k < x.regions.length; k++) {
    const r = x.regions[k];
    while (di < byStart.length && byStart[di].start < r.start) {
      if (byStart[di].speaker) lastWithSpeaker = byStart[di];
      di++;
    }
    if (x.used[k]) continue;
    const si = t.sentence[r.tokStart];
    const q: RegionCase = {
      region: r,
      sentence: si,
      sent: x.doc.sentences[si],
      before: r.openTok - 1,
      words: r.tokEnd - r.tokStart,
      lastWithSpeaker,
    };
    for (const sieve of REGION_SIEVES) {
      if (!sieve.apply(x, q)) continue;
      if (sieve.leadsContinuations) lastWithSpeaker = x.drafts[x.drafts.length - 1];
      break;
    }
  }
}
