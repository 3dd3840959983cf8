/**
 * Attribution rules, a sieve in the spirit of CoreNLP's QuoteAttributionAnnotator:
 *  1. cue-driven: every cue verb (or "according to") outside quote marks takes its content to the right
 *     ("X said (that) ...", "X said: “...”") or, when nothing follows, to the left ("“...,” X said"), and its
 *     speaker from the subject before the verb or the inverted phrase after it ("..., said Smith");
 *  2. colon: "Name: “...”", and a headline's "Name: what was said" (no marks needed);
 *  3. partial quotes whose subject sits right before the opening mark ("the secretary “encouraged ...”");
 *  4. continuation: a quote with no cue of its own inherits the speaker of the quote before it in the same or
 *     the previous paragraph (the next paragraph re-opening a quote always does).
 * Output: drafts in token/char terms; index.ts turns them into schema Quotes.
 */
import { TokFlag, TokKind, type Doc } from '../model/doc.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import { lookupCue, WEAK_LEMMAS, type CueEntry } from './lexicon.js';
import { npLeft, npRight, subjectPosition, Words, type TokRange } from './phrases.js';
import { ADVERBIAL_STARTERS, MESSAGE_NOUNS, PRONOUNS, TRANSFER_VERBS, VERB_GROUP_FILLERS } from './words.js';

export type DraftType = 'direct' | 'partial' | 'mixed' | 'indirect';

export interface Draft {
  type: DraftType;
  /** Content char offsets. */
  start: number;
  end: number;
  cue: TokRange | null;
  cueLemma: string | null;
  speaker: TokRange | null;
  /** A relative pronoun standing for the speaker ("Barkley, who said ..."): the mention when the speaker resolves. */
  speakerRelative?: TokRange;
  addressee: TokRange | null;
  sentence: number;
  rule: string;
}

const TERMINALS = new Set(['.', '!', '?', '…', ';']);

class Attributor {
  readonly w: Words;
  readonly regions: QuoteRegion[];
  /** Region index of each token (marks included), -1 outside quotes. */
  readonly regionOf: Int32Array;
  readonly used: Uint8Array;
  readonly drafts: Draft[] = [];

  /** First token after a wire dateline ("Washington, May 9 (IANS) "), 0 when there is none. */
  readonly bodyStart: number;

  constructor(readonly doc: Doc) {
    this.w = new Words(doc);
    this.bodyStart = datelineEnd(this.w, doc);
    this.regions = findQuoteRegions(doc);
    this.regionOf = new Int32Array(doc.tokens.count).fill(-1);
    this.regions.forEach((r, k) => this.regionOf.fill(k, r.openTok, r.afterClose));
    this.used = new Uint8Array(this.regions.length);
  }

  run(): Draft[] {
    for (let s = 0; s < this.doc.sentences.length; s++) this.cueSentence(s);
    this.headlineColon();
    this.regionQuotes();
    // A quoted title ("Morning Joe", “Coal Isn't the Villain”) is a name, not something said.
    const kept = this.drafts.filter((d) => d.type !== 'direct' || !this.titleLike(d.start, d.end));
    kept.sort((a, b) => a.start - b.start);
    return kept;
  }

  // ---- 1. cue-driven ----

  private cueSentence(si: number): void {
    const { tokStart: a, tokEnd: b } = this.doc.sentences[si];
    const w = this.w;
    let lastSpeaker: TokRange | null = null;
    let lastAddressee: TokRange | null = null;
    let coveredUntil = a; // tokens before this already belong to a content in this sentence
    // "..., according to a new poll.": the outer attribution claims the whole sentence (PolNeAR is univocal).
    for (let i = a + 3; i + 1 < b; i++) {
      if (this.regionOf[i] >= 0 || w.lower(i) !== 'according' || w.lower(i + 1) !== 'to' || !w.isPunct(i - 1, ',')) continue;
      const np = npRight(w, i + 2, b, 9);
      if (!np || !(np.end >= b || this.isTerminal(np.end))) break;
      const d = this.accordingTo(si, i, a, b);
      if (d) { this.drafts.push(d); lastSpeaker = d.speaker; coveredUntil = b; }
      break;
    }
    // "..., Bernie Sanders warned on Wednesday." / "..., said Michael O'Hanlon.": the trailing attribution claims the
    // sentence; cues inside its content are nested and not reported separately (PolNeAR is univocal).
    if (coveredUntil === a) {
      for (let q = b - 2; q > a + 2; q--) {
        if (this.regionOf[q] >= 0 && !(w.kind(q) === TokKind.Quote && this.regions[this.regionOf[q]].afterClose === q + 1)) continue;
        if (!(w.isPunct(q, ',') || (w.kind(q) === TokKind.Quote && w.isPunct(q - 1, ',')))) continue;
        const v = this.trailingCue(q + 1, b);
        if (v < 0) break;
        const entry = w.cue(v)!;
        const found: Draft[] = this.verbCue(si, v, v + 1, entry, entry.lemma, a, b, null, null);
        if (found.length) {
          for (const d of found) this.drafts.push(d);
          coveredUntil = b;
        }
        break;
      }
    }
    for (let i = a; i < b; i++) {
      if (this.regionOf[i] >= 0 || !w.isWord(i)) continue;
      const lw = w.lower(i);
      let entry: CueEntry | undefined;
      let cueEnd = i + 1;
      let lemma: string;
      if (lw === 'according' && i + 1 < b && w.lower(i + 1) === 'to') {
        if (i < coveredUntil) { i = i + 1; continue; } // claimed by the sentence-final attribution above
        const d = this.accordingTo(si, i, a, b);
        if (d) { this.drafts.push(d); lastSpeaker = d.speaker; i = i + 1; }
        continue;
      } else {
        entry = w.cue(i);
        if (!entry) continue;
        lemma = entry.lemma;
        if (this.nounBeforeCue(i, b)) continue;
      }
      if (i < coveredUntil) continue;
      const found: Draft[] = this.verbCue(si, i, cueEnd, entry, lemma, a, b, lastSpeaker, lastAddressee);
      for (const d of found) {
        this.drafts.push(d);
        lastSpeaker = d.speaker ?? lastSpeaker;
        lastAddressee = d.addressee;
        const endTok = this.tokAtChar(d.end);
        if (d.end > this.doc.tokens.start[i]) coveredUntil = Math.max(coveredUntil, Math.min(endTok, b));
      }
    }
  }

