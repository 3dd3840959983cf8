/**
 * Time expression recognition and normalization over the token arrays (one left-to-right pass).
 * At each token that can open an expression, a small grammar of matchers tries the longest reading:
 * optional modifiers ("about", "early", "the end of"), a core (dates, weekdays, unit phrases, times,
 * references) and attachments ("of 1998", "ago"). Values follow TimeML; underspecified dates are
 * anchored to the DCT with the clause tense (resolve.ts, tense.ts).
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import type { TimexType } from '../model/schema.js';
import {
  addDays, addMonths, fmtDate, fmtMonth, fmtWeek, isValidYmd, monthDays, pad, quarterOf, type Ymd,
} from './calendar.js';
import {
  AMBIGUOUS_MONTHS, DAY_PARTS, MONTHS, NUMBER_WORDS, ORDINALS, POSITION_MODS, QUANT_MODS, REF_WORDS, SEASONS,
  SET_WORDS, UNITS, WEEKDAYS, ZONES, isPluralUnit, type Unit,
} from './lexicon.js';
import {
  lastCompletedQuarter, monthDayValue, monthValue, resolveWeekday, seasonValue, yearForHalf, yearForMonthDay,
  yearForQuarter,
} from './resolve.js';
import { clauseTense, type Tense } from './tense.js';
import { tokenIds, TypeFlag, vocab } from '../text/vocab.js';

/** One recognized expression: token extent [s, e), optional char extent inside the tokens. */
export interface TimeMatch {
  s: number;
  e: number;
  cs?: number;
  ce?: number;
  type: TimexType;
  value: string;
  anchor?: string;
  mod?: string;
  rule: string;
}

interface Core {
  e: number;
  type: TimexType;
  value: string;
  anchor?: string;
  mod?: string;
  rule: string;
  /** Char end override when the expression ends inside a token ("May 7" of "May 7-9"). */
  ce?: number;
  /** Further expressions found inside the same tokens (the "9" of "May 7-9"). */
  extra?: TimeMatch[];
  /** The core began with a count ("two weeks"): quantity modifiers may attach. */
  counted?: boolean;
}

type Rel = 'last' | 'next' | 'this' | null;

const REL_WORDS = new Map<string, string>([
  ['last', 'last'], ['past', 'past'], ['next', 'next'], ['coming', 'next'], ['previous', 'previous'],
  ['following', 'following'], ['latest', 'latest'], ['current', 'this'], ['this', 'this'], ['recent', 'recent'],
  ['each', 'each'], ['every', 'each'], ['per', 'each'], ['same', 'same'], ['final', 'past'], ['preceding', 'previous'],
  ['upcoming', 'next'], ['prior', 'previous'], ['first', 'first'],
]);

const YEAR_PREPS = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'during', 'from', 'to', 'through', 'before', 'after', 'early', 'late',
  'mid', 'fiscal', 'year', 'between', 'and', 'for', 'around', 'about', 'circa', 'throughout', 'spring', 'summer',
  'fall', 'autumn', 'winter', 'as', 'at', 'on', 'within', 'into', 'end', 'beginning', 'start', 'middle', 'than',
]);

const MONTH_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'during', 'from', 'to', 'through', 'before', 'after', 'early', 'late',
  'mid', 'last', 'this', 'next', 'end', 'beginning', 'middle', 'start', 'throughout', 'until', 'between', 'and',
]);

const DURATION_PREPS = new Set(['for', 'in', 'within', 'over', 'after', 'from', 'of', 'during', 'than', 'about', 'some']);

/** Words after "a"/"per" that show a rate: "$40 billion a year", "twice a day". */
const RATE_BEFORE = new Set([
  'times', 'twice', 'once', 'thrice', 'billion', 'million', 'trillion', 'thousand', 'percent', '%', 'dollars', 'cents',
  'tons', 'barrels', 'units', 'hours', 'miles', 'people', 'flights', 'cars', 'vehicles', 'aircraft', 'planes',
]);

/** Words between a count and its unit: "two more weeks", "eight trading days". */
const COUNT_FILLERS = new Set(['more', 'additional', 'further', 'straight', 'consecutive', 'trading', 'business', 'working', 'full', 'extra']);

const MERIDIEM = new Map<string, number>([['a.m.', 0], ['am', 0], ['a.m', 0], ['p.m.', 12], ['pm', 12], ['p.m', 12]]);

const HOLIDAYS = new Map<string, [number, number]>([
  ['christmas', [12, 25]], ['halloween', [10, 31]],
]);

let triggerSet: Set<string> | null = null;

