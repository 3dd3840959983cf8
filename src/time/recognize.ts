/**
 * Time expression recognition and normalization over the token arrays (one left-to-right pass).
 * At each token that can open an expression, the parsers listed in parsers.ts try to read one: optional
 * modifiers ("about", "early", "the end of"), then a core (dates, weekdays, unit phrases, times, references) with
 * its attachments ("of 1998", "ago"). Values follow TimeML; underspecified dates are anchored to the DCT with the
 * clause tense (resolve.ts, tense.ts).
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import { TypeFlag, vocab } from '../text/vocab.js';
import type { Ymd } from './calendar.js';
import { TimeContext, type Grammar } from './context.js';
import {
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  QUANT_MODS,
  REF_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS,
  WEEKDAYS,
} from './lexicon.js';
import { ENTRY_PARSERS, NUMBER_PARSERS, POSITION_MODIFIERS, PUNCT_PARSERS, WORD_PARSERS } from './parsers.js';
import { SETTLED, type Core, type Parser, type TimeMatch } from './types.js';

export type { TimeMatch } from './types.js';

let triggerSet: Set<string> | null = null;

/** Lower-cased words that may open a time expression (built once from the lexicons). */
function triggers(): Set<string> {
  if (triggerSet) return triggerSet;
  const t = new Set<string>([
    'at',
    'the',
    'a',
    'an',
    'last',
    'next',
    'this',
    'coming',
    'past',
    'previous',
    'early',
    'late',
    'mid',
    'earlier',
    'later',
    'fiscal',
    'today',
    'yesterday',
    'tomorrow',
    'tonight',
    'noon',
    'midnight',
    'midday',
    'year',
    'new',
    'thanksgiving',
    'christmas',
    'halloween',
    'several',
    'few',
    'many',
    'some',
    'numerous',
    'each',
    'every',
    'per',
    'recent',
    'current',
    'latest',
    'following',
    'upcoming',
    'prior',
    'preceding',
    'same',
    'final',
    'first',
    'that',
    'more',
    'less',
    'fewer',
    'up',
    'just',
    'nearly',
    'almost',
    'about',
    'around',
    'roughly',
    'approximately',
    'over',
    'under',
    'some',
    'couple',
    'dozen',
    'half',
  ]);
  for (const m of [MONTHS, WEEKDAYS, NUMBER_WORDS, ORDINALS, UNITS, SEASONS, REF_WORDS, SET_WORDS, QUANT_MODS]) {
    for (const k of m.keys()) t.add(k.split(' ')[0]);
  }
  for (const k of WEEKDAYS.keys()) if (!k.endsWith('.')) t.add(`${k}s`);
  triggerSet = t;
  return t;
}

/** Per word type: can a word token spelled so open an expression (a trigger word, a hyphenated or a digit-led word)? */
const mayOpen = new TypeFlag((id) => {
  const w = vocab.lower(id);
  return triggers().has(w) || w.indexOf('-') >= 0 || (w.charCodeAt(0) <= 57 && w.charCodeAt(0) >= 48);
});

type TimeParser = Parser<TimeContext>;

/** A list of parsers cut, once per word type, to those whose pattern may open on that word (kept in order). */
class ParserTable {
  private generation = -1;
  private byType: (readonly TimeParser[] | undefined)[] = [];

  constructor(private readonly parsers: readonly TimeParser[]) {}

  private at(id: number): readonly TimeParser[] {
    if (this.generation !== vocab.generation) {
      this.generation = vocab.generation;
      this.byType = new Array<readonly TimeParser[] | undefined>(Math.max(1024, vocab.size * 2)).fill(undefined);
    }
    if (id >= this.byType.length) {
      const grown = new Array<readonly TimeParser[] | undefined>(Math.max(id + 1, this.byType.length * 2)).fill(
        undefined,
      );
      for (let k = 0; k < this.byType.length; k++) grown[k] = this.byType[k];
      this.byType = grown;
    }
    let list = this.byType[id];
    if (list === undefined) {
      const w = vocab.lower(id);
      list = this.parsers.filter((p) => p.opens(w));
      this.byType[id] = list;
    }
    return list;
  }

  /** The first reading at token i (i < n): a Core, SETTLED, or null when no parser opens there. */
  read(c: TimeContext, i: number): Core | typeof SETTLED | null {
    const parsers = this.at(c.ids[i]);
    if (parsers.length === 0) return null;
    const w = c.lower(i);
    for (const p of parsers) {
      const r = p.parse(c, i, w);
      if (r !== null) return r;
    }
    return null;
  }
}

const punctTable = new ParserTable(PUNCT_PARSERS);
const entryTable = new ParserTable(ENTRY_PARSERS);
const positionTable = new ParserTable(POSITION_MODIFIERS);
const numberTable = new ParserTable(NUMBER_PARSERS);
const wordTable = new ParserTable(WORD_PARSERS);

const grammar: Grammar = {
  core(c, i) {
    if (i >= c.n) return null;
    const r = (c.doc.tokens.kind[i] === TokKind.Number ? numberTable : wordTable).read(c, i);
    return r === SETTLED ? null : r;
  },
  positioned(c, i) {
    const r = i < c.n ? positionTable.read(c, i) : null;
    if (r === SETTLED) return null;
    return r ?? grammar.core(c, i);
  },
};

/** The expression opening at token i: entry parsers ("at present", "about"), then position modifiers and a core. */
function readAt(c: TimeContext, i: number): Core | null {
  const kind = c.doc.tokens.kind[i];
  const r =
    kind === TokKind.Punct || kind === TokKind.Quote ? (punctTable.read(c, i) ?? SETTLED) : entryTable.read(c, i);
  if (r === SETTLED) return null;
  return r ?? grammar.positioned(c, i);
}

/** A context over a tokenized Doc with this grammar (the parsers' tests read single tokens through it). */
export function timeContext(doc: Doc, dct: Ymd): TimeContext {
  return new TimeContext(doc, dct, grammar);
}

export class Recognizer {
  private readonly c: TimeContext;

  constructor(doc: Doc, dct: Ymd) {
    this.c = timeContext(doc, dct);
  }

  /** All expressions in the document, left to right, non-overlapping. */
  run(): TimeMatch[] {
    const c = this.c;
    const out: TimeMatch[] = [];
    const kind = c.doc.tokens.kind;
    for (let i = 0; i < c.n;) {
      // Cheap gate: only tokens that can open an expression are tried.
      const k = kind[i];
      if (k === TokKind.Word) {
        if (!mayOpen.get(c.ids[i])) {
          i++;
          continue;
        }
      } else if (k !== TokKind.Number && !(k === TokKind.Quote && i + 1 < c.n && kind[i + 1] === TokKind.Word)) {
        i++;
        continue;
      }
      const core = readAt(c, i);
      if (!core) {
        i++;
        continue;
      }
      const main: TimeMatch = { s: i, e: core.e, type: core.type, value: core.value, rule: core.rule };
      if (core.ce !== undefined) main.ce = core.ce;
      if (core.anchor) main.anchor = core.anchor;
      if (core.mod) main.mod = core.mod;
      out.push(main);
      c.noteReference(main);
      let next = main.e;
      if (core.extra) {
        out.push(...core.extra);
        for (const x of core.extra) next = Math.max(next, x.e);
      }
      i = next;
    }
    return out;
  }
}