  private tokAtChar(pos: number): number {
    const t = this.doc.tokens;
    let lo = 0;
    let hi = t.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.end[mid] <= pos - 1) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  private verbCue(si: number, i: number, cueEnd: number, entry: CueEntry, lemma: string, a: number, b: number, lastSpeaker: TokRange | null, lastAddressee: TokRange | null): Draft[] {
    const w = this.w;
    const t = this.doc.tokens;
    // Verb group: auxiliaries and adverbs to the left ("has also said").
    let vg = i;
    while (vg - 1 >= a && fillerAt(w, vg - 1)) vg--;
    // "Two committees on Monday asked ...", "Trump last week said ...": a time phrase between subject and verb.
    const tw = vg - 1 >= a ? w.lower(vg - 1) : '';
    if (vg - 2 > a && (TIME_WORDS.has(tw) || TIME_NOUNS.has(tw))) {
      let s = vg - 1;
      if (DAY_PARTS.has(tw) && TIME_WORDS.has(w.lower(s - 1))) s--;
      if ((TIME_MODIFIERS.has(w.lower(s - 1)) || w.lower(s - 1) === 'on') && s - 1 > a) s--;
      if (s < vg - 1 || WEEKDAYS.has(tw) || tw === 'yesterday' || tw === 'today') {
        while (vg > s) vg--;
        while (vg - 1 >= a && fillerAt(w, vg - 1)) vg--;
      }
    }
    // "is saying that", "was telling reporters": a progressive is a finite verb, not the noun "saying".
    if (entry.form === 'gerund') {
      // "He’s claiming": the clitic after a pronoun is "is" here.
      if (vg - 2 >= a && w.isPossessive(vg - 1) && PRONOUNS.has(w.lower(vg - 2))) vg--;
      for (let k = vg; k < i; k++) if (BE_FORMS.has(w.lower(k)) || w.isPossessive(k)) { entry = { ...entry, form: 'present' }; break; }
    }
    const weak = WEAK_LEMMAS.has(lemma);
    // A capitalized cue is a name part ("United States") unless it is a headline verb after a name ("Trump Says").
    // ("Conference Calls were ...": a verb after it makes the capitalized word a noun.)
    if (t.flags[i] & TokFlag.Capitalized && i > a && !(HEADLINE_CUES.has(lemma) && (w.nameLike(i - 1) || w.isPossessive(i - 1)) && !PASSIVE_AUX.has(w.lower(i + 1)) && !VERB_GROUP_FILLERS.has(w.lower(i + 1)))) return [];
    // "a leading advocate for", "his remarks": a determiner before a base/present cue makes it a noun.
    if ((entry.form === 'base' || entry.form === 'present') && (NOUN_DETERMINERS.has(vg - 1 >= a ? w.lower(vg - 1) : '') || (entry.form === 'base' && vg - 2 >= a && (w.lower(vg - 2) === 'a' || w.lower(vg - 2) === 'an')))) return [];
    if (this.notSpeechUse(i, vg, a, b, entry)) return [];
    const cue = { start: i, end: cueEnd };
    let speaker: TokRange | null = null;
    let addressee: TokRange | null = null;
    let rule = 'cue';
    let relative: TokRange | undefined;
    const left = vg - 1;
    const leftWord = left >= a ? w.lower(left) : '';

    // Right side first: addressee ("told reporters"), adverbials ("on Friday").
    let p = cueEnd;
    if (entry.addresseeObject && p < b && w.isWord(p) && w.lower(p) !== 'that') {
      const np = npRight(w, p, b, 6);
      if (np) { addressee = np; p = np.end; }
    } else if (TO_ADDRESSEE_LEMMAS.has(lemma) && p + 1 < b && w.lower(p) === 'to') {
      // "said to reporters", "spoke to the Guardian", "explained to voters that ...".
      const np = npRight(w, p + 1, b, 6);
      if (np) { addressee = np; p = np.end; }
    } else if (lemma === 'call' && p + 1 < b && (w.lower(p) === 'on' || w.lower(p) === 'upon')) {
      // "called on Trump to stop ...": the one called on is addressed, the request follows.
      const np = npRight(w, p + 1, b, 6);
      if (np && np.end < b && w.lower(np.end) === 'to') { addressee = np; p = np.end; }
    }
    const afterCue = p;
    p = this.skipAdverbials(p, b);

    if (lemma === 'ask' && (entry.form === 'past' || entry.form === 'participle') && (i === a || ['when', 'after', 'if', 'once', 'while'].includes(leftWord))) {
      // "When asked by reporters whether ..., Trump said": the question is reported by the asker after "by"; with no
      // asker named ("Asked if ...") nobody is quoted saying it, so it is not reported as a quotation.
      let q = p;
      let asker: TokRange | null = null;
      if (q + 1 < b && w.lower(q) === 'by') { asker = npRight(w, q + 1, b, 6); if (asker) q = asker.end; }
      q = this.skipAdverbials(q, b);
      if (q < b && QUESTION_WORDS.has(w.lower(q))) {
        let e = q + 1;
        while (e < b && !w.isPunct(e, ',') && !this.isTerminal(e)) e++;
        if (e > q + 1 && asker) return [this.draft(this.doc.tokens.start[q], this.doc.tokens.end[e - 1], cue, lemma, asker, null, si, 'asked-question')];
      }
      return [];
    }
    if (entry.form === 'gerund' && (leftWord === ',' || leftWord === 'and' || leftWord === 'while' || leftWord === 'by')) {
      // "..., adding that ...": the subject of the clause speaks.
      speaker = lastSpeaker ?? this.firstSubject(a, left);
      rule = 'cue-participle';
    } else if (leftWord === 'and' || leftWord === 'but') {
      speaker = lastSpeaker ?? this.firstSubject(a, left);
      addressee = lastSpeaker ? lastAddressee : addressee;
      rule = 'cue-coordinated';
    } else if (left >= a && leftWord === ',' && this.quoteBeforeApposition(left, a)) {
      // "“...,” Scott Pruitt, the attorney general of Oklahoma, said at ...": the quote is the content, the name speaks.
      const { region, speaker: sp } = this.quoteBeforeApposition(left, a)!;
      return [this.draft(this.regions[region].start, this.regions[region].end, cue, lemma, sp, addressee, si, 'cue-apposition')].map((d) => { this.used[region] = 1; return d; });
    } else if (left >= a && (leftWord === ',' || (w.kind(left) === TokKind.Quote && this.regionOf[left] >= 0))) {
      // Inverted: "“...,” said Sen. Smith." / "..., said Smith, a fellow at ..."
      // "..., R-Ky., said Tuesday.": only an adverbial follows, the speaker is to the left.
      const adv = this.skipAdverbials(afterCue, b);
      const onlyAdverbial = adv > afterCue && (adv >= b || this.isTerminal(adv));
      const inv = onlyAdverbial ? null : npRight(w, afterCue, b, 12);
      // Right after a closed quote ("“...,” said one source on the panel") the phrase after the cue is the speaker
      // whatever tail follows it.
      const afterQuote = w.kind(left) === TokKind.Quote || (left - 1 >= a && w.kind(left - 1) === TokKind.Quote && this.regionOf[left - 1] >= 0);
      if (inv && (afterQuote || inv.end >= b || this.isTerminal(inv.end) || w.isPunct(inv.end, ',') || INVERSION_FOLLOWERS.has(w.lower(inv.end)))) {
        const content = this.leftContent(si, left, a);
        if (!content) return [];
        return [this.draft(content.start, content.end, cue, lemma, inv, addressee, si, 'cue-inverted')];
      }
      const np = npLeft(w, left, a); // apposition: "Tammy Bruce, the spokesperson, said"
      if (np) speaker = np;
    } else if (left >= a) {
      const np = npLeft(w, left, a);
      if (np && subjectPosition(w, np.start, a)) speaker = np;
      if (speaker && (leftWord === 'who' || leftWord === 'which')) relative = { start: left, end: left + 1 };
      const msg = this.messageSender(a, left);
      if (msg) { speaker = msg.speaker; addressee = msg.addressee; rule = 'cue-message'; }
    }
    if (entry.form === 'gerund' && rule === 'cue' && left >= a) {
      // "footage of Trump saying, “...”", "a video of Clinton asking: “...”": the phrase after "of" speaks.
      const np = npLeft(w, left, a);
      let of = left;
      while (np && of >= np.start - 1 && of >= a && w.lower(of) !== 'of') of--;
      if (np && of >= a && of < left && w.lower(of) === 'of' && np.end === left + 1) { speaker = { start: of + 1, end: left + 1 }; rule = 'cue-gerund-of'; }
    }
    if (entry.form === 'gerund' && rule === 'cue') return []; // "the saying", "reporting" as a noun
    if (entry.form === 'participle' && vg === i && speaker === null) return []; // passive/adjectival "expected"

    // Parenthetical "X, he said, Y" / "“A,” he said, “B.”": content on both sides of the speaker.
    const before = speaker !== null ? speaker.start - 1 : -1;
    const parenthetical = before >= a && (w.isPunct(before, ',') || (w.kind(before) === TokKind.Quote && this.regionOf[before] >= 0 && this.regions[this.regionOf[before]].afterClose === before + 1));
    // "As X observed, ...": the content follows the comma.
    const asClause = before >= a && w.lower(before) === 'as';
    // A weak cue with a clear subject ("Trump called for ...", "polls show ...") may take any complement.
    let right = this.rightContent(p, a, b, entry, weak && !(speaker !== null && (rule === 'cue' || rule === 'cue-participle') && (entry.form !== 'gerund' || rule === 'cue-participle')));
    if (right && p > afterCue && w.kind(p) === TokKind.Quote && this.regionOf[p] >= 0 && this.titleLike(right.start, right.end)) {
      // "he said Wednesday on MSNBC’s “Morning Joe.”": a quoted title ends the adverbial; the content is to the left.
      right = null;
      p = this.regions[this.regionOf[p]].afterClose;
    }
    let viaComma = false;
    if (!right && (parenthetical || asClause) && p + 1 < b && w.isPunct(p, ',') && w.isWord(p + 1)) {
      const n = w.lower(p + 1);
      const c = lookupCue(n);
      // "..., Sanders said, a policy that ...": an apposition to what was said, not more of it.
      let apposition = false;
      if (n === 'a' || n === 'an') for (let k = p + 2; k < Math.min(b, p + 6); k++) if (['that', 'which', 'who'].includes(w.lower(k))) apposition = true;
      if (n !== 'according' && !(c && c.form === 'gerund') && !n.endsWith('ing') && !apposition) { right = this.clauseContent(p + 1, b); viaComma = true; }
    }
    let nextQuote: { start: number; end: number } | null = null;
    if (b < this.doc.tokens.count && w.isPunct(b - 1, ':') && w.kind(b) === TokKind.Quote && this.regionOf[b] >= 0 && this.regions[this.regionOf[b]].openTok === b) {
      // "Cruz continued:" / "released the following statement:" ending a paragraph; the quote opens the next one.
      if (!right) right = this.regionContent(this.regionOf[b], b);
      else if (right.end <= this.doc.tokens.end[b - 1]) nextQuote = this.regionContent(this.regionOf[b], b);
    }
    if (right) {
      // "told the mayors who gathered in Indianapolis, “No one should ...”": the quoted sentence is the content.
      // "said that, “...”": PolNeAR keeps the complementizer, the content stays the whole clause.
      const k = w.lower(this.tokAtChar(right.start + 1) - 1) === 'that' ? -1 : this.quotedSentenceAtEnd(right.start, right.end);
      if (k >= 0) right = this.regionContent(k, b);
    }
    if (right) {
      if (!speaker) {
        if (weak || entry.form === 'base') return [];
        // "Said Ellis: “...”": a sentence-initial cue with its speaker after it.
        const inv = vg === a ? npRight(w, cueEnd, b, 8) : null;
        if (inv && (w.isPunct(inv.end, ':') || w.isPunct(inv.end, ','))) return [this.draft(right.start, right.end, cue, lemma, inv, addressee, si, 'cue-inverted-initial')];
        speaker = this.nearestNameLeft(vg - 1, a);
        rule = speaker ? 'cue-nearest-name' : 'cue-nosubject';
      }
      const out = [this.draft(right.start, right.end, cue, lemma, speaker, addressee, si, rule)];
      if (relative) out[0].speakerRelative = relative;
      if (nextQuote) out.push(this.draft(nextQuote.start, nextQuote.end, cue, lemma, speaker, addressee, si, rule + '-next-paragraph'));
      if (parenthetical && !asClause) {
        const lc = this.leftContent(si, before, a);
        if (lc && (lc.region || (viaComma && lc.end - lc.start >= 25))) out.unshift(this.draft(lc.start, lc.end, cue, lemma, speaker, addressee, si, rule + '-left'));
      }
      return out;
    }
    // Left side: "... , X said." / "X said." after a quote sentence.
    if (p < b && !this.isTerminal(p) && !w.isPunct(p, ',') && !w.isPunct(p, '-') && !w.isPunct(p, '—') && !w.isPunct(p, '–')) return [];
    if (!speaker) return [];
    if (entry.form === 'base' && vg === i && !/^(they|we|i|you)$|s$/.test(w.lower(speaker.end - 1))) return []; // "a Democratic state
    const boundary = speaker && speaker.start <= vg ? speaker.start - 1 : vg - 1;
    // The trailing attribution is set off by a comma, a dash or a closing quote ("..., he said"), not "when he balked".
    if (boundary >= a && !(w.isPunct(boundary, ',') || w.kind(boundary) === TokKind.Quote || w.isPunct(boundary, '—') || w.isPunct(boundary, '–') || w.isPunct(boundary, '-') || w.isPunct(boundary, '--'))) return [];
    const content = this.leftContent(si, boundary, a);
    if (!content) return [];
    return [this.draft(content.start, content.end, cue, lemma, speaker, addressee, si, rule + '-left')];
  }

