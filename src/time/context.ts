/**
 * What the time parsers read: the Doc's tokens (lower-cased through the shared vocabulary), the DCT, the clause
 * tense, and the calendar points named so far in this document (for "that day", "the following year").
 * One context per document; nothing is kept between documents.
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import { tokenIds, vocab } from '../text/vocab.js';
import { fmtMonth, isValidYmd, pad, type Ymd } from './calendar.js';
import { inFutureFrame } from './future-frame.js';
import { clauseTense, pastEventBefore, type Tense } from './tense.js';
import type { Core, TimeMatch } from './types.js';

/** The grammar's levels, for the modifiers that wrap them (recognize.ts runs them). */
export interface Grammar {
  /** Dates, units, references at a token (the core parsers). */
  core(c: TimeContext, i: number): Core | null;
  /** A core with its position modifier ("early", "the end of"). */
  positioned(c: TimeContext, i: number): Core | null;
}

/** How far left of a time expression a "would" may stand to make its clause a future in the past. */
const FUTURE_IN_PAST_WINDOW = 8;

/**
 * Words before a year that make it a bound of a state rather than the story's year: the start of a span reaching the
 * present ("since", "from") or the end of one ("held until 2016": time.month.story-year-limit).
 */
const OPEN_SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'from', 'until', 'till']);
/** How many sentences on a day without a year may still go on a past story dated to the day. */
const STORY_DAY_WINDOW = 3;
/** How far before a year such a word may stand: "since" + possessive + noun + "in". */
const OPEN_SPAN_WINDOW = 4;

export class TimeContext {
  /** Vocabulary ids of the tokens (lower-cased forms shared with the other stages). */
  readonly ids: Int32Array;
  readonly n: number;
  private quarterContext: boolean | undefined;
  /** The latest explicit day, month and year named so far (left to right):
   * what "that day", "the following year" refer to. */
  lastDay: Ymd | null = null;
  lastMonth: { y: number; m: number } | null = null;
  lastYear: number | null = null;
  lastDaySentence = -1;
  lastMonthSentence = -1;
  lastYearSentence = -1;
  /** The latest year named outright: not inferred by time.month.story-year, nor counted from another date. */
  namedYear: number | null = null;
  namedYearSentence = -1;

  constructor(
    readonly doc: Doc,
    readonly dct: Ymd,
    readonly grammar: Grammar,
  ) {
    this.n = doc.tokens.count;
    this.ids = tokenIds(doc);
  }

  lower(i: number): string {
    if (i < 0 || i >= this.n) return '';
    return vocab.lower(this.ids[i]);
  }

  isNumber(i: number): boolean {
    return i >= 0 && i < this.n && this.doc.tokens.kind[i] === TokKind.Number;
  }

  allCaps(i: number): boolean {
    return (this.doc.tokens.flags[i] & 16) !== 0;
  }

  capitalized(i: number): boolean {
    const c = this.doc.text.charCodeAt(this.doc.tokens.start[i]);
    return c >= 65 && c <= 90;
  }

  /** The possessive clitic ("1998's", "year’s"). */
  isPossessive(i: number): boolean {
    const w = this.lower(i);
    return w === "'s" || w === '’s';
  }

  sentenceBounds(i: number): [number, number] {
    const s = this.doc.sentences[this.doc.tokens.sentence[i]];
    return s ? [s.tokStart, s.tokEnd] : [0, this.n];
  }

  tense(s: number, e: number): Tense | null {
    const [a, b] = this.sentenceBounds(s);
    // The modal "may" is the only marker that is also a month and a name ("Theresa May said"): those keep their case.
    return clauseTense((k) => (this.lower(k) === 'may' && this.capitalized(k) ? 'May' : this.lower(k)), s, e, a, b);
  }

  /** Whether the weekday at token s stands in a present frame that puts its act ahead (future-frame.ts). */
  futureFrame(s: number): boolean {
    return inFutureFrame((k) => this.lower(k), s, this.sentenceBounds(s)[0]);
  }

  /** Whether the expression at token s dates a past act named just before it ("arrested on 23 October"). */
  pastEvent(s: number): boolean {
    return pastEventBefore((k) => this.lower(k), s, this.sentenceBounds(s)[0]);
  }

  /**
   * The month (else the year) of a past narrative named within the last three sentences before token i, when no
   * day was named: what "the next day" falls in there, rather than the day after the DCT. Null when none is earlier
   * than the DCT's month.
   */
  narrativePeriod(i: number): string | null {
    const sent = this.doc.tokens.sentence[i];
    const near = (k: number) => k >= 0 && sent - k <= 3;
    const m = this.lastMonth;
    if (m && near(this.lastMonthSentence) && m.y * 12 + m.m < this.dct.y * 12 + this.dct.m) return fmtMonth(m.y, m.m);
    const y = this.lastYear;
    if (y !== null && near(this.lastYearSentence) && y < this.dct.y) return pad(y, 4);
    return null;
  }