/** First words of the two-word quantity modifiers ("up", "at", "more", ...). */
const QUANT_MOD_FIRST_WORDS = new Set([...QUANT_MODS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** Per word type: can a word token spelled so open an expression (a trigger word, a hyphenated or a digit-led word)? */
const mayOpen = new TypeFlag((id) => {
  const w = vocab.lower(id);
  return triggers().has(w) || w.indexOf('-') >= 0 || (w.charCodeAt(0) <= 57 && w.charCodeAt(0) >= 48);
});

/** Lower-cased words that may open a time expression (built once from the lexicons). */
function triggers(): Set<string> {
  if (triggerSet) return triggerSet;
  const t = new Set<string>([
    'at', 'the', 'a', 'an', 'last', 'next', 'this', 'coming', 'past', 'previous', 'early', 'late', 'mid', 'earlier',
    'later', 'fiscal', 'today', 'yesterday', 'tomorrow', 'tonight', 'noon', 'midnight', 'midday', 'year', 'new',
    'thanksgiving', 'christmas', 'halloween', 'several', 'few', 'many', 'some', 'numerous', 'each', 'every', 'per',
    'recent', 'current', 'latest', 'following', 'upcoming', 'prior', 'preceding', 'same', 'final', 'first', 'that',
    'more', 'less', 'fewer', 'up', 'just', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over',
    'under', 'some', 'couple', 'dozen', 'half',
  ]);
  for (const m of [MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINALS, UNITS, SEASONS, REF_WORDS, SET_WORDS, QUANT_MODS]) {
    for (const k of m.keys()) t.add(k.split(' ')[0]);
  }
  for (const k of WEEKDAYS.keys()) if (!k.endsWith('.')) t.add(`${k}s`);
  triggerSet = t;
  return t;
}

export class Recognizer {
  /** Vocabulary ids of the tokens (lower-cased forms shared with the other stages). */
  private readonly ids: Int32Array;
  private readonly n: number;
  private quarterContext: boolean | undefined;
  /** The latest explicit day, month and year named so far (left to right): what "that day", "the following year" refer to. */
  private lastDay: Ymd | null = null;
  private lastMonth: { y: number; m: number } | null = null;
  private lastYear: number | null = null;
  private lastDaySentence = -1;
  private lastMonthSentence = -1;

  constructor(
    private readonly doc: Doc,
    private readonly dct: Ymd,
  ) {
    this.n = doc.tokens.count;
    this.ids = tokenIds(doc);
  }

  lower(i: number): string {
    if (i < 0 || i >= this.n) return '';
    return vocab.lower(this.ids[i]);
  }

  private isNumber(i: number): boolean {
    return i >= 0 && i < this.n && this.doc.tokens.kind[i] === TokKind.Number;
  }

  private sentenceBounds(i: number): [number, number] {
    const s = this.doc.sentences[this.doc.tokens.sentence[i]];
    return s ? [s.tokStart, s.tokEnd] : [0, this.n];
  }

  private tense(s: number, e: number): Tense | null {
    const [a, b] = this.sentenceBounds(s);
    return clauseTense((k) => this.lower(k), s, e, a, b);
  }

  /** Whether the sentence of token i talks about quarters: "a year earlier" then means the quarter a year back. */
  private sentenceHasQuarter(i: number): boolean {
    const [a, b] = this.sentenceBounds(i);
    for (let k = a; k < b; k++) {
      const w = this.lower(k);
      if (w === 'quarter' || w.endsWith('-quarter') || w === 'quarterly') return true;
    }
    return false;
  }

  /** Any "quarter" word in the document (earnings reports): "the latest period" is then a quarter. */
  private docHasQuarter(): boolean {
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

  /** All expressions in the document, left to right, non-overlapping. */
  run(): TimeMatch[] {
    const out: TimeMatch[] = [];
    const kind = this.doc.tokens.kind;
    for (let i = 0; i < this.n; ) {
      // Cheap gate: only tokens that can open an expression are tried.
      const k = kind[i];
      if (k === TokKind.Word) {
        if (!mayOpen.get(this.ids[i])) {
          i++;
          continue;
        }
      } else if (k !== TokKind.Number && !(k === TokKind.Quote && i + 1 < this.n && kind[i + 1] === TokKind.Word)) {
        i++;
        continue;
      }
      const m = this.matchAt(i);
      if (m) {
        out.push(m.main);
        this.noteReference(m.main);
        let next = m.main.e;
        if (m.extra) {
          out.push(...m.extra);
          for (const x of m.extra) next = Math.max(next, x.e);
        }
        i = next;
      } else i++;
    }
    return out;
  }

  /** Remember the calendar point a DATE/TIME names, for the anaphoric references after it. */
  private noteReference(t: TimeMatch): void {
    if (t.type !== 'DATE' && t.type !== 'TIME') return;
    const v = t.value;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(v);
    if (!m) return;
    const y = Number(m[1]);
    this.lastYear = y;
    if (m[2]) {
      this.lastMonth = { y, m: Number(m[2]) };
      this.lastMonthSentence = this.doc.tokens.sentence[t.s];
    }
    if (m[2] && m[3] && isValidYmd(y, Number(m[2]), Number(m[3]))) {
      this.lastDay = { y, m: Number(m[2]), d: Number(m[3]) };
      this.lastDaySentence = this.doc.tokens.sentence[t.s];
    }
  }

  /**
   * Anaphoric references, resolved TimeML-style against the latest explicit date before them (else the DCT):
   * "that day", "the same day", "that same year", "that month", "the following year", "the next day", "the previous day".
   */
  private matchAnaphoric(i: number): Core | null {
    const w = this.lower(i);
    let k = i + 1;
    let shift = 0;
    if (w === 'that') {
      if (this.lower(k) === 'same') k++;
    } else if (w === 'the') {
      const r = this.lower(k);
      if (r === 'same') shift = 0;
      else if (r === 'following' || r === 'next') shift = 1;
      else if (r === 'previous' || r === 'preceding' || r === 'prior') shift = -1;
      else return null;
      // "over the next year", "for the previous month": measured, not named.
      if (shift !== 0 && DURATION_PREPS.has(this.lower(i - 1))) return null;
      // "the next day" without an earlier date: the DCT's neighbour, as before.
      if (shift === 1 && r === 'next' && this.lastDay === null) return null;
      k++;
    } else return null;
    const unit = this.lower(k);
    let e = k + 1;
    // "that day one motions": a compound, not a reference.
    if (NUMBER_WORDS.has(this.lower(e)) && this.lower(e) !== 'a') return null;
    // "the same month a year ago": the anchor's month, a year back.
    let yearBack = 0;
    if (w === 'the' && shift === 0 && this.lower(e) === 'a' && this.lower(e + 1) === 'year' && (this.lower(e + 2) === 'ago' || this.lower(e + 2) === 'earlier')) {
      yearBack = 1;
      e += 3;
    }
    if (unit === 'day' || unit === 'night' || unit === 'morning' || unit === 'evening' || unit === 'afternoon') {
      const base = this.lastDay ?? this.dct;
      const day = addDays({ ...base, y: base.y - yearBack }, shift);
      const part = DAY_PARTS.get(unit);
      if (part && w === 'that') return { e, type: 'TIME', value: `${fmtDate(day)}T${part}`, rule: 'time.anaphoric.daypart' };
      if (unit !== 'day') return null;
      return { e, type: 'DATE', value: fmtDate(day), rule: 'time.anaphoric.day' };
    }
    if (unit === 'week') {
      const base = this.lastDay ?? this.dct;
      return { e, type: 'DATE', value: fmtWeek(addDays(base, 7 * shift)), rule: 'time.anaphoric.week' };
    }
    if (unit === 'month') {
      const base = this.lastMonth ?? this.dct;
      const t = addMonths({ y: base.y - yearBack, m: base.m, d: 1 }, shift);
      return { e, type: 'DATE', value: fmtMonth(t.y, t.m), rule: 'time.anaphoric.month' };
    }
    if (unit === 'year') {
      const base = this.lastYear ?? this.dct.y;
      return { e, type: 'DATE', value: pad(base + shift - yearBack, 4), rule: 'time.anaphoric.year' };
    }
    return null;
  }

  /**
   * "the same period last year", "the corresponding period a year ago", "the comparable period of the last year":
   * a year before the period just reported: the reported quarter in an earnings story, else the month named
   * in this sentence, else last year.
   */
  private matchComparablePeriod(i: number): Core | null {
    const adj = this.lower(i + 1);
    if (adj !== 'same' && adj !== 'corresponding' && adj !== 'comparable' && adj !== 'year-earlier' && adj !== 'year-ago') return null;
    if (this.lower(i + 2) !== 'period') return null;
    let e = i + 3;
    const a = this.lower(e);
    if (a === 'last' && this.lower(e + 1) === 'year') e += 2;
    else if (a === 'a' && this.lower(e + 1) === 'year' && (this.lower(e + 2) === 'ago' || this.lower(e + 2) === 'earlier')) e += 3;
    else if (a === 'of' && this.lower(e + 1) === 'the' && this.lower(e + 2) === 'last' && this.lower(e + 3) === 'year') e += 4;
    else if (a === 'of' && this.lower(e + 1) === 'last' && this.lower(e + 2) === 'year') e += 3;
    else if (!(adj === 'year-earlier' || adj === 'year-ago')) return null;
    if (this.docHasQuarter()) {
      const q = lastCompletedQuarter(this.dct);
      return { e, type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, rule: 'time.period.year-ago' };
    }
    if (this.lastMonth && this.lastMonthSentence === this.doc.tokens.sentence[i]) {
      return { e, type: 'DATE', value: fmtMonth(this.lastMonth.y - 1, this.lastMonth.m), rule: 'time.period.year-ago' };
    }
    return { e, type: 'DATE', value: pad(this.dct.y - 1, 4), rule: 'time.period.year-ago' };
  }

  // ---------------------------------------------------------------------------------------------------------
  // Entry: modifiers + core

  private matchAt(i: number): { main: TimeMatch; extra?: TimeMatch[] } | null {
    const w = this.lower(i);
    const kind = this.doc.tokens.kind[i];
    if (kind === TokKind.Punct || kind === TokKind.Quote) {
      // "'90s"
      if ((w === "'" || w === '’') && /^\d0s$/.test(this.lower(i + 1))) {
        const d = Number(this.lower(i + 1)[0]);
        return this.wrap(i, { e: i + 2, type: 'DATE', value: `19${d}`, rule: 'time.decade-short' });
      }
      return null;
    }

    // "at present"
    if (w === 'at' && this.lower(i + 1) === 'present') {
      return this.wrap(i, { e: i + 2, type: 'DATE', value: 'PRESENT_REF', rule: 'time.ref.at-present' });
    }

    // Quantity modifiers: "about", "more than", "up to" ... attach to counted cores only.
    let j = i;
    let qmod: string | undefined;
    // Two-word modifiers ("more than") only after their first words: no string built for every other token.
    const two = QUANT_MOD_FIRST_WORDS.has(w) ? `${w} ${this.lower(i + 1)}` : '';
    if (two && QUANT_MODS.has(two)) {
      qmod = QUANT_MODS.get(two);
      j = i + 2;
    } else if (QUANT_MODS.has(w)) {
      qmod = QUANT_MODS.get(w);
      j = i + 1;
    }
    if (qmod && this.lower(j) !== 'the') {
      const core = this.matchPositioned(j);
      if (core && (core.counted || core.type === 'DURATION')) {
        return this.wrap(i, { ...core, mod: core.mod ?? qmod });
      }
      return null;
    }
    if (qmod) return null;
    const core = this.matchPositioned(i);
    return core ? this.wrap(i, core) : null;
  }

  private wrap(s: number, core: Core): { main: TimeMatch; extra?: TimeMatch[] } {
    const main: TimeMatch = { s, e: core.e, type: core.type, value: core.value, rule: core.rule };
    if (core.ce !== undefined) main.ce = core.ce;
    if (core.anchor) main.anchor = core.anchor;
    if (core.mod) main.mod = core.mod;
    return core.extra ? { main, extra: core.extra } : { main };
  }

  /** Position modifiers: "early", "late", "mid-", "earlier this", "the end of", "the beginning of". */
  private matchPositioned(i: number): Core | null {
    const w = this.lower(i);
    // "the end of X", "the beginning of X", "the middle of X", "the start of X"
    if (w === 'the' && POSITION_MODS.has(this.lower(i + 1)) && this.lower(i + 2) === 'of') {
      const inner = this.matchCore(i + 3);
      if (inner && inner.type === 'DATE') return { ...inner, mod: POSITION_MODS.get(this.lower(i + 1)) };
      return null;
    }
    if ((w === 'early' || w === 'late' || w === 'mid' || w === 'earlier' || w === 'later') && i + 1 < this.n) {
      const inner = this.matchCore(i + 1);
      if (inner && inner.type === 'DATE' && !inner.value.endsWith('_REF')) {
        return { ...inner, mod: POSITION_MODS.get(w), rule: inner.rule };
      }
      return null;
    }
    return this.matchCore(i);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cores

  private matchCore(i: number): Core | null {
    if (i >= this.n) return null;
    const w = this.lower(i);
    const kind = this.doc.tokens.kind[i];

    if (kind === TokKind.Number) {
      return this.matchNumberStart(i);
    }
    if (w.includes('-')) {
      const h = this.matchHyphenated(i);
      if (h) return h;
    }
    const ref = REF_WORDS.get(w);
    if (ref) {
      if (w === 'recent' && UNITS.has(this.lower(i + 1)) && isPluralUnit(this.lower(i + 1))) {
        return { e: i + 2, type: 'DATE', value: 'PAST_REF', rule: 'time.ref.recent-units' };
      }
      if (w === 'current' && !this.currentIsTemporal(i)) return null;
      return { e: i + 1, type: 'DATE', value: ref, rule: 'time.ref.word' };
    }
    const digitLed = startsWithDigit(w);
    if (digitLed && /^\d{4}s$/.test(w)) return { e: i + 1, type: 'DATE', value: w.slice(0, 3), rule: 'time.decade' };
    if (w === 'midday') return this.clockWithDay(i, i + 1, 'T12:00');
    if (w === 'year' && (this.lower(i + 1) === "'s" || this.lower(i + 1) === '’s') && this.lower(i + 2) === 'end') {
      return { e: i + 3, type: 'DATE', value: pad(this.dct.y, 4), mod: 'END', rule: 'time.year-end' };
    }
    if (w === 'year' && this.lower(i + 1) === 'end') return { e: i + 2, type: 'DATE', value: pad(this.dct.y, 4), mod: 'END', rule: 'time.year-end' };
    const cent = digitLed ? /^(\d{1,2})(st|nd|rd|th)$/.exec(w) : null;
    if (cent && this.lower(i + 1) === 'century') return { e: i + 2, type: 'DATE', value: pad(Number(cent[1]) - 1, 2), rule: 'time.century' };
    const set = SET_WORDS.get(w);
    if (set) return { e: i + 1, type: 'SET', value: set, rule: 'time.set.word' };

    if (w === 'today' || w === 'yesterday' || w === 'tomorrow' || w === 'tonight') return this.matchDeicticDay(i);
    if (w === 'noon' || w === 'midnight') return this.clockWithDay(i, i + 1, w === 'noon' ? 'T12:00' : 'T24:00');
    if (WEEKDAYS.has(w)) {
      // "Tuesday nights": a weekly set.
      const nights = this.lower(i + 1);
      if (nights.length > 1 && nights.endsWith('s') && DAY_PARTS.has(nights.slice(0, -1))) {
        return { e: i + 2, type: 'SET', value: `XXXX-WXX-${WEEKDAYS.get(w)}T${DAY_PARTS.get(nights.slice(0, -1))}`, rule: 'time.set.weekday' };
      }
      return this.matchWeekday(i, null);
    }
    if (w === 'each' || w === 'every') {
      const set = this.matchCalendarSet(i + 1);
      if (set) return set;
    }
    // "on Mondays"
    if (w.length > 6 && w.endsWith('s') && WEEKDAYS.has(w.slice(0, -1)) && this.capitalized(i)) {
      return this.calendarSetAt(i, WEEKDAYS.get(w.slice(0, -1))!, 'time.set.weekday');
    }
    if (MONTHS.has(w)) return this.matchMonth(i, null);
    if (w === 'fiscal') return this.matchFiscal(i);
    if (SEASONS.has(w)) return this.matchSeason(i, null, false);
    const holiday = this.matchHoliday(i);
    if (holiday) return holiday;
    if (w === 'nineteen' || w === 'eighteen') {
      const y = this.spelledYear(i);
      if (y) return y;
    }

    if (w === 'that' || w === 'the') {
      const ana = this.matchAnaphoric(i) ?? this.matchComparablePeriod(i);
      if (ana) return ana;
    }
    if (w === 'the') {
      const next = this.lower(i + 1);
      if (next === 'past' || next === 'future' || next === 'present') {
        const after = this.lower(i + 2);
        const counted = this.parseCount(i + 2) !== null || UNITS.has(after);
        if (!counted) {
          return { e: i + 2, type: 'DATE', value: next === 'past' ? 'PAST_REF' : next === 'future' ? 'FUTURE_REF' : 'PRESENT_REF', rule: 'time.ref.the' };
        }
      }
      if ((next === 'near' || next === 'foreseeable' || next === 'distant' || next === 'immediate') && this.lower(i + 2) === 'future') {
        return { e: i + 3, type: 'DATE', value: 'FUTURE_REF', rule: 'time.ref.the' };
      }
      // "the week of March 6": the ISO week of that day.
      if ((next === 'week' || next === 'weekend') && this.lower(i + 2) === 'of' && MONTHS.has(this.lower(i + 3))) {
        const m = this.matchMonth(i + 3, null, i);
        const ymd = m && !m.extra ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value) : null;
        if (m && ymd) {
          const week = fmtWeek({ y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) });
          return { e: m.e, type: 'DATE', value: next === 'week' ? week : `${week}-WE`, rule: 'time.week-of' };
        }
      }
      if (next === 'weekend') return { e: i + 2, type: 'DATE', value: this.weekendValue(i), rule: 'time.weekend.the' };
      if (next === 'early' || next === 'late' || next === 'mid') {
        const inner = this.matchCore(i + 2);
        if (inner && inner.type === 'DATE' && /^\d/.test(inner.value)) return { ...inner, mod: POSITION_MODS.get(next) };
      }
      if (next === 'year') {
        const ys = this.yearSpanAt(i + 2);
        if (ys) return { e: ys.e, type: 'DATE', value: pad(ys.y, 4), rule: 'time.year.the-year' };
      }
      if (next === 'nineties' || next === 'eighties' || next === 'seventies' || next === 'sixties') {
        const d = { sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[next];
        return { e: i + 2, type: 'DATE', value: `19${d}`, rule: 'time.decade.word' };
      }
      if (next === 'full' && this.lower(i + 2) === 'year') return { e: i + 3, type: 'DATE', value: pad(this.dct.y, 4), rule: 'time.unit.full-year' };
      const cent = ORDINALS.get(withoutOrdinalSuffix(next)) ?? (startsWithDigit(next) && /^\d{1,2}(st|nd|rd|th)$/.test(next) ? Number.parseInt(next, 10) : undefined);
      if (cent !== undefined && cent > 0 && this.lower(i + 2) === 'century') {
        return { e: i + 3, type: 'DATE', value: pad(cent - 1, 2), rule: 'time.century' };
      }
      if (SEASONS.has(next)) return this.matchSeason(i + 1, null, true, i);
      const ord = this.matchOrdinalPeriod(i + 1, i);
      if (ord) return ord;
      const yq = this.yearQualifiedPeriod(i + 1);
      if (yq) return yq;
      if (/^\d{4}s$/.test(next)) return { e: i + 2, type: 'DATE', value: next.slice(0, 3), rule: 'time.decade' };
    }
    if (w === 'the' && (this.lower(i + 1) === 'previous' || this.lower(i + 1) === 'following') && WEEKDAYS.has(this.lower(i + 2))) {
      return this.matchWeekday(i + 2, this.lower(i + 1) === 'previous' ? 'last' : 'next', i);
    }
    if (w === 'last' || w === 'next' || w === 'this' || w === 'coming' || w === 'past') {
      const next = this.lower(i + 1);
      const rel: Rel = w === 'last' || w === 'past' ? 'last' : w === 'this' ? 'this' : 'next';
      if (WEEKDAYS.has(next) && w !== 'past') return this.matchWeekday(i + 1, rel, i);
      if (MONTHS.has(next) && w !== 'past') return this.matchMonth(i + 1, rel, i);
      if (SEASONS.has(next)) return this.matchSeason(i + 1, rel, true, i);
      if ((w === 'last' || w === 'this') && (next === 'night' || DAY_PARTS.has(next))) {
        const day = w === 'last' ? addDays(this.dct, -1) : this.dct;
        const code = w === 'last' && next !== 'night' ? DAY_PARTS.get(next)! : DAY_PARTS.get(next)!;
        return { e: i + 2, type: 'TIME', value: `${fmtDate(day)}T${code}`, rule: 'time.daypart.rel' };
      }
    }
    if (ORDINALS.has(w) && (this.lower(i + 1) === 'quarter' || this.lower(i + 1) === 'half')) {
      return this.matchOrdinalPeriod(i, i);
    }
    return this.matchUnitPhrase(i);
  }

  /** After "each"/"every": a weekday ("each Thursday"), a month ("every July") or a season ("each summer"). */
  private matchCalendarSet(k: number): Core | null {
    const w = this.lower(k);
    const wd = WEEKDAYS.get(w);
    if (wd !== undefined) return this.calendarSetAt(k, wd, 'time.set.each-weekday');
    const m = MONTHS.get(w);
    if (m !== undefined && (w.length > 3 || w === 'may' || w.endsWith('.'))) return { e: k + 1, type: 'SET', value: `XXXX-${pad(m, 2)}`, rule: 'time.set.each-month' };
    const season = SEASONS.get(w);
    if (season !== undefined) return { e: k + 1, type: 'SET', value: `XXXX-${season}`, rule: 'time.set.each-season' };
    return null;
  }

  /** A weekly set at weekday token k, with a part of the day after it: XXXX-WXX-4, XXXX-WXX-2TNI. */
  private calendarSetAt(k: number, wd: number, rule: string): Core {
    const next = this.lower(k + 1);
    const part = DAY_PARTS.get(next) ?? (next.endsWith('s') ? DAY_PARTS.get(next.slice(0, -1)) : undefined);
    if (part) return { e: k + 2, type: 'SET', value: `XXXX-WXX-${wd}T${part}`, rule };
    return { e: k + 1, type: 'SET', value: `XXXX-WXX-${wd}`, rule };
  }

  /** "the weekend": the one just past unless told in the future (or the DCT is on it). */
  private weekendValue(i: number): string {
    const wd = weekdayOf(this.dct);
    if (wd >= 6) return `${fmtWeek(this.dct)}-WE`;
    const tense = this.tense(i, i + 2);
    return `${fmtWeek(addDays(this.dct, tense === 'future' ? 0 : -7))}-WE`;
  }

  /** "nineteen ninety-six", "nineteen eighty four": a year spelled out (broadcast transcripts). */
  private spelledYear(i: number): Core | null {
    const century = NUMBER_WORDS.get(this.lower(i));
    if (century === undefined || century < 11 || century > 20) return null;
    const w = this.lower(i + 1);
    let rest = this.numberValue(w);
    let e = i + 2;
    if (rest !== null && rest >= 20 && rest % 10 === 0 && rest < 100) {
      const unit = NUMBER_WORDS.get(this.lower(i + 2));
      if (unit !== undefined && unit < 10 && unit >= 1 && this.lower(i + 2) !== 'a') {
        rest += unit;
        e++;
      }
    }
    if (rest === null || rest < 10 || rest > 99) return null;
    return { e, type: 'DATE', value: pad(century * 100 + rest, 4), rule: 'time.year.spelled' };
  }

  /** "current" is temporal before a period word ("the current quarter") or alone as an adjective of state. */
  private currentIsTemporal(i: number): boolean {
    const next = this.lower(i + 1);
    if (UNITS.has(next)) return false; // handled as a unit phrase
    return next === 'account' ? false : true;
  }

  private matchDeicticDay(i: number): Core {
    const w = this.lower(i);
    if (w === 'tonight') return { e: i + 1, type: 'TIME', value: `${fmtDate(this.dct)}TNI`, rule: 'time.deictic' };
    const day = w === 'today' ? this.dct : addDays(this.dct, w === 'yesterday' ? -1 : 1);
    const part = DAY_PARTS.get(this.lower(i + 1));
    if (part) return { e: i + 2, type: 'TIME', value: `${fmtDate(day)}T${part}`, rule: 'time.deictic.daypart' };
    return { e: i + 1, type: 'DATE', value: fmtDate(day), rule: 'time.deictic' };
  }

  private matchWeekday(i: number, rel: Rel, s = i): Core {
    const wd = WEEKDAYS.get(this.lower(i))!;
    // "Friday, May 9, 2025": the explicit date decides.
    let e = i + 1;
    // "Friday Oct. 13" too.
    const dateAt = this.lower(e) === ',' ? e + 1 : e;
    if (MONTHS.has(this.lower(dateAt))) {
      const m = this.matchMonth(dateAt, null);
      if (m && !m.extra && /^\d{4}-\d{2}-\d{2}$/.test(m.value)) return { ...m, rule: 'time.weekday.date' };
    }
    // "Wednesday's ruling" names a known (past) day.
    const possessive = this.lower(e) === "'s" || this.lower(e) === '’s';
    const tense = possessive ? null : this.tense(s, e);
    const day = resolveWeekday(this.dct, wd, tense, rel);
    const part = DAY_PARTS.get(this.lower(e));
    if (part) return { e: e + 1, type: 'DATE', value: `${fmtDate(day)}T${part}`, rule: 'time.weekday.daypart' };
    return { e, type: 'DATE', value: fmtDate(day), rule: rel ? `time.weekday.${rel}` : 'time.weekday' };
  }

  /** Month-led dates: "May 9", "May 9, 2025", "May 7-9", "May 2025", "May of 2025", "May", "May 22nd". */
  private matchMonth(i: number, rel: Rel, s = i): Core | null {
    const w = this.lower(i);
    const m = MONTHS.get(w)!;
    let e = i + 1;
    // "Sept" "." split by the tokenizer in odd cases: skip a glued period.
    if (w.length <= 4 && this.lower(e) === '.' && this.doc.tokens.start[e] === this.doc.tokens.end[i] && this.dayOfMonth(e + 1) !== null) e++;
    const dayTok = this.lower(e);
    const range = /^(\d{1,2})-(\d{1,2})$/.exec(dayTok);
    const dayNum = this.dayOfMonth(e);
    if (range || dayNum) {
      const d1 = range ? Number(range[1]) : dayNum!;
      let endTok = e + 1;
      let year: number | null = null;
      let k = endTok;
      if (this.lower(k) === ',') k++;
      const y = this.yearAt(k);
      if (y !== null) {
        year = y;
        endTok = k + 1;
      }
      if (d1 < 1 || d1 > 31) return null;
      const tense = year === null ? this.tense(s, endTok) : null;
      let value = year !== null ? this.ymdValue(year, m, d1) : monthDayValue(this.dct, m, d1, tense);
      // "last Oct. 23", "next May 5": the occurrence before / after the DCT.
      if (year === null && (rel === 'last' || rel === 'next')) {
        const here = fmtDate(this.dct);
        let y = this.dct.y;
        if (rel === 'last' && this.ymdValue(y, m, d1) >= here) y--;
        if (rel === 'next' && this.ymdValue(y, m, d1) <= here) y++;
        value = this.ymdValue(y, m, d1);
      }
      // "since March 30" cannot lie ahead of the story.
      if (year === null && this.lower(s - 1) === 'since' && value > fmtDate(this.dct)) value = this.ymdValue(Number(value.slice(0, 4)) - 1, m, d1);
      if (range) {
        const d2 = Number(range[2]);
        const tokStart = this.doc.tokens.start[e];
        const dashAt = tokStart + range[1].length;
        const yv = Number(value.slice(0, 4));
        const second: TimeMatch = {
          s: e,
          e: endTok,
          cs: dashAt + 1,
          type: 'DATE',
          value: year !== null || true ? this.ymdValue(yv, m, d2) : '',
          rule: 'time.month-day.range-end',
        };
        return { e: e + 1, ce: dashAt, type: 'DATE', value, rule: 'time.month-day.range', extra: [second] };
      }
      return { e: endTok, type: 'DATE', value, rule: year !== null ? 'time.month-day-year' : 'time.month-day' };
    }
    // "May 2025", "May, 2025", "May of 2025"
    let k = e;
    if (this.lower(k) === ',' || this.lower(k) === 'of') k++;
    const ys = this.yearSpanAt(k);
    if (ys !== null) return { e: ys.e, type: 'DATE', value: fmtMonth(ys.y, m), rule: 'time.month-year' };
    // "June last year", "January this year", "October of next year"
    const ofRel = this.lower(e) === 'of' ? 1 : 0;
    const relYear = this.lower(e + ofRel);
    if ((relYear === 'this' || relYear === 'last' || relYear === 'next') && this.lower(e + ofRel + 1) === 'year') {
      const y2 = this.dct.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0);
      if (ofRel) {
        // "October of next year": two expressions (as MEANTIME marks them), the month in the named year.
        const year: TimeMatch = { s: e + 1, e: e + 3, type: 'DATE', value: pad(y2, 4), rule: `time.unit.${relYear}` };
        return { e, type: 'DATE', value: fmtMonth(y2, m), rule: 'time.month-rel-year', extra: [year] };
      }
      return { e: e + 2, type: 'DATE', value: fmtMonth(y2, m), rule: 'time.month-rel-year' };
    }
    // Lower-case "may" is the verb.
    if (w === 'may' && !this.capitalized(i)) return null;
    // "Jan Kavan": a short month form without its period before a capitalized word is a name.
    if (w.length <= 4 && !w.endsWith('.') && this.doc.tokens.kind[e] === TokKind.Word && this.capitalized(e)) return null;
    // Bare month: ambiguous names need a cue before them.
    const prev = this.lower(s - 1);
    if (rel === null && AMBIGUOUS_MONTHS.has(w) && !MONTH_CONTEXT.has(prev) && !MONTH_CONTEXT.has(this.lower(s))) return null;
    if (w.length <= 4 && !w.endsWith('.') && rel === null && !MONTH_CONTEXT.has(prev)) return null;
    if (rel === 'last' || rel === 'next') {
      let y2 = this.dct.y;
      if (rel === 'last') y2 = m >= this.dct.m ? this.dct.y - 1 : this.dct.y;
      else y2 = m <= this.dct.m ? this.dct.y + 1 : this.dct.y;
      return { e, type: 'DATE', value: fmtMonth(y2, m), rule: `time.month.${rel}` };
    }
    if (rel === 'this') return { e, type: 'DATE', value: fmtMonth(this.dct.y, m), rule: 'time.month.this' };
    return { e, type: 'DATE', value: monthValue(this.dct, m, this.tense(s, e)), rule: 'time.month' };
  }

  private ymdValue(y: number, m: number, d: number): string {
    if (!isValidYmd(y, m, d)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, monthDays(y, m)), 2)}`;
    return fmtDate({ y, m, d });
  }

  /** A day of month at token i: "9", "09", "9th", "22nd". */
  private dayOfMonth(i: number): number | null {
    const w = this.lower(i);
    const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w);
    if (!m) return null;
    const d = Number(m[1]);
    if (d < 1 || d > 31) return null;
    // "May 9 people": a count, not a day (a following plural noun).
    return d;
  }

  /** A year at token i, digits or spelled out ("nineteen ninety-six", "two thousand"): value and end token. */
  private yearSpanAt(i: number): { y: number; e: number } | null {
    const y = this.yearAt(i);
    if (y !== null) return { y, e: i + 1 };
    const w = this.lower(i);
    if (w === 'nineteen' || w === 'eighteen') {
      const c = this.spelledYear(i);
      if (c) return { y: Number(c.value), e: c.e };
    }
    if (w === 'two' && this.lower(i + 1) === 'thousand') {
      let e = i + 2;
      let add = 0;
      const k = this.lower(e) === 'and' ? e + 1 : e;
      const v = this.numberValue(this.lower(k));
      if (v !== null && v >= 1 && v < 100 && this.lower(k) !== 'a') {
        add = v;
        e = k + 1;
      }
      return { y: 2000 + add, e };
    }
    return null;
  }

  /** A four-digit year at token i (plausible range), or null. */
  private yearAt(i: number): number | null {
    const w = this.lower(i);
    if (w.length !== 4 || !this.isNumber(i)) return null;
    const y = Number(w);
    return y >= 1000 && y <= 2199 ? y : null;
  }

  private matchFiscal(i: number): Core | null {
    let e = i + 1;
    if (this.lower(e) === 'year') e++;
    const y = this.yearAt(e) ?? this.shortFiscalYear(e);
    if (y !== null) {
      const r = this.withPossessivePeriod(e + 1, y, { e: e + 1, type: 'DATE', value: pad(y, 4), rule: 'time.fiscal-year' });
      return r;
    }
    return null;
  }

  /** "fiscal '98" / "fiscal 98". */
  private shortFiscalYear(i: number): number | null {
    const w = this.lower(i);
    if (/^\d{2}$/.test(w)) {
      const v = Number(w);
      return v >= 50 ? 1900 + v : 2000 + v;
    }
    return null;
  }

  /** "1998's third quarter", "this year's first half". */
  private withPossessivePeriod(i: number, year: number, base: Core): Core {
    if ((this.lower(i) === "'s" || this.lower(i) === '’s') && ORDINALS.has(this.lower(i + 1))) {
      const unit = this.lower(i + 2);
      const n = ORDINALS.get(this.lower(i + 1))!;
      if (unit === 'quarter' && n >= 1 && n <= 4) return { e: i + 3, type: 'DATE', value: `${pad(year, 4)}-Q${n}`, rule: 'time.quarter.of-year' };
      if (unit === 'half' && n >= 1 && n <= 2) return { e: i + 3, type: 'DATE', value: `${pad(year, 4)}-H${n}`, rule: 'time.half.of-year' };
    }
    // "last year's quarter": the reported quarter, in that year.
    if ((this.lower(i) === "'s" || this.lower(i) === '’s') && this.lower(i + 1) === 'quarter' && this.docHasQuarter()) {
      return { e: i + 2, type: 'DATE', value: `${pad(year, 4)}-Q${lastCompletedQuarter(this.dct).q}`, rule: 'time.quarter.of-year' };
    }
    return base;
  }

  private matchSeason(i: number, rel: Rel, determined: boolean, s = i): Core | null {
    const w = this.lower(i);
    const code = SEASONS.get(w)!;
    let e = i + 1;
    let k = e;
    if (this.lower(k) === 'of') k++;
    const ys = this.yearSpanAt(k);
    if (ys !== null) return { e: ys.e, type: 'DATE', value: `${pad(ys.y, 4)}-${code}`, rule: 'time.season.year' };
    if (!determined) {
      const prev = this.lower(s - 1);
      if (!(prev === 'in' || prev === 'during' || prev === 'since' || prev === 'until' || prev === 'by' || prev === 'this' || prev === 'last' || prev === 'next' || prev === 'through')) return null;
      if (w === 'fall' && prev !== 'in' && prev !== 'this') return null;
    }
    const tense = rel ? null : this.tense(s, e);
    return { e, type: 'DATE', value: seasonValue(this.dct, code, rel, tense), rule: rel ? `time.season.${rel}` : 'time.season' };
  }

  private matchHoliday(i: number): Core | null {
    const w = this.lower(i);
    const fixed = HOLIDAYS.get(w);
    if (fixed) {
      let e = i + 1;
      if (this.lower(e) === 'day' || this.lower(e) === 'eve') e++;
      const d = this.lower(i + 1) === 'eve' ? fixed[1] - 1 : fixed[1];
      const y = yearForMonthDay(this.dct, fixed[0], d, this.tense(i, e));
      return { e, type: 'DATE', value: this.ymdValue(y, fixed[0], d), rule: 'time.holiday' };
    }
    if (w === 'thanksgiving') {
      const e = this.lower(i + 1) === 'day' ? i + 2 : i + 1;
      const y = yearForMonthDay(this.dct, 11, 25, this.tense(i, e));
      // Fourth Thursday of November.
      const first = { y, m: 11, d: 1 };
      const wd = ((4 - weekdayOf(first) + 7) % 7) + 1;
      return { e, type: 'DATE', value: fmtDate({ y, m: 11, d: wd + 21 }), rule: 'time.holiday' };
    }
    if (w === 'new' && this.lower(i + 1) === 'year' && (this.lower(i + 2) === "'s" || this.lower(i + 2) === '’s')) {
      const kind = this.lower(i + 3);
      if (kind === 'day' || kind === 'eve') {
        const ymd: [number, number] = kind === 'day' ? [1, 1] : [12, 31];
        const y = yearForMonthDay(this.dct, ymd[0], ymd[1], this.tense(i, i + 4));
        return { e: i + 4, type: 'DATE', value: this.ymdValue(y, ymd[0], ymd[1]), rule: 'time.holiday' };
      }
    }
    return null;
  }

  /** Cores that start with a number token: years, day-month, clock times, numeric dates, counted units. */
  private matchNumberStart(i: number): Core | null {
    const w = this.lower(i);
    // Clock time "10:30"
    const clock = /^(\d{1,2}):(\d{2})$/.exec(w);
    if (clock) return this.clockTime(i, Number(clock[1]), Number(clock[2]));
    // Numeric date "5/9/2025"
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(w);
    if (slash) {
      let y = Number(slash[3]);
      if (slash[3].length === 2) y += y >= 50 ? 1900 : 2000;
      const mo = Number(slash[1]);
      const d = Number(slash[2]);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return { e: i + 1, type: 'DATE', value: this.ymdValue(y, mo, d), rule: 'time.numeric-date' };
      return null;
    }
    // "9 May 2025", "9th of May"
    const day = this.dayOfMonth(i);
    if (day !== null) {
      let k = i + 1;
      if (this.lower(k) === 'of') k++;
      const mw = this.lower(k);
      if (MONTHS.has(mw) && !(mw === 'may' && k === i + 1 && !this.capitalized(k))) {
        const m = MONTHS.get(mw)!;
        let e = k + 1;
        let y: number | null = null;
        let kk = e;
        if (this.lower(kk) === ',') kk++;
        const yy = this.yearAt(kk);
        if (yy !== null) {
          y = yy;
          e = kk + 1;
        }
        const value = y !== null ? this.ymdValue(y, m, day) : monthDayValue(this.dct, m, day, this.tense(i, e));
        return { e, type: 'DATE', value, rule: 'time.day-month' };
      }
    }
    // "10 a.m.", "3 pm"
    if (MERIDIEM.has(this.lower(i + 1)) && /^\d{1,2}$/.test(w)) return this.clockTime(i, Number(w), 0);
    // Years
    const y = this.yearAt(i);
    if (y !== null && this.looksLikeYear(i)) {
      return this.withPossessivePeriod(i + 1, y, { e: i + 1, type: 'DATE', value: pad(y, 4), rule: 'time.year' });
    }
    // Counted units: "two weeks", "24 hours"
    return this.matchUnitPhrase(i);
  }

  private allCaps(i: number): boolean {
    return (this.doc.tokens.flags[i] & 16) !== 0;
  }

  private capitalized(i: number): boolean {
    const c = this.doc.text.charCodeAt(this.doc.tokens.start[i]);
    return c >= 65 && c <= 90;
  }

  /** A 4-digit number is a year unless it counts something ("1500 troops") or is money. */
  private looksLikeYear(i: number): boolean {
    const w = this.lower(i);
    const y = Number(w);
    const prev = this.lower(i - 1);
    const next = this.lower(i + 1);
    if (prev === '$' || prev === '#' || next === '%' || next === 'percent') return false;
    if (YEAR_PREPS.has(prev)) return true;
    if (y < 1900 || y > 2100) return false;
    if (next.length > 2 && this.doc.tokens.kind[i + 1] === TokKind.Word && next.endsWith('s') && !UNITS.has(next) && !this.capitalized(i + 1)) {
      return false;
    }
    return true;
  }

  private clockTime(i: number, h: number, min: number): Core | null {
    if (h > 24 || min > 59) return null;
    let e = i + 1;
    const mer = MERIDIEM.get(this.lower(e));
    if (mer !== undefined) {
      if (h > 12) return null;
      h = (h % 12) + mer;
      e++;
    }
    let zone = '';
    const z = ZONES.get(this.lower(e));
    if (z !== undefined) {
      zone = z;
      e++;
    }
    // A bare "10:30" without am/pm or zone is often a score or a ratio: want a cue.
    if (mer === undefined && zone === '' && !(this.lower(i - 1) === 'at' || this.lower(i - 1) === 'by' || this.lower(i - 1) === 'until')) return null;
    return this.clockWithDay(i, e, `T${pad(h, 2)}:${pad(min, 2)}${zone}`);
  }

  /** A clock time, with the day that follows it when there is one: "10 p.m. Wednesday", "noon yesterday". */
  private clockWithDay(s: number, e: number, clock: string): Core {
    // "10:35 a.m. (0735 GMT) Friday": look past a short parenthetical for the day.
    let k = e;
    if (this.lower(k) === '(') {
      let close = k + 1;
      while (close < this.n && close < k + 6 && this.lower(close) !== ')') close++;
      if (this.lower(close) === ')') k = close + 1;
    }
    // "5 p.m. EST, Nov. 6"
    if (this.lower(k) === ',' && MONTHS.has(this.lower(k + 1))) k++;
    const w = this.lower(k);
    let day: Ymd | null = null;
    if (WEEKDAYS.has(w)) {
      day = resolveWeekday(this.dct, WEEKDAYS.get(w)!, this.tense(s, k + 1), null);
      e = k + 1;
    } else if (w === 'today' || w === 'yesterday' || w === 'tomorrow') {
      day = w === 'today' ? this.dct : addDays(this.dct, w === 'yesterday' ? -1 : 1);
      e = k + 1;
    } else if (MONTHS.has(w)) {
      const m = this.matchMonth(k, null, k);
      const ymd = m ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value) : null;
      if (m && ymd && !m.extra) {
        day = { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) };
        e = m.e;
      }
    }
    // A bare clock time belongs to the day just named (this sentence or the one before), else to the DCT.
    if (!day) day = this.lastDay && this.lastDaySentence >= this.doc.tokens.sentence[s] - 1 ? this.lastDay : this.dct;
    return { e, type: 'TIME', value: `${fmtDate(day)}${clock}`, rule: 'time.clock' };
  }

  /** Single hyphenated tokens: "two-year", "24-hour", "third-quarter", "year-earlier", "mid-1990s", "mid-November". */
  private matchHyphenated(i: number): Core | null {
    const w = this.lower(i);
    const parts = w.split('-');
    if (parts.length === 2) {
      const [a, b] = parts;
      if ((a === 'early' || a === 'late') && MONTHS.has(b)) {
        return { e: i + 1, type: 'DATE', value: monthValue(this.dct, MONTHS.get(b)!, this.tense(i, i + 1)), mod: a === 'early' ? 'START' : 'END', rule: 'time.month.part' };
      }
      if (a === 'mid' && b) {
        if (/^\d{4}s$/.test(b)) return { e: i + 1, type: 'DATE', value: b.slice(0, 3), mod: 'MID', rule: 'time.decade.mid' };
        if (/^\d{4}$/.test(b)) return { e: i + 1, type: 'DATE', value: b, mod: 'MID', rule: 'time.year.mid' };
        const m = MONTHS.get(b);
        if (m) return { e: i + 1, type: 'DATE', value: monthValue(this.dct, m, this.tense(i, i + 1)), mod: 'MID', rule: 'time.month.mid' };
        return null;
      }
      const ord = ORDINALS.get(a);
      if (ord !== undefined && ord > 0 && (b === 'quarter' || b === 'half')) {
        const tense = this.tense(i, i + 1);
        if (b === 'quarter' && ord <= 4) {
          return { e: i + 1, type: 'DATE', value: `${pad(yearForQuarter(this.dct, ord, tense), 4)}-Q${ord}`, rule: 'time.quarter.adj' };
        }
        if (b === 'half' && ord <= 2) {
          return { e: i + 1, type: 'DATE', value: `${pad(yearForHalf(this.dct, ord, tense), 4)}-H${ord}`, rule: 'time.half.adj' };
        }
        return null;
      }
      if (a === 'year' && (b === 'earlier' || b === 'ago')) {
        // "the year-earlier quarter/period" is taken by the unit phrase; alone it is last year.
        return { e: i + 1, type: 'DATE', value: this.yearAgoValue(i), rule: 'time.year-earlier' };
      }
      if (a === 'year' && b === 'end') return { e: i + 1, type: 'DATE', value: pad(this.dct.y, 4), mod: 'END', rule: 'time.year-end' };
      const unit = UNITS.get(b);
      const n = this.numberValue(a);
      if (unit && n !== null && !isPluralUnit(b)) {
        return { e: i + 1, type: 'DURATION', value: durationValue(n, unit), rule: 'time.duration.adj', counted: true };
      }
    }
    if (parts.length === 3 && (parts[2] === 'old' || parts[2] === 'long')) {
      // "8-month-old", "day-long", "decades-long"
      const unit = UNITS.get(parts[1]) ?? UNITS.get(parts[0]);
      // "6-year-old" is an age, which TimeML leaves alone.
      if (unit && !(parts[2] === 'old' && unit.grain === 'year')) {
        const n = UNITS.has(parts[1]) ? this.numberValue(parts[0]) : null;
        const value = n !== null ? durationValue(n, unit) : `P${unit.time ? 'T' : ''}X${unit.letter}`;
        return { e: i + 1, type: 'DURATION', value, rule: 'time.duration.adj' };
      }
    }
    if (parts.length === 2 && (parts[1] === 'long') && UNITS.has(parts[0])) {
      const unit = UNITS.get(parts[0])!;
      const value = isPluralUnit(parts[0]) ? `P${unit.time ? 'T' : ''}X${unit.letter}` : durationValue(1, unit);
      return { e: i + 1, type: 'DURATION', value, rule: 'time.duration.adj' };
    }
    if (parts.length === 3) {
      // "2025-05-09"
      if (/^\d{4}$/.test(parts[0]) && /^\d{1,2}$/.test(parts[1]) && /^\d{1,2}$/.test(parts[2])) {
        const y = Number(parts[0]);
        const mo = Number(parts[1]);
        const d = Number(parts[2]);
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1) return { e: i + 1, type: 'DATE', value: this.ymdValue(y, mo, d), rule: 'time.iso-date' };
        return null;
      }
      // "twenty-four-hour", "two-and-a-half"
      const unit = UNITS.get(parts[2]);
      const n = this.numberValue(`${parts[0]}-${parts[1]}`);
      if (unit && n !== null && !isPluralUnit(parts[2])) return { e: i + 1, type: 'DURATION', value: durationValue(n, unit), rule: 'time.duration.adj', counted: true };
    }
    return null;
  }

  /** The value of "a year ago"/"a year earlier": the year before, or the quarter a year back in an earnings story. */
  private yearAgoValue(i: number): string {
    if (this.sentenceHasQuarter(i) || this.docHasQuarter()) {
      const q = lastCompletedQuarter(this.dct);
      return `${pad(q.y - 1, 4)}-Q${q.q}`;
    }
    return pad(this.dct.y - 1, 4);
  }

  /** Number written as digits, words or hyphenated words: "24", "two", "twenty-four". */
  private numberValue(w: string): number | null {
    if (startsWithDigit(w) && /^\d+(\.\d+)?$/.test(w)) return Number(w);
    const direct = NUMBER_WORDS.get(w);
    if (direct !== undefined && w !== 'a' && w !== 'an') return direct;
    // "twenty-four": exactly one hyphen (no split and its array for the many words without one).
    const dash = w.indexOf('-');
    if (dash >= 0 && w.indexOf('-', dash + 1) < 0) {
      const a = NUMBER_WORDS.get(w.slice(0, dash));
      const b = NUMBER_WORDS.get(w.slice(dash + 1));
      if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
    }
    return null;
  }

  /** A count at token i: digits, number words ("twenty four"), "a"/"an", vague words. e = next token. */
  private parseCount(i: number): { v: number | null; e: number } | null {
    const c = this.parseCountCore(i);
    // "two and a half years"
    if (c && c.v !== null && this.lower(c.e) === 'and' && this.lower(c.e + 1) === 'a' && this.lower(c.e + 2) === 'half') {
      return { v: c.v + 0.5, e: c.e + 3 };
    }
    return c;
  }

  private parseCountCore(i: number): { v: number | null; e: number } | null {
    const w = this.lower(i);
    // "half a year", "half an hour"
    if (w === 'half') return this.lower(i + 1) === 'a' || this.lower(i + 1) === 'an' ? { v: 0.5, e: i + 2 } : null;
    if (w === 'a' || w === 'an') {
      if (this.lower(i + 1) === 'few' || this.lower(i + 1) === 'couple') {
        const e = this.lower(i + 2) === 'of' ? i + 3 : i + 2;
        return { v: this.lower(i + 1) === 'couple' ? 2 : null, e };
      }
      if (this.lower(i + 1) === 'dozen') return { v: 12, e: i + 2 };
      return { v: 1, e: i + 1 };
    }
    if (w === 'several' || w === 'few' || w === 'many' || w === 'some' || w === 'numerous') return { v: null, e: i + 1 };
    if (this.isNumber(i) && /^\d{1,3}(,\d{3})*(\.\d+)?$/.test(w)) return { v: Number(w.replace(/,/g, '')), e: i + 1 };
    const v = this.numberValue(w);
    if (v !== null) {
      // "twenty four"
      const v2 = NUMBER_WORDS.get(this.lower(i + 1));
      if (v >= 20 && v % 10 === 0 && v < 100 && v2 !== undefined && v2 < 10 && this.lower(i + 1) !== 'a') return { v: v + v2, e: i + 2 };
      if (this.lower(i + 1) === 'hundred') return { v: v * 100, e: i + 2 };
      return { v, e: i + 1 };
    }
    return null;
  }

  /** After "the": "1988 second quarter", "1988 quarter", "1988 period", "year-ago third quarter". */
  private yearQualifiedPeriod(k: number): Core | null {
    const w = this.lower(k);
    let year: number | null = this.yearAt(k);
    if (year === null && (w === 'year-ago' || w === 'year-earlier')) year = this.dct.y - 1;
    if (year === null) return null;
    const next = this.lower(k + 1);
    const ord = ORDINALS.get(next);
    if (ord !== undefined && ord >= 1 && ord <= 4 && this.lower(k + 2) === 'quarter') {
      return { e: k + 3, type: 'DATE', value: `${pad(year, 4)}-Q${ord}`, rule: 'time.quarter.year-first' };
    }
    if ((next === 'quarter' || next === 'period') && this.docHasQuarter()) {
      const q = lastCompletedQuarter(this.dct);
      return { e: k + 2, type: 'DATE', value: `${pad(year, 4)}-Q${q.q}`, rule: 'time.quarter.year-first' };
    }
    return null;
  }

  /** "the first/third quarter [of 1998]", "the first half", "the fourth quarter", "the first nine months". */
  private matchOrdinalPeriod(i: number, s: number): Core | null {
    let k = i;
    let fiscal = false;
    if (this.lower(k) === 'fiscal') {
      fiscal = true;
      k++;
    }
    const ordWord = this.lower(k);
    let ord = ORDINALS.get(ordWord);
    const unit = this.lower(k + 1);
    // "the final quarter of 2009", "the last half of the year": the last one of the year.
    if (ord === -1 && (unit === 'quarter' || unit === 'half') && this.lower(k + 2) === 'of') ord = unit === 'quarter' ? 4 : 2;
    if (ord === undefined || ord < 1) return null;
    if (unit !== 'quarter' && unit !== 'half') return null;
    let e = k + 2;
    let year: number | null = null;
    let kk = e;
    if (this.lower(kk) === 'of') {
      kk++;
      if (this.lower(kk) === 'fiscal') kk++;
      const y = this.yearAt(kk);
      if (y !== null) {
        year = y;
        e = kk + 1;
      } else if (this.lower(kk) === 'this' && this.lower(kk + 1) === 'year') {
        year = this.dct.y;
        e = kk + 2;
      } else if (this.lower(kk) === 'last' && this.lower(kk + 1) === 'year') {
        year = this.dct.y - 1;
        e = kk + 2;
      } else if (this.lower(kk) === 'next' && this.lower(kk + 1) === 'year') {
        year = this.dct.y + 1;
        e = kk + 2;
      }
    }
    void fiscal;
    const tense = year === null ? this.tense(s, e) : null;
    if (unit === 'quarter' && ord <= 4) {
      const y = year ?? yearForQuarter(this.dct, ord, tense);
      return { e, type: 'DATE', value: `${pad(y, 4)}-Q${ord}`, rule: 'time.quarter' };
    }
    if (unit === 'half' && ord <= 2) {
      const y = year ?? yearForHalf(this.dct, ord, tense);
      return { e, type: 'DATE', value: `${pad(y, 4)}-H${ord}`, rule: 'time.half' };
    }
    return null;
  }

  /**
   * Unit phrases: "[the] [last|next|this|past|each] [N|several|a] UNIT [ago|earlier|later|from now]".
   * DATE when the phrase points at a period ("last week", "two days ago"), DURATION when it measures one
   * ("two weeks", "the past two days"), SET for rates ("every week", "$5 a year").
   */
  private matchUnitPhrase(i: number): Core | null {
    let k = i;
    let hasThe = false;
    const w0 = this.lower(k);
    if (w0 === 'the') {
      hasThe = true;
      k++;
    } else if (w0 === 'that' || w0 === 'these' || w0 === 'those') {
      return null;
    }
    let rel = REL_WORDS.get(this.lower(k)) ?? null;
    if (rel) {
      // "the first quarter" and friends are ordinal periods, not counts.
      if (rel === 'first' && !hasThe) rel = null;
      else k++;
    }
    if (rel === 'first' && (this.lower(k) === 'quarter' || this.lower(k) === 'half')) return null;
    let count: { v: number | null; e: number } | null = this.parseCount(k);
    let countWasArticle = false;
    if (count) {
      countWasArticle = this.lower(k) === 'a' || this.lower(k) === 'an';
      k = count.e;
      // "2 1/2 years"
      if (this.lower(k) === '1/2' && count.v !== null) {
        count = { v: count.v + 0.5, e: k + 1 };
        k++;
      }
      // "20 more years", "an additional year", "eight trading days"
      if (COUNT_FILLERS.has(this.lower(k)) && UNITS.has(this.lower(k + 1))) k++;
      // "two to three weeks", "12 to 18 months": one range, valued by its lower bound.
      const link = this.lower(k);
      if ((link === 'to' || link === 'or') && count.v !== null && this.lower(k + 1) !== 'a' && this.lower(k + 1) !== 'an') {
        const upper = this.parseCount(k + 1);
        if (upper && upper.v !== null && upper.v > count.v && UNITS.has(this.lower(upper.e))) k = upper.e;
      }
    }
    // "the current fiscal year", "the latest fiscal quarter"
    if (rel && !count && this.lower(k) === 'fiscal' && (this.lower(k + 1) === 'year' || this.lower(k + 1) === 'quarter')) k++;
    if (rel === 'latest' && this.lower(k) === 'year') {
      return { e: k + 1, type: 'DATE', value: pad(this.dct.y - 1, 4), rule: 'time.year.latest' };
    }
    // "the year-earlier quarter", "the year-ago period"
    const wk = this.lower(k);
    // "the year-earlier nine months", "the latest nine months": a measured period.
    if (hasThe && !count && (wk === 'year-earlier' || wk === 'year-ago' || rel === 'latest')) {
      const k2 = wk === 'year-earlier' || wk === 'year-ago' ? k + 1 : k;
      const c2 = this.parseCount(k2);
      const u2 = c2 && c2.v !== null ? UNITS.get(this.lower(c2.e)) : undefined;
      if (c2 && c2.v !== null && u2 && this.lower(k2) !== 'a' && this.lower(k2) !== 'an') {
        return { e: c2.e + 1, type: 'DURATION', value: durationValue(c2.v, u2), rule: 'time.duration.period', counted: true };
      }
    }
    if (hasThe && (wk === 'year-earlier' || wk === 'year-ago') && (this.lower(k + 1) === 'quarter' || this.lower(k + 1) === 'period')) {
      return { e: k + 2, type: 'DATE', value: this.yearAgoValue(i), rule: 'time.year-earlier.period' };
    }
    if (hasThe && !rel && !count && wk === 'fiscal' && this.lower(k + 1) === 'year') {
      return this.theYear(i, k + 2, 'time.fiscal-year.the');
    }
    if (rel === 'latest' && (wk === 'period' || wk === 'quarter')) {
      const q = lastCompletedQuarter(this.dct);
      return { e: k + 1, type: 'DATE', value: `${pad(q.y, 4)}-Q${q.q}`, rule: 'time.quarter.latest' };
    }
    const unit = UNITS.get(wk);
    if (!unit) return null;
    // "This Week" mid-sentence is a title (a TV show), not a period.
    if (this.capitalized(k) && this.capitalized(i) && this.sentenceBounds(i)[0] !== i && !this.allCaps(k)) return null;
    // "a second", "a quarter of": ordinals and fractions, not periods.
    if (countWasArticle && (unit.grain === 'second' || (unit.grain === 'quarter' && this.lower(k + 1) === 'of'))) return null;
    if (countWasArticle && unit.grain === 'quarter' && !hasThe && !rel && RATE_BEFORE.has(this.lower(i - 1)) === false && this.lower(i - 1) === 'than') return null;
    const plural = isPluralUnit(wk);
    let e = k + 1;
    // "a week or so ago", "the next year or so"
    if (this.lower(e) === 'or' && this.lower(e + 1) === 'so') e += 2;
    // "a minute and a half"
    if (count && count.v !== null && this.lower(e) === 'and' && this.lower(e + 1) === 'a' && this.lower(e + 2) === 'half') {
      count = { v: count.v + 0.5, e: count.e };
      e += 3;
    }
    // "52 years old": an age.
    if (this.lower(e) === 'old') return null;
    const after = this.lower(e);
    const after2 = this.lower(e + 1);

    // Rates: "each year", "every two weeks", "a year" after an amount.
    if (rel === 'each') {
      const n = count?.v ?? 1;
      return { e, type: 'SET', value: durationValue(n, unit), rule: 'time.set.each' };
    }
    if (countWasArticle && !hasThe && !rel && !plural && this.isRateContext(i - 1) && after !== 'ago' && after !== 'earlier') {
      return { e, type: 'SET', value: durationValue(1, unit), rule: 'time.set.rate' };
    }

    // Relative to the DCT: "two days ago", "a year earlier", "three weeks from now".
    if (!hasThe && (after === 'ago' || after === 'earlier' || after === 'before' || after === 'later' || (after === 'from' && after2 === 'now'))) {
      if (after === 'before' && this.lower(e + 1) !== ',' && this.lower(e + 1) !== '.' && e + 1 < this.n && this.doc.tokens.kind[e + 1] === TokKind.Word) {
        // "two days before the vote": a duration with a signal, not a date.
        return count ? this.durationCore(e, count, unit, rel, hasThe) : null;
      }
      if (after === 'later' && !count) return null;
      // "three days later", "a day earlier" count from a told event, not from the DCT: TimeBank marks the
      // duration and leaves the signal out. A year or month earlier stays a date ("up from $5 a year earlier").
      if (count && (after === 'later' || (after === 'earlier' && (unit.grain === 'day' || unit.time)))) {
        return this.durationCore(e, count, unit, rel, hasThe);
      }
      const n = count?.v ?? 1;
      const sign = after === 'later' || after === 'from' ? 1 : -1;
      const end = after === 'from' ? e + 2 : e + 1;
      if (count && count.v === null) {
        return { e: end, type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'time.relative.vague' };
      }
      if (unit.grain === 'year' && n === 1 && sign < 0) return { e: end, type: 'DATE', value: this.yearAgoValue(i), rule: 'time.relative.year-ago', counted: true };
      // Fractions shift by the next smaller unit ("two and a half years ago" -> months).
      // "a decade ago" names a year (TimeML: 1989), not the decade.
      const value = unit.grain === 'decade' && Number.isInteger(n)
        ? shiftValue(this.dct, UNITS.get('year')!, sign * 10 * n)
        : Number.isInteger(n)
        ? shiftValue(this.dct, unit, sign * n)
        : unit.grain === 'year'
          ? shiftValue(this.dct, UNITS.get('month')!, sign * Math.round(n * 12))
          : shiftValue(this.dct, unit, sign * Math.round(n));
      return { e: end, type: 'DATE', value, rule: 'time.relative.ago', counted: true };
    }

    if (count) return this.durationCore(e, count, unit, rel, hasThe);

    // No count.
    if (rel === 'recent' && plural) return { e, type: 'DURATION', value: `P${unit.time ? 'T' : ''}X${unit.letter}`, rule: 'time.duration.recent-units' };
    if (plural) {
      if (rel === 'past' || rel === 'last' || rel === 'next') {
        return { e, type: 'DURATION', value: `P${unit.time ? 'T' : ''}X${unit.letter}`, anchor: fmtDate(this.dct), rule: 'time.duration.vague-rel' };
      }
      // Bare plural ("for decades") only after a preposition that measures time.
      if (!hasThe && !rel && DURATION_PREPS.has(this.lower(i - 1)) && unit.grain !== 'second') {
        return { e, type: 'DURATION', value: `P${unit.time ? 'T' : ''}X${unit.letter}`, rule: 'time.duration.vague' };
      }
      return null;
    }
    if (rel === 'last' || rel === 'previous') {
      // "the last year", "over the past quarter": TimeBank names the period (a DATE); clock units stay durations.
      if (hasThe && rel === 'last' && unit.time) return { e, type: 'DURATION', value: durationValue(1, unit), anchor: fmtDate(this.dct), rule: 'time.duration.the-last' };
      const core: Core = { e, type: 'DATE', value: shiftValue(this.dct, unit, -1), rule: 'time.unit.last' };
      // "this year's third quarter" is one expression.
      return unit.grain === 'year' ? this.withPossessivePeriod(e, this.dct.y + (-1), core) : core;
    }
    if (rel === 'past') {
      if (unit.time) return { e, type: 'DURATION', value: durationValue(1, unit), anchor: fmtDate(this.dct), rule: 'time.duration.the-past' };
      return { e, type: 'DATE', value: shiftValue(this.dct, unit, -1), rule: 'time.unit.the-past' };
    }
    if (rel === 'next' || rel === 'following') {
      if (hasThe && unit.time) return { e, type: 'DURATION', value: durationValue(1, unit), anchor: fmtDate(this.dct), rule: 'time.duration.the-next' };
      if (hasThe) return { e, type: 'DATE', value: shiftValue(this.dct, unit, 1), rule: 'time.unit.the-next' };
      const core: Core = { e, type: 'DATE', value: shiftValue(this.dct, unit, 1), rule: 'time.unit.next' };
      // "this year's third quarter" is one expression.
      return unit.grain === 'year' ? this.withPossessivePeriod(e, this.dct.y + (1), core) : core;
    }
    if (rel === 'this' || rel === 'same') {
      if (unit.grain === 'quarter' && rel === 'same') return null;
      const core: Core = { e, type: 'DATE', value: shiftValue(this.dct, unit, 0), rule: 'time.unit.this' };
      // "this year's third quarter" is one expression.
      return unit.grain === 'year' ? this.withPossessivePeriod(e, this.dct.y + (0), core) : core;
    }
    if (hasThe && !rel) {
      if (unit.grain === 'quarter') {
        const q = lastCompletedQuarter(this.dct);
        // "the quarter a year ago": the same quarter, one year back.
        if (this.lower(e) === 'a' && this.lower(e + 1) === 'year' && (this.lower(e + 2) === 'ago' || this.lower(e + 2) === 'earlier')) {
          return { e: e + 3, type: 'DATE', value: `${pad(q.y - 1, 4)}-Q${q.q}`, rule: 'time.unit.the-year-ago' };
        }
        return { e, type: 'DATE', value: `${pad(q.y, 4)}-Q${q.q}`, rule: 'time.unit.the' };
      }
      // "for the year" measures it more often than it names it.
      if (unit.grain === 'year') return this.theYear(i, e, 'time.unit.the-year');
      if (unit.grain === 'week' || unit.grain === 'month') {
        return { e, type: 'DATE', value: shiftValue(this.dct, unit, 0), rule: 'time.unit.the' };
      }
    }
    return null;
  }

  /** The word before "a year"/"a week" shows a rate: an amount ("$5 billion", "700 seats", "twice"). */
  private isRateContext(k: number): boolean {
    const w = this.lower(k);
    if (RATE_BEFORE.has(w) || this.isNumber(k)) return true;
    // "700 seats a week": a counted plural noun.
    return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && this.isNumber(k - 1);
  }

  /**
   * "the year ended Sept. 30" measures a (fiscal) year; so does "throughout the year". Otherwise "the year"
   * ("for the year", "in the year") names the DCT's, as TimeBank annotates it.
   */
  private theYear(i: number, e: number, rule: string): Core {
    const prev = this.lower(i - 1);
    const next = this.lower(e);
    if (next === 'ended' || next === 'ending' || next === 'ends' || prev === 'throughout' || prev === 'all') {
      return { e, type: 'DURATION', value: 'P1Y', rule };
    }
    return { e, type: 'DATE', value: pad(this.dct.y, 4), rule };
  }

  private durationCore(e: number, count: { v: number | null; e: number }, unit: Unit, rel: string | null, hasThe: boolean): Core | null {
    if (count.v === null && rel === null && !hasThe) {
      // "several years", "a few days", "many months"
      return { e, type: 'DURATION', value: `P${unit.time ? 'T' : ''}X${unit.letter}`, rule: 'time.duration.vague', counted: true };
    }
    const value = count.v === null ? `P${unit.time ? 'T' : ''}X${unit.letter}` : durationValue(count.v, unit);
    const anchored = rel === 'last' || rel === 'past' || rel === 'next' || rel === 'previous';
    const core: Core = { e, type: 'DURATION', value, rule: anchored ? 'time.duration.rel' : 'time.duration', counted: true };
    if (anchored) core.anchor = fmtDate(this.dct);
    return core;
  }
}

function weekdayOf(t: Ymd): number {
  // ISO weekday via Zeller-free day numbers.
  return ((((Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86400000) + 3) % 7) + 7) % 7) + 1;
}

/** TimeML duration: P2D, PT3H, P1.5Y, P10Y for decades written as DE. */
export function durationValue(n: number, unit: Unit): string {
  const num = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  const whole = Math.floor(n);
  if (n - whole === 0.5) {
    // TimeML writes halves in the next smaller unit: P2Y6M, PT5H30M, P1DT12H.
    const w = whole > 0 ? String(whole) : '';
    if (unit.grain === 'hour') return `PT${w ? w + 'H' : ''}30M`;
    if (unit.grain === 'year') return `P${w ? w + 'Y' : ''}6M`;
    if (unit.grain === 'day') return `P${w ? w + 'D' : ''}T12H`;
    if (unit.grain === 'minute') return `PT${w ? w + 'M' : ''}30S`;
  }
  // Counted decades are written in years (P10Y, P20Y), as TimeBank and MEANTIME do.
  if (unit.grain === 'decade') return `P${Math.round(n * 10)}Y`;
  return `P${unit.time ? 'T' : ''}${num}${unit.letter}`;
}

/** The period `shift` units from the DCT, written at the unit's grain: 2025-05-07, 2025-W18, 2025-04, 2024 ... */
export function shiftValue(dct: Ymd, unit: Unit, shift: number): string {
  switch (unit.grain) {
    case 'second':
    case 'minute':
    case 'hour':
      return shift === 0 ? 'PRESENT_REF' : shift < 0 ? 'PAST_REF' : 'FUTURE_REF';
    case 'day':
      return fmtDate(addDays(dct, shift));
    case 'week':
      return fmtWeek(addDays(dct, 7 * shift));
    case 'weekend':
      return `${fmtWeek(addDays(dct, 7 * shift))}-WE`;
    case 'month': {
      const t = addMonths({ ...dct, d: 1 }, shift);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths({ ...dct, d: 1 }, 3 * shift);
      return `${pad(t.y, 4)}-Q${quarterOf(t.m)}`;
    }
    case 'half': {
      const t = addMonths({ ...dct, d: 1 }, 6 * shift);
      return `${pad(t.y, 4)}-H${t.m <= 6 ? 1 : 2}`;
    }
    case 'year':
      return pad(dct.y + shift, 4);
    case 'decade':
      return pad(Math.floor((dct.y + 10 * shift) / 10), 3);
    case 'century':
      return pad(Math.floor((dct.y + 100 * shift) / 100), 2);
  }
}

/** First char an ASCII digit: the regular expressions over digits cannot match other words (a cheap test first). */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The word less a final "st", "nd", "rd" or "th" (as .replace(/(st|nd|rd|th)$/, '') without a regular expression per call). */
function withoutOrdinalSuffix(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const a = w.charCodeAt(n - 2);
  const b = w.charCodeAt(n - 1);
  const suffix = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104); // st nd rd th
  return suffix ? w.slice(0, -2) : w;
}