  /**
   * "“...,” NAME, APPOSITION[, APPOSITION], <cue>": a closing quote ending in a comma, then a name (not a cue) and
   * comma-set asides up to the comma before the cue. Returns the quote's region and the name.
   */
  private quoteBeforeApposition(left: number, a: number): { region: number; speaker: TokRange } | null {
    const w = this.w;
    let commas = 0;
    for (let q = left - 1; q >= a && q >= left - 40; q--) {
      if (this.isTerminal(q) || w.isPunct(q, ';') || w.isPunct(q, ':')) return null;
      if (w.kind(q) === TokKind.Quote && this.regionOf[q] >= 0) {
        const k = this.regionOf[q];
        const r = this.regions[k];
        const innerComma = w.isPunct(r.tokEnd - 1, ',') || (w.kind(r.tokEnd - 1) === TokKind.Quote && w.isPunct(r.tokEnd - 2, ','));
        const outerComma = w.isPunct(q + 1, ',');
        if (r.afterClose !== q + 1 || !(innerComma || outerComma) || commas < (outerComma ? 2 : 1)) return null;
        const s0 = outerComma ? q + 2 : q + 1;
        if (!(w.nameLike(s0) || w.lower(s0) === 'the')) return null;
        let e = s0;
        while (e < left && !w.isPunct(e, ',')) {
          if (e > s0 && w.cue(e) && !w.nameLike(e)) return null; // a clause, not a name
          e++;
        }
        if (e - s0 > 6) return null;
        return { region: k, speaker: { start: s0, end: e } };
      }
      if (w.isPunct(q, ',')) commas++;
      else if (this.regionOf[q] >= 0) return null;
    }
    return null;
  }

  /** 1-8 words, each capitalized or a short title function word, no sentence mark inside: a title or a name. */
  private titleLike(start: number, end: number): boolean {
    const w = this.w;
    const t = this.doc.tokens;
    let words = 0;
    let caps = 0;
    for (let k = this.tokAtChar(start + 1) - 1; k < t.count && t.start[k] < end; k++) {
      if (t.end[k] <= start) continue;
      if (w.isWord(k)) {
        words++;
        if (t.flags[k] & TokFlag.Capitalized) caps++;
        else if (!TITLE_FUNCTION_WORDS.has(w.lower(k))) return false;
      } else if (this.isTerminal(k) && t.end[k] < end) return false;
    }
    return words >= 1 && words <= 8 && caps >= 1;
  }

  /**
   * Uses of a cue word that report nothing: passives ("have been pushed by", "is seen as", "thought to be"),
   * "adding to", a base form right after a singular name ("the US state department").
   */
  private notSpeechUse(i: number, vg: number, a: number, b: number, entry: CueEntry): boolean {
    const w = this.w;
    const next = i + 1 < b ? w.lower(i + 1) : '';
    if (entry.form === 'past' || entry.form === 'participle') {
      // A passive reports something only with a clause after it ("was told that ...", "is expected to ...").
      let passive = vg - 1 >= a && PASSIVE_AUX.has(w.lower(vg - 1));
      for (let k = vg; k < i; k++) if (PASSIVE_AUX.has(w.lower(k))) passive = true;
      if (passive) {
        const p = this.skipAdverbials(i + 1, b);
        if (p >= b || !(w.lower(p) === 'that' || w.lower(p) === 'to' || w.lower(p) === ':' || w.kind(p) === TokKind.Quote)) return true;
      }
      if (next === 'to' && i + 2 < b && (w.lower(i + 2) === 'be' || w.lower(i + 2) === 'have')) return true;
    }
    if (entry.lemma === 'add' && next === 'to') return true;
    const plural = (k: number) => w.lower(k).endsWith('s') && !(this.doc.tokens.flags[k] & TokFlag.AllCaps); // "US" is no plural
    if (entry.form === 'base' && vg === i && i - 1 >= a && w.nameLike(i - 1) && !plural(i - 1) && !COLLECTIVE_PLURALS.has(w.lower(i - 1))) {
      // "Mr. Grassley and Mr. Leahy say": two names joined by "and" take the plural verb.
      const np = npLeft(w, i - 1, a);
      const and = np ? np.start - 1 : -1;
      if (and - 1 >= a && w.lower(and) === 'and' && (w.nameLike(and - 1) || PRONOUNS.has(w.lower(and - 1)))) return false;
      // "Aides to Clinton say", "Friends of Mr. Obama say": the phrase's head, before the preposition, is plural.
      if (np) for (let k = np.start + 1; k < i - 1; k++) if ((w.lower(k) === 'to' || w.lower(k) === 'of' || w.lower(k) === 'for') && plural(k - 1)) return false;
      return true;
    }
    return false;
  }