  /**
   * time.month.story-year: the past year a bare month m at token i falls in, when its own sentence named that year
   * before it ("served four months in custody last year after police held him in July"), or the sentence before
   * ended on a month of a past year no later in the year than m ("… after police held him in July 2017. He was
   * freed in November"). Null otherwise.
   * A day (d > 0) goes on a story dated to the day instead (storyDayYear: "on 3 May 2009 … On 6 May …").
   */
  storyYear(i: number, m: number, d = 0): number | null {
    const sent = this.doc.tokens.sentence[i];
    if (d > 0) return this.storyDayYear(sent, m, d);
    const y = this.namedYear;
    if (y !== null && y < this.dct.y && this.namedYearSentence === sent) return y;
    const lm = this.lastMonth;
    // The month must be the last date named there: "In March 1995 …, and the following year …" has moved on.
    const lastNamed = this.lastYear === lm?.y && this.lastYearSentence === this.lastMonthSentence;
    if (lm && lastNamed && lm.y < this.dct.y && this.lastMonthSentence === sent - 1 && m >= lm.m) return lm.y;
    return null;
  }

  /**
   * time.day-month.story-year: the year of the past day named last, within the last few sentences, for a day no
   * earlier in that year. A year or month alone sets no such story ("shares bought under a plan approved in 1987
   * through Sept. 29" may be this year's September).
   */
  private storyDayYear(sent: number, m: number, d: number): number | null {
    const ld = this.lastDay;
    if (ld === null || ld.y >= this.dct.y || sent - this.lastDaySentence > STORY_DAY_WINDOW) return null;
    // The day must be the last date named: "On 3 May 2009 … the following year …" has moved on.
    const lastNamed = this.lastYear === ld.y && this.lastYearSentence === this.lastDaySentence;
    if (!lastNamed || this.lastMonth?.m !== ld.m || this.lastMonthSentence !== this.lastDaySentence) return null;
    return m > ld.m || (m === ld.m && d >= ld.d) ? ld.y : null;
  }

  /**
   * time.future-in-past: the date a "would" clause looks ahead from, when its sentence named a past year before it
   * ("When the war began in March 2011, few thought it would end by Christmas": the Christmas of 2011), to be read as
   * future from there. Null otherwise.
   */
  futureInPast(i: number): Ymd | null {
    const [a] = this.sentenceBounds(i);
    const y = this.lastYear;
    if (y === null || y >= this.dct.y || this.lastYearSentence !== this.doc.tokens.sentence[i]) return null;
    let would = false;
    for (let k = i - 1; k >= Math.max(a, i - FUTURE_IN_PAST_WINDOW); k--) {
      if (this.lower(k) === 'would') {
        would = true;
        break;
      }
    }
    if (!would) return null;
    const m = this.lastMonth && this.lastMonth.y === y && this.lastMonthSentence === this.lastYearSentence;
    return m ? { y, m: this.lastMonth!.m, d: 15 } : { y, m: 1, d: 1 };
  }

  /** The date and tense an underspecified date at token i is resolved from: the DCT and the clause's tense, or the
   * past year a "would" clause looks ahead from (futureInPast). */
  anchorAt(i: number, tense: Tense | null): { dct: Ymd; tense: Tense | null } {
    const past = this.futureInPast(i);
    return past ? { dct: past, tense: 'future' } : { dct: this.dct, tense };
  }

  /** Whether the sentence of token i talks about quarters: "a year earlier" then means the quarter a year back. */
  sentenceHasQuarter(i: number): boolean {
    const [a, b] = this.sentenceBounds(i);
    for (let k = a; k < b; k++) {
      const w = this.lower(k);
      if (w === 'quarter' || w.endsWith('-quarter') || w === 'quarterly') return true;
    }
    return false;
  }

  /** Any "quarter" word in the document (earnings reports): "the latest period" is then a quarter. */
  docHasQuarter(): boolean {
    if (this.quarterContext === undefined) {
      this.quarterContext = false;
      for (let k = 0; k < this.n; k++) {
        const w = this.lower(k);
        if (w === 'quarter' || w.endsWith('-quarter')) {
          this.quarterContext = true;
          break;
        }
      }
    }
    return this.quarterContext;
  }

  /** Whether "since" or "from" stands up to a short phrase before token s ("since its rise in 2014"). */
  private opensSpan(s: number): boolean {
    const [a] = this.sentenceBounds(s);
    for (let k = s - 1; k >= Math.max(a, s - OPEN_SPAN_WINDOW); k--) {
      const w = this.lower(k);
      if (OPEN_SPAN_PREPOSITIONS.has(w)) return true;
      if (w === ',' || w === 'and') return false;
    }
    return false;
  }

  /** Remember the calendar point a DATE/TIME names, for the anaphoric references after it. */
  noteReference(t: TimeMatch): void {
    if (t.type !== 'DATE' && t.type !== 'TIME') return;
    const v = t.value;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(v);
    if (!m) return;
    const y = Number(m[1]);
    this.lastYear = y;
    this.lastYearSentence = this.doc.tokens.sentence[t.s];
    // "since its rise in 2014", "held until 2016": a year that bounds a state sets no story in it.
    if (!t.rule.endsWith('.story-year') && !t.rule.startsWith('time.anaphoric') && !this.opensSpan(t.s)) {
      this.namedYear = y;
      this.namedYearSentence = this.lastYearSentence;
    }
    if (m[2]) {
      this.lastMonth = { y, m: Number(m[2]) };
      this.lastMonthSentence = this.doc.tokens.sentence[t.s];
    }
    if (m[2] && m[3] && isValidYmd(y, Number(m[2]), Number(m[3]))) {
      this.lastDay = { y, m: Number(m[2]), d: Number(m[3]) };
      this.lastDaySentence = this.doc.tokens.sentence[t.s];
    }
  }
}