  /** "The message he conveyed to Sharif ...": the sender speaks, the recipient is addressed. */
  private messageSender(a: number, left: number): { speaker: TokRange; addressee: TokRange | null } | null {
    const w = this.w;
    for (let k = a; k <= Math.min(left, a + 3); k++) {
      if (!MESSAGE_NOUNS.has(w.lower(k))) continue;
      let j = k + 1;
      if (j <= left && w.lower(j) === 'that') j++;
      if (j + 1 > left) return null;
      const sp = w.nameLike(j) || ['he', 'she', 'they', 'we', 'i'].includes(w.lower(j)) ? { start: j, end: j + 1 } : null;
      if (!sp) return null;
      let v = j + 1;
      while (v <= left && w.nameLike(v)) { sp.end = v + 1; v++; }
      if (v > left || !TRANSFER_VERBS.has(w.lower(v))) return null;
      let addressee: TokRange | null = null;
      if (v + 1 <= left && w.lower(v + 1) === 'to') addressee = npRight(w, v + 2, left + 1, 5);
      return { speaker: sp, addressee };
    }
    return null;
  }

  /** Fallback subject: the closest pronoun or name to the left in the clause, skipping asides in commas or brackets. */
  private nearestNameLeft(r: number, a: number): TokRange | null {
    const w = this.w;
    for (let k = r; k >= a && k >= r - 25; k--) {
      if (this.regionOf[k] >= 0 || w.isPunct(k, ';') || w.isPunct(k, ':')) return null;
      const lk = w.lower(k);
      if (['he', 'she', 'they', 'we', 'i'].includes(lk)) return { start: k, end: k + 1 };
      if (w.nameLike(k)) {
        const np = npLeft(w, k, a);
        if (np && !lookupCue(lk)) return np;
      }
      if (lookupCue(lk) && k !== r) return null; // another cue: its own clause
    }
    return null;
  }

  private firstSubject(a: number, limit: number): TokRange | null {
    const w = this.w;
    const k0 = Math.max(a, this.bodyStart);
    if (k0 < limit && ['the', 'a', 'an'].includes(w.lower(k0))) return npRight(w, k0, limit, 7);
    for (let k = a; k < limit && k < a + 12; k++) {
      const lw = w.lower(k);
      if (['he', 'she', 'they', 'we', 'i'].includes(lw)) return { start: k, end: k + 1 };
      if (w.nameLike(k)) {
        let e = k + 1;
        while (e < limit && w.nameLike(e)) e++;
        return { start: k, end: e };
      }
    }
    return null;
  }

  private isTerminal(k: number): boolean {
    return this.w.kind(k) === TokKind.Punct && TERMINALS.has(this.w.lower(k));
  }

  /**
   * Skip what sits between a cue and its content: a bare time word ("said Tuesday"), a prepositional phrase
   * up to a comma or "that" ("said on Friday during a briefing that"), a dash or comma aside before "that"
   * ("said — on Twitter — that", "said, twice, that").
   */
  private skipAdverbials(p: number, b: number): number {
    const w = this.w;
    for (let round = 0; round < 3 && p < b; round++) {
      const lp = w.lower(p);
      if (TIME_WORDS.has(lp) && !(p + 1 < b && w.isPossessive(p + 1))) {
        p++;
        if (p < b && DAY_PARTS.has(w.lower(p))) p++;
        continue;
      }
      if (w.isPunct(p, ',') || w.isPunct(p, '—') || w.isPunct(p, '–') || w.isPunct(p, '-') || w.isPunct(p, '--')) {
        // An aside closed before "that": jump to "that".
        let q = p + 1;
        while (q < b && q <= p + 10 && !this.isTerminal(q) && w.kind(q) !== TokKind.Quote && w.lower(q) !== 'that') q++;
        // The aside is closed right before "that" ("said, twice, that"); "said, a policy that ..." is an apposition.
        const closed = w.isPunct(q - 1, ',') || w.isPunct(q - 1, '—') || w.isPunct(q - 1, '–') || w.isPunct(q - 1, '-') || w.isPunct(q - 1, '--');
        if (q < b && w.lower(q) === 'that' && q > p + 1 && closed) return q;
        return p;
      }
      if (!ADVERBIAL_STARTERS.has(lp)) break;
      // "this week", "last month", "late Tuesday" are time phrases; "said this is ..." starts the content.
      if (TIME_MODIFIERS.has(lp) && !(p + 1 < b && (TIME_NOUNS.has(w.lower(p + 1)) || WEEKDAYS.has(w.lower(p + 1)) || MONTHS.has(w.lower(p + 1))))) break;
      if (lp === 'at' && p + 1 < b && (w.lower(p + 1) === 'least' || w.lower(p + 1) === 'most')) break; // "at least six"
      if (p + 1 < b && (TIME_WORDS.has(w.lower(p + 1)) || MONTHS.has(w.lower(p + 1)) || (TIME_MODIFIERS.has(lp) && TIME_NOUNS.has(w.lower(p + 1))))) {
        // "on Wednesday", "in January": a short time phrase, then the content may follow without "that".
        p += 2;
        while (p < b && (w.kind(p) === TokKind.Number || DAY_PARTS.has(w.lower(p)) || w.isPunct(p, ','))) p++;
        continue;
      }
      let q = p + 1;
      let stop = -1;
      while (q < b && q <= p + 20) {
        const lq = w.lower(q);
        if (lq === ',' || lq === 'that' || lq === ':' || w.kind(q) === TokKind.Quote || this.isTerminal(q)) { stop = q; break; }
        // "said after the convention he would ...": a subject pronoun cannot sit inside the phrase, the clause starts there.
        if (q > p + 1 && SUBJECT_PRONOUNS.has(lq)) return q;
        q++;
      }
      if (q >= b) stop = b;
      if (stop < 0) break;
      p = stop;
      if (p < b && w.isPunct(p, ',') && p + 1 < b && (w.lower(p + 1) === 'that' || w.kind(p + 1) === TokKind.Quote)) p++;
    }
    return p;
  }

  /** Content to the right of the cue, as char offsets, or null when nothing follows. */
  private rightContent(p: number, a: number, b: number, entry: CueEntry, weak: boolean): { start: number; end: number } | null {
    const w = this.w;
    void a;
    if (p >= b || this.isTerminal(p)) return null;
    const lp = w.lower(p);
    if (lp === ':' || lp === ',') {
      if (p + 1 < b && w.kind(p + 1) === TokKind.Quote && this.regionOf[p + 1] >= 0) return this.regionContent(this.regionOf[p + 1], b);
      if (lp === ':' && p + 1 < b) return this.clauseContent(p + 1, b);
      return null;
    }
    if (w.kind(p) === TokKind.Quote && this.regionOf[p] >= 0) {
      const r = this.regions[this.regionOf[p]];
      const after = r.afterClose;
      if (after >= b || this.isTerminal(after) || w.isPunct(after, ',')) return this.regionContent(this.regionOf[p], b);
      // A quoted sentence ("yelled “You lie!” at ...") stands alone; a quoted fragment ("said “it gets me mad” every
      // time ...") is part of the reported clause.
      if (this.doc.tokens.flags[r.tokStart] & TokFlag.Capitalized || this.isTerminal(r.tokEnd - 1)) return this.regionContent(this.regionOf[p], b);
      return this.clauseContent(p, b);
    }
    // "rejected because ...": an adverbial clause, not reported content.
    if (NOT_CONTENT_STARTERS.has(lp)) return null;
    if (lp === 'that' || lp === 'whether' || lp === 'if' || lp === 'why' || lp === 'how' || lp === 'what' || lp === 'when') return this.clauseContent(p, b);
    if (lp === 'to' && (entry.cls === 'intention' || entry.addresseeObject)) return weak && entry.cls !== 'intention' ? null : this.clauseContent(p, b);
    if (weak) return null;
    if (!w.isWord(p) && w.kind(p) !== TokKind.Number) return null;
    return this.clauseContent(p, b);
  }

  private regionContent(k: number, b: number): { start: number; end: number } {
    void b;
    this.used[k] = 1;
    const r = this.regions[k];
    return { start: r.start, end: r.end };
  }

  /** From token p to the end of the clause: the sentence end, or before ", according to" / ", adding". */
  private clauseContent(p: number, b: number): { start: number; end: number } | null {
    const w = this.w;
    let e = b;
    for (let q = p + 1; q < b; q++) {
      if (this.regionOf[q] >= 0) continue;
      const lq = w.lower(q);
      if ((lq === 'and' || lq === 'but') && q + 1 < b) {
        // "... stressed X but also said Y": a coordinated cue starts its own content.
        let v = q + 1;
        while (v < b && VERB_GROUP_FILLERS.has(w.lower(v))) v++;
        const cue = v < b ? w.cue(v) : undefined;
        if (cue && (cue.form === 'past' || cue.form === 'present')) { e = q; break; }
      }
      if (w.isPunct(q, ',') && q + 1 < b && this.trailingAttribution(q + 1, b)) { e = q; break; }
      if (q > p && this.regionOf[q - 1] >= 0 && w.kind(q - 1) === TokKind.Quote && w.isPunct(q - 2, ',') && this.trailingAttribution(q, b)) { e = q; break; }
      if (w.isPunct(q, ',') && q + 1 < b) {
        const n = w.lower(q + 1);
        const cue = lookupCue(n);
        if (n === 'according' || (cue && cue.form === 'gerund')) { e = q; break; }
        // "Barkley, who said he votes democratic, said ...": the relative clause ends at the main verb.
        if (cue && cue.cls === 'speech' && (cue.form === 'past' || cue.form === 'present') && !WEAK_LEMMAS.has(cue.lemma)) { e = q; break; }
      }
      // "..., adding, “...”" after a quote's inner comma, "by saying: “...”": the gerund cue starts its own content.
      const g = lookupCue(lq);
      if (g && g.form === 'gerund' && g.cls === 'speech' && q + 1 < b && (w.isPunct(q + 1, ':') || w.isPunct(q + 1, ',') || w.lower(q + 1) === 'that' || w.kind(q + 1) === TokKind.Quote)) {
        const prev = w.lower(q - 1);
        if (prev === 'by' || prev === ',' || w.kind(q - 1) === TokKind.Quote) { e = prev === 'by' ? q - 1 : q; break; }
      }
      // "..., Bolton said, “...”" / "... and Clinton said": another speaker's attribution begins.
      if ((w.isPunct(q, ',') || lq === 'and' || lq === 'but') && q + 2 < b && this.subjectThenCue(q + 1, b)) { e = q; break; }
    }
    while (e - 1 > p && (this.isTerminal(e - 1) || w.isPunct(e - 1, ',') || w.isPunct(e - 1, ':'))) e--;
    if (e <= p) return null;
    // A quote opened in this clause that runs past the sentence: the content runs to its end.
    let end = this.doc.tokens.end[e - 1];
    for (let q = p; q < e; q++) {
      const k = this.regionOf[q];
      if (k < 0) continue;
      this.used[k] = 1;
      const r = this.regions[k];
      if (r.end > end) end = this.doc.tokens.end[r.afterClose - 1];
    }
    return { start: this.doc.tokens.start[p], end };
  }

  /** A quote that closes the content, opened after a comma or colon with a capital letter; -1 when none. */
  private quotedSentenceAtEnd(start: number, end: number): number {
    const w = this.w;
    const t = this.doc.tokens;
    const last = this.tokAtChar(end) - 1;
    if (last < 0 || last >= t.count) return -1;
    const k = this.regionOf[last];
    if (k < 0) return -1;
    const r = this.regions[k];
    if (r.start <= start + 1 || t.end[r.afterClose - 1] < end - 1) return -1;
    const before = r.openTok - 1;
    if (before < 0 || !(w.isPunct(before, ',') || w.isPunct(before, ':'))) return -1;
    return t.flags[r.tokStart] & TokFlag.Capitalized ? k : -1;
  }

  /** Is token k right after a sentence-ending mark the splitter kept inside the sentence (". ''We ...")? */
  private afterSentenceEnd(k: number): boolean {
    return k > 0 && this.isTerminal(k - 1) && this.regionOf[k - 1] < 0 && (this.doc.tokens.flags[k] & TokFlag.SpaceBefore) !== 0;
  }

  /** The cue of a sentence-final attribution starting at k ("Sanders warned on Wednesday." / "said X."), or -1. */
  private trailingCue(k: number, b: number): number {
    const w = this.w;
    const finite = (v: number) => {
      const c = v < b ? w.cue(v) : undefined;
      return c !== undefined && !this.nounBeforeCue(v, b) && c.cls === 'speech' && (c.form === 'past' || c.form === 'present') && !WEAK_LEMMAS.has(c.lemma) && !(this.doc.tokens.flags[v] & TokFlag.Capitalized);
    };
    const ends = (q: number) => q >= b || this.isTerminal(q);
    if (finite(k)) {
      const inv = npRight(w, k + 1, b, 12);
      return inv && (ends(inv.end) || w.isPunct(inv.end, ',')) ? k : -1;
    }
    for (let v = k + 1; v < b && v <= k + 12; v++) {
      if (this.regionOf[v] >= 0) return -1;
      if (!finite(v)) continue;
      const np = npLeft(w, v - 1, k);
      if (!np || np.start !== k) return -1;
      return ends(this.skipAdverbials(v + 1, b)) ? v : -1;
    }
    return -1;
  }

  /** "the campaign said", "a new report says": a base/present cue word right before a finite cue is a noun. */
  private nounBeforeCue(i: number, b: number): boolean {
    const e = this.w.cue(i);
    if (!e || e.form === 'past' || e.form === 'participle' || e.form === 'gerund' || i + 1 >= b) return false;
    const n = this.w.cue(i + 1);
    return n !== undefined && (n.form === 'past' || n.form === 'present') && !(this.doc.tokens.flags[i + 1] & TokFlag.Capitalized);
  }

  /** A short name or pronoun subject at k followed by a finite speech cue ("Clinton said", "he told"). */
  private subjectThenCue(k: number, b: number): boolean {
    const w = this.w;
    const lk = w.lower(k);
    let v: number;
    if (['he', 'she', 'they', 'we', 'i'].includes(lk)) v = k + 1;
    else if (w.nameLike(k)) {
      v = k + 1;
      while (v < b && v < k + 5 && (w.nameLike(v) || w.isPossessive(v))) v++;
    } else return false;
    while (v < b && fillerAt(w, v)) v++;
    if (v >= b) return false;
    const c = w.cue(v);
    return c !== undefined && c.cls === 'speech' && (c.form === 'past' || c.form === 'present') && !WEAK_LEMMAS.has(c.lemma);
  }

  /** Does ", the White House said on Friday." start at k: a short subject, a finite cue, then the clause end? */
  private trailingAttribution(k: number, b: number): boolean {
    const w = this.w;
    for (let v = k + 1; v < b && v <= k + 7; v++) {
      if (this.regionOf[v] >= 0 || w.isPunct(v, ',')) return false;
      const c = w.cue(v);
      if (!c || (c.form !== 'past' && c.form !== 'present') || c.cls !== 'speech') continue;
      const after = this.skipAdverbials(v + 1, b);
      return after >= b || this.isTerminal(after);
    }
    return false;
  }

  /** Content to the left of a trailing cue, ending at `boundary` (a comma or closing mark), not before the sentence. */
  private leftContent(si: number, boundary: number, a: number): { start: number; end: number; region?: boolean } | null {
    const w = this.w;
    let e = boundary;
    while (e >= a && (w.isPunct(e, ',') || w.isPunct(e, '—') || w.isPunct(e, '–') || w.isPunct(e, '-') || w.isPunct(e, '--'))) e--;
    if (e < a) {
      // "He said." right after a quote in the same paragraph.
      const prev = si - 1;
      if (prev < 0 || this.doc.sentences[prev].paragraph !== this.doc.sentences[si].paragraph) return null;
      const pe = this.doc.sentences[prev].tokEnd - 1;
      for (let k = pe; k >= pe - 2 && k >= this.doc.sentences[prev].tokStart; k--) {
        const rk = this.regionOf[k];
        if (rk >= 0) return { ...this.regionContent(rk, 0), region: true };
      }
      return null;
    }
    let s = Math.max(a, this.bodyStart);
    // Earlier cue content in this sentence ends where this one may start.
    for (let k = this.drafts.length - 1; k >= 0 && this.drafts[k].sentence === si; k--) {
      const d = this.drafts[k];
      // Beliefs and intentions nest inside reported speech ("X wants ..., the White House said"): no boundary.
      const cls = d.cueLemma ? lookupCue(d.cueLemma)?.cls : undefined;
      if (cls === 'belief' || cls === 'intention') continue;
      if (d.end <= this.doc.tokens.start[e]) s = Math.max(s, this.tokAtChar(d.end));
    }
    // A sentence end the splitter missed (". ''We ..."): the content starts after it.
    for (let q = e - 1; q > s; q--) if (this.afterSentenceEnd(q) && this.regionOf[q] !== this.regionOf[q - 1]) { s = q; break; }
    while (s <= e && (w.isPunct(s, ',') || ['and', 'but', 'so'].includes(w.lower(s)))) s++;
    if (s > e) return null;
    // A quote closing right at the boundary and opening at the clause start (or in an earlier sentence): the
    // whole quote is the content, wherever it opened.
    const rk = this.regionOf[e];
    if (rk >= 0 && this.regions[rk].closeTok >= 0 && this.regions[rk].afterClose === e + 1 && (this.regions[rk].openTok <= s || this.afterSentenceEnd(this.regions[rk].openTok))) {
      return { ...this.regionContent(rk, 0), region: true };
    }
    let start = this.doc.tokens.start[s];
    for (let q = s; q <= e; q++) {
      const k = this.regionOf[q];
      if (k < 0) continue;
      this.used[k] = 1;
      if (this.regions[k].start < start) start = this.doc.tokens.start[this.regions[k].openTok];
    }
    return { start, end: this.doc.tokens.end[e] };
  }

  private accordingTo(si: number, i: number, a: number, b: number): Draft | null {
    const w = this.w;
    const np = npRight(w, i + 2, b, 9);
    if (!np) return null;
    const cue = { start: i, end: i + 2 };
    let k = i - 1;
    while (k >= a && w.isPunct(k, ',')) k--;
    if (k - a >= 2) {
      const c = this.leftContent(si, i - 1, a);
      if (c) return this.draft(c.start, c.end, cue, 'according to', np, null, si, 'according-to-left');
    }
    let p = np.end;
    if (p < b && w.isPunct(p, ',')) p++;
    const c = this.clauseContent(p, b);
    if (!c) return null;
    return this.draft(c.start, c.end, cue, 'according to', np, null, si, 'according-to-right');
  }

  private draft(start: number, end: number, cue: TokRange | null, cueLemma: string | null, speaker: TokRange | null, addressee: TokRange | null, sentence: number, rule: string): Draft {
    let type = this.typeOf(start, end);
    if (type === 'direct' && this.fragmentQuote(start)) type = 'partial';
    return { type, start, end, cue, cueLemma, speaker, addressee, sentence, rule };
  }

  /** A quote starting lower-case inside a clause ("urged Muslims to “stand up to ...”"): a fragment of the sentence. */
  private fragmentQuote(start: number): boolean {
    const t = this.doc.tokens;
    const k = this.tokAtChar(start + 1) - 1;
    if (k <= 0 || k >= t.count || t.flags[k] & TokFlag.Capitalized || t.kind[k] !== TokKind.Word) return false;
    const mark = k - 1;
    if (t.kind[mark] !== TokKind.Quote || mark === 0) return false;
    const prev = mark - 1;
    return t.sentence[prev] === t.sentence[k] && t.kind[prev] === TokKind.Word;
  }

  /** direct: the content is one quote; mixed: it holds quoted and unquoted words; indirect: no quote marks. */
  private typeOf(start: number, end: number): DraftType {
    let quoted = false;
    // Regions are sorted and disjoint: start from the first one that may end after `start`.
    let lo = 0;
    let hi = this.regions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.regions[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.regions.length && this.regions[k].start < end; k++) {
      const r = this.regions[k];
      if (r.end <= start) continue;
      if (r.start <= start + 1 && r.end >= end - 1) return 'direct';
      quoted = true;
    }
    return quoted ? 'mixed' : 'indirect';
  }

  // ---- 2. a headline's "Source: what was said" ----

  /**
   * A headline (a first paragraph of one sentence) that opens with a short source and a colon: "Graham: Trump’s
   * rhetoric destroying GOP’s chance", "Poll: Sanders leads in Iowa". Section labels ("Update:", "Analysis:") are not
   * sources. The content runs to the end of the line; quote marks inside it are part of it.
   */
  private headlineColon(): void {
    const doc = this.doc;
    const w = this.w;
    const t = doc.tokens;
    if (doc.sentences.length === 0) return;
    const first = doc.sentences[0];
    if (doc.sentences.length > 1 && doc.sentences[1].paragraph === first.paragraph) return;
    // A dateline found in the next paragraph ("WASHINGTON (AP) —") does not move the headline's start.
    const a = this.bodyStart < first.tokEnd ? Math.max(first.tokStart, this.bodyStart) : first.tokStart;
    const b = first.tokEnd;
    let colon = -1;
    for (let k = a + 1; k < Math.min(b, a + 6); k++) if (w.isPunct(k, ':')) { colon = k; break; }
    if (colon < 0 || !w.nameLike(a) || HEADLINE_LABELS.has(w.lower(a))) return;
    const np = npLeft(w, colon - 1, a);
    if (!np || np.start !== a || np.end !== colon) return;
    let e = b;
    while (e > colon + 1 && this.isTerminal(e - 1)) e--;
    let words = 0;
    for (let k = colon + 1; k < e; k++) if (w.isWord(k)) words++;
    if (words < 3) return;
    const start = t.start[colon + 1];
    const end = t.end[e - 1];
    // A cue inside the content ("Report: Walker to speak at ...") reports something nested in it: the headline's
    // source is the outer attribution. A cue before the colon makes it no headline source.
    if (this.drafts.some((d) => d.sentence === 0 && d.start < start)) return;
    for (let k = this.drafts.length - 1; k >= 0; k--) if (this.drafts[k].sentence === 0) this.drafts.splice(k, 1);
    for (let k = colon + 1; k < e; k++) if (this.regionOf[k] >= 0) this.used[this.regionOf[k]] = 1;
    this.drafts.push(this.draft(start, end, null, null, np, null, 0, 'headline-colon'));
  }

  // ---- 2-4. quotes without a cue of their own ----

  private regionQuotes(): void {
    const w = this.w;
    const t = this.doc.tokens;
    const bySentence = this.drafts.slice().sort((x, y) => x.start - y.start);
    let lastWithSpeaker: Draft | null = null;
    let di = 0;
    for (let k = 0; k < this.regions.length; k++) {
      const r = this.regions[k];
      while (di < bySentence.length && bySentence[di].start < r.start) {
        if (bySentence[di].speaker) lastWithSpeaker = bySentence[di];
        di++;
      }
      if (this.used[k]) continue;
      const words = r.tokEnd - r.tokStart;
      const si = t.sentence[r.tokStart];
      const sent = this.doc.sentences[si];
      const para = sent.paragraph;
      const before = r.openTok - 1;
      // 2. "Name: “...”"
      if (before >= sent.tokStart && w.isPunct(before, ':')) {
        const np = npLeft(w, before - 1, this.doc.sentences[t.sentence[before]].tokStart);
        if (np) {
          this.pushRegion(r, 'direct', { start: before, end: before + 1 }, ':', np, si, 'colon');
          continue;
        }
      }
      if (words < 3 && !r.continues) continue; // scare quotes and titles
      // 2a. "Mr. Christie gloated: “...”", "As Amar put it, “...”": a subject and a past verb we do not list.
      const leading = this.leadingSpeaker(r, sent.tokStart);
      if (leading) {
        this.pushRegion(r, 'direct', leading.cue, leading.lemma, leading.speaker, si, 'quote-leading-verb');
        lastWithSpeaker = this.drafts[this.drafts.length - 1];
        continue;
      }
      // 2b. "“...” ― Pamela Padilla" ending its line: a dash-attributed quote (epigraphs, reader comments).
      const dashed = this.dashSpeaker(r);
      if (dashed) {
        this.pushRegion(r, 'direct', null, null, dashed, si, 'dash-attribution');
        lastWithSpeaker = this.drafts[this.drafts.length - 1];
        continue;
      }
      const sentenceLike = r.openTok <= sent.tokStart || this.afterSentenceEnd(r.openTok) || (t.flags[r.openTok] & TokFlag.NewlineBefore) !== 0 || (t.flags[r.tokStart] & 8) !== 0 && (before < sent.tokStart || w.isPunct(before, ':') || w.isPunct(before, ','));
      if (!sentenceLike) {
        // 3. partial quote: its subject stands right before the opening mark.
        let l = before;
        while (l >= sent.tokStart && ['also', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'later'].includes(w.lower(l))) l--;
        const np = l >= sent.tokStart ? npLeft(w, l, sent.tokStart) : null;
        // Only a lower-case fragment continues its subject ("the secretary “encouraged ...”"); a quoted
        // sentence after a noun phrase is a title or a slogan ("a memo titled “The Facts ...”").
        const fragment = (t.flags[r.tokStart] & TokFlag.Capitalized) === 0;
        if (np && fragment && words >= 3 && subjectPosition(w, np.start, sent.tokStart) && !w.isPunct(l, ',')) {
          this.pushRegion(r, 'partial', null, null, np, si, 'partial-subject');
          continue;
        }
        continue;
      }
      // 4. "“...,” Murphy tweeted." / "“...!” beamed Donald Hartley": a speaker and a verb we do not list.
      const trailing = this.trailingSpeaker(r);
      if (trailing) {
        this.pushRegion(r, 'direct', trailing.cue, trailing.lemma, trailing.speaker, si, 'quote-trailing-verb');
        lastWithSpeaker = this.drafts[this.drafts.length - 1];
        continue;
      }
      // 5. continuation of the previous speaker (same or previous paragraph).
      if (lastWithSpeaker) {
        const lp = this.doc.sentences[lastWithSpeaker.sentence].paragraph;
        // Next paragraph: only a paragraph that is wholly a quote, right after the speaker's own direct quote.
        const wholeParagraph = (t.flags[r.openTok] & TokFlag.ParagraphStart) !== 0 &&
          (r.afterClose >= t.count || (t.flags[r.afterClose] & TokFlag.ParagraphStart) !== 0 || this.isTerminal(r.afterClose) && (r.afterClose + 1 >= t.count || (t.flags[r.afterClose + 1] & TokFlag.ParagraphStart) !== 0));
        const nextParagraph = para - lp === 1 && wholeParagraph && lastWithSpeaker.type === 'direct';
        if (r.continues || para === lp || nextParagraph) {
          // “A,” he said. “B.” — or a colon ending the cue's paragraph: the same utterance, so the same cue.
          const gap = this.doc.text.slice(lastWithSpeaker.end, this.doc.tokens.start[r.openTok]);
          const sameUtterance = lastWithSpeaker.cue !== null && !r.continues &&
            ((para === lp && si <= lastWithSpeaker.sentence + 1) || /^[\s:.,”"’']*$/.test(gap));
          if (sameUtterance) {
            this.pushRegion(r, 'direct', lastWithSpeaker.cue, lastWithSpeaker.cueLemma, lastWithSpeaker.speaker, si, 'continuation-same-cue');
            this.drafts[this.drafts.length - 1].addressee = lastWithSpeaker.addressee;
          } else {
            this.pushRegion(r, 'direct', null, null, lastWithSpeaker.speaker, si, r.continues ? 'paragraph-continuation' : 'continuation');
          }
          continue;
        }
      }
      if (words >= 4) this.pushRegion(r, 'direct', null, null, null, si, 'unattributed');
    }
  }

  /** "NP verb-ed: “...”" / "NP put it, “...”" right before the opening mark, the quote capitalized. */
  private leadingSpeaker(r: QuoteRegion, a: number): { speaker: TokRange; cue: TokRange; lemma: string } | null {
    const w = this.w;
    const t = this.doc.tokens;
    const before = r.openTok - 1;
    if (before - 2 < a || !(w.isPunct(before, ':') || w.isPunct(before, ',')) || !(t.flags[r.tokStart] & TokFlag.Capitalized)) return null;
    let v = before - 1;
    let lemma: string;
    if (w.lower(v) === 'it' && w.lower(v - 1) === 'put') { v--; lemma = 'put'; }
    else {
      const lv = w.lower(v);
      if (!w.isWord(v) || t.flags[v] & TokFlag.Capitalized || !(lv.endsWith('ed') || IRREGULAR_PAST.has(lv)) || FUNCTION_WORDS_QUICK.has(lv)) return null;
      lemma = lookupCue(lv)?.lemma ?? lv;
    }
    let s = v - 1;
    while (s >= a && fillerAt(w, s)) s--;
    const np = s >= a ? npLeft(w, s, a) : null;
    if (!np || !subjectPosition(w, np.start, a)) return null;
    return { speaker: np, cue: { start: v, end: before }, lemma };
  }

  /** "“...” ― Name Surname." closing its line: the name after the dash, 1-5 name-like tokens. */
  private dashSpeaker(r: QuoteRegion): TokRange | null {
    const w = this.w;
    const t = this.doc.tokens;
    const k = r.afterClose;
    if (r.closeTok < 0 || k + 1 >= t.count || !DASHES.has(w.lower(k)) || t.flags[k] & TokFlag.NewlineBefore) return null;
    let e = k + 1;
    while (e < t.count && e <= k + 6 && !(t.flags[e] & TokFlag.NewlineBefore) && (w.nameLike(e) || t.flags[e] & TokFlag.Abbrev && t.flags[e] & TokFlag.Capitalized)) e++;
    if (e === k + 1) return null;
    const lineEnd = (q: number) => q >= t.count || (t.flags[q] & TokFlag.NewlineBefore) !== 0;
    return lineEnd(e) || (w.isPunct(e, '.') && lineEnd(e + 1)) ? { start: k + 1, end: e } : null;
  }

  /** After a quote that ends in , ! or ?: "NP verb" or "verb NP", then the clause end. */
  private trailingSpeaker(r: QuoteRegion): { speaker: TokRange; cue: TokRange; lemma: string } | null {
    const w = this.w;
    const t = this.doc.tokens;
    if (r.closeTok < 0) return null;
    let k = r.afterClose;
    const last = r.tokEnd - 1;
    const marked = w.isPunct(last, ',') || w.isPunct(last, '!') || w.isPunct(last, '?') || (k < t.count && w.isPunct(k, ','));
    if (!marked || k >= t.count || t.flags[k] & TokFlag.ParagraphStart) return null;
    if (w.isPunct(k, ',')) k++;
    const si = t.sentence[Math.min(k, t.count - 1)];
    const b = this.doc.sentences[si].tokEnd;
    const ends = (q: number) => q >= b || this.isTerminal(q) || w.isPunct(q, ',');
    const verbLike = (q: number) => {
      if (q >= b || !w.isWord(q) || t.flags[q] & TokFlag.Capitalized && !w.cue(q)) return false;
      const lq = w.lower(q);
      const c = lookupCue(lq);
      if (c) return c.form === 'past' || c.form === 'present';
      return ((lq.endsWith('ed') || lq.endsWith('s')) && !FUNCTION_WORDS_QUICK.has(lq)) || IRREGULAR_PAST.has(lq);
    };
    const lemmaOf = (q: number) => w.cue(q)?.lemma ?? w.lower(q);
    let np = npRight(w, k, b, 10);
    if (np && w.nameLike(k)) {
      // A name run stops before a lower-case verb: "Trump shot back".
      let e = k + 1;
      while (e < np.end && (w.nameLike(e) || w.isPossessive(e) || w.doc.tokens.flags[e] & TokFlag.Abbrev)) e++;
      np = { start: k, end: e };
    }
    if (np && !w.nameLike(k) && np.end - k > 1) {
      // "an angry Hollande retaliated": the phrase ends before its last word when that word is the verb.
      const v = np.end - 1;
      if (verbLike(v) && ends(this.skipAdverbials(v + 1, b))) return { speaker: { start: k, end: v }, cue: { start: v, end: v + 1 }, lemma: lemmaOf(v) };
    }
    if (np && (w.nameLike(k) || ['he', 'she', 'they', 'we', 'i', 'the', 'a', 'an'].includes(w.lower(k)))) {
      let v = np.end;
      if (v < b && w.isPunct(v, ',')) {
        // "Murphy, the head of Right to Rise USA, tweeted"
        let q = v + 1;
        while (q < b && q <= v + 14 && !w.isPunct(q, ',') && w.kind(q) !== TokKind.Quote) q++;
        if (q < b && w.isPunct(q, ',')) v = q + 1;
      }
      while (v < b && fillerAt(w, v)) v++;
      if (verbLike(v)) {
        let after = v + 1;
        if (after < b && ['back', 'out', 'up', 'on'].includes(w.lower(after))) after++;
        if (ends(this.skipAdverbials(after, b))) return { speaker: np, cue: { start: v, end: v + 1 }, lemma: lemmaOf(v) };
      }
    }
    if (verbLike(k)) {
      const inv = npRight(w, k + 1, b, 12);
      if (inv && ends(inv.end)) return { speaker: inv, cue: { start: k, end: k + 1 }, lemma: lemmaOf(k) };
    }
    return null;
  }

  private pushRegion(r: QuoteRegion, type: DraftType, cue: TokRange | null, cueLemma: string | null, speaker: TokRange | null, sentence: number, rule: string): void {
    this.drafts.push({ type, start: r.start, end: r.end, cue, cueLemma, speaker, addressee: null, sentence, rule });
  }
}

/** "PLACE, Month Day (AGENCY)" or "PLACE (AGENCY) -" at the start of the first paragraph. */
function datelineEnd(w: Words, doc: Doc): number {
  const n = Math.min(doc.tokens.count, 14);
  for (let k = 2; k < n; k++) {
    if (!w.isPunct(k, ')') || !w.isPunct(k - 2, '(') || !(doc.tokens.flags[k - 1] & TokFlag.AllCaps || w.nameLike(k - 1))) continue;
    let e = k + 1;
    while (e < doc.tokens.count && (w.isPunct(e, '-') || w.isPunct(e, '—') || w.isPunct(e, '–') || w.isPunct(e, '--') || w.isPunct(e, ':'))) e++;
    return e;
  }
  return 0;
}

/** Nouns without a plural -s that take a plural verb: "Police say ..." (capitalized at the start, they look like names). */
const COLLECTIVE_PLURALS = new Set(['police', 'people', 'personnel', 'men', 'women', 'children']);

/** Headline labels before a colon that name a kind of piece, not a source ("Analysis: ..."). */
const HEADLINE_LABELS = new Set(['update', 'updated', 'exclusive', 'analysis', 'opinion', 'watch', 'breaking', 'video', 'live', 'factbox', 'explainer', 'editorial', 'commentary', 'review', 'interview', 'photos', 'listen', 'correction', 'timeline', 'q&a', 'column', 'letters', 'podcast', 'quiz', 'sport', 'sports']);

const TIME_MODIFIERS = new Set(['this', 'last', 'late', 'early']);
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'time', 'decade', 'century', 'quarter', 'session', 'term', 'day', 'days', 'weeks', 'months', 'years']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'am']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'recently', 'repeatedly', 'again', 'also', 'publicly', 'privately', 'later', 'earlier', 'afterward', 'afterwards', 'previously', 'once', 'flatly', 'bluntly', 'simply', 'then']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

const FUNCTION_WORDS_QUICK = new Set(['is', 'was', 'has', 'does', 'as', 'its', 'this', 'his', 'hers', 'ours', 'yours', 'us', 'thus', 'less', 'unless', 'plus', 'needed', 'indeed']);
const IRREGULAR_PAST = new Set(['shot', 'spoke', 'wrote', 'went', 'began', 'sang', 'swore', 'thought', 'felt', 'broke', 'fought', 'threw', 'struck', 'stood', 'told', 'said', 'bit', 'took', 'gave', 'put']);

/** Words that may follow an inverted speaker ("“...,” said Dan Golvach when asked about ..."). */
const INVERSION_FOLLOWERS = new Set(['who', 'whom', 'which', 'when', 'while', 'as', 'after', 'before', 'because', 'adding', 'noting', 'referring', 'speaking']);

const TITLE_FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'in', 'on', 'and', 'to', 'for', 'at', 'with', 'by', 'or', 'from', 'as', 'vs.', 'is', "n't", "'s", '’s', 'are']);

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

const PASSIVE_AUX = new Set(['be', 'been', 'being', 'is', 'was', 'are', 'were', "'s", '’s']);
const NOT_CONTENT_STARTERS = new Set(['because', 'since', 'although', 'though', 'unless', 'until', 'despite']);

const TO_ADDRESSEE_LEMMAS = new Set(['say', 'speak', 'talk', 'explain', 'write', 'complain', 'admit', 'mention', 'announce', 'confide', 'describe']);

const DASHES = new Set(['―', '—', '–', '-', '--']);

const QUESTION_WORDS = new Set(['whether', 'if', 'about', 'how', 'what', 'who', 'whom', 'why', 'when', 'where', 'which']);

const HEADLINE_CUES = new Set(['say', 'tell', 'call', 'warn', 'urge', 'claim', 'vow', 'insist', 'admit', 'deny', 'predict', 'promise', 'pledge', 'slam', 'blast', 'accuse']);

/** An auxiliary or adverb of a verb group at token k. A capitalized "-ly" word inside a sentence is a name ("Kelly said"). */
function fillerAt(w: Words, k: number): boolean {
  const lw = w.lower(k);
  if (VERB_GROUP_FILLERS.has(lw)) return true;
  if (!(lw.length > 4 && lw.endsWith('ly') && lw !== 'only' && lw !== 'family' && lw !== 'rally')) return false;
  const t = w.doc.tokens;
  return !(t.flags[k] & TokFlag.Capitalized) || w.doc.sentences[t.sentence[k]].tokStart === k;
}

export function attributeQuotes(doc: Doc): Draft[] {
  if (doc.tokens.count === 0) return [];
  return new Attributor(doc).run();
}
