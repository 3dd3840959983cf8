/**
 * time.clock: clock times (TIME), with the day that follows them. "10:30" after "at"/"by"/"until", "2 p.m. EDT",
 * "10 a.m. Wednesday", "noon yesterday", "midnight".
 */
import { addDays, fmtDate, pad, type Ymd } from '../calendar.js';
import type { TimeContext } from '../context.js';
import { MONTHS, WEEKDAYS, ZONES } from '../lexicon.js';
import { resolveWeekday } from '../resolve.js';
import { SETTLED, type Core, type Parser } from '../types.js';
import { matchMonth } from './month.js';

const MERIDIEM = new Map<string, number>([
  ['a.m.', 0],
  ['am', 0],
  ['a.m', 0],
  ['p.m.', 12],
  ['pm', 12],
  ['p.m', 12],
]);

/** A clock time, with the day that follows it when there is one: "10 p.m. Wednesday", "noon yesterday". */
function clockWithDay(c: TimeContext, s: number, e: number, clock: string): Core {
  // "10:35 a.m. (0735 GMT) Friday": look past a short parenthetical for the day.
  let k = e;
  if (c.lower(k) === '(') {
    let close = k + 1;
    while (close < c.n && close < k + 6 && c.lower(close) !== ')') close++;
    if (c.lower(close) === ')') k = close + 1;
  }
  // "5 p.m. EST, Nov. 6"
  if (c.lower(k) === ',' && MONTHS.has(c.lower(k + 1))) k++;
  const w = c.lower(k);
  let day: Ymd | null = null;
  if (WEEKDAYS.has(w)) {
    day = resolveWeekday(c.dct, WEEKDAYS.get(w)!, c.tense(s, k + 1), null);
    e = k + 1;
  } else if (w === 'today' || w === 'yesterday' || w === 'tomorrow') {
    day = w === 'today' ? c.dct : addDays(c.dct, w === 'yesterday' ? -1 : 1);
    e = k + 1;
  } else if (MONTHS.has(w)) {
    const m = matchMonth(c, k, null, k);
    const ymd = m ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value) : null;
    if (m && ymd && !m.extra) {
      day = { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) };
      e = m.e;
    }
  }
  // A bare clock time belongs to the day just named (this sentence or the one before), else to the DCT.
  if (!day) day = c.lastDay && c.lastDaySentence >= c.doc.tokens.sentence[s] - 1 ? c.lastDay : c.dct;
  return { e, type: 'TIME', value: `${fmtDate(day)}${clock}`, rule: 'time.clock' };
}

/** Hours h:min at token i, then a.m./p.m. and a zone. */
function clockTime(c: TimeContext, i: number, h: number, min: number): Core | null {
  if (h > 24 || min > 59) return null;
  let e = i + 1;
  const mer = MERIDIEM.get(c.lower(e));
  if (mer !== undefined) {
    if (h > 12) return null;
    h = (h % 12) + mer;
    e++;
  }
  let zone = '';
  const z = ZONES.get(c.lower(e));
  if (z !== undefined) {
    zone = z;
    e++;
  }
  // A bare "10:30" without am/pm or zone is often a score or a ratio: want a cue.
  if (
    mer === undefined &&
    zone === '' &&
    !(c.lower(i - 1) === 'at' || c.lower(i - 1) === 'by' || c.lower(i - 1) === 'until')
  )
    return null;
  return clockWithDay(c, i, e, `T${pad(h, 2)}:${pad(min, 2)}${zone}`);
}

/** A number token "10:30": whatever it makes, it is no count or year. */
export const clockDigits: Parser<TimeContext> = {
  id: 'time.clock.digits',
  opens: (w) => w.indexOf(':') >= 0,
  parse(c, i, w) {
    const clock = /^(\d{1,2}):(\d{2})$/.exec(w);
    return clock ? (clockTime(c, i, Number(clock[1]), Number(clock[2])) ?? SETTLED) : null;
  },
};

/** "10 a.m.", "3 pm". */
export const clockHour: Parser<TimeContext> = {
  id: 'time.clock.hour',
  opens: (w) => /^\d{1,2}$/.test(w),
  parse(c, i, w) {
    if (!MERIDIEM.has(c.lower(i + 1)) || !/^\d{1,2}$/.test(w)) return null;
    return clockTime(c, i, Number(w), 0) ?? SETTLED;
  },
};

/** "midday", "noon", "midnight". */
export const clockWord: Parser<TimeContext> = {
  id: 'time.clock.word',
  opens: (w) => w === 'midday' || w === 'noon' || w === 'midnight',
  parse(c, i, w) {
    if (w === 'midday' || w === 'noon') return clockWithDay(c, i, i + 1, 'T12:00');
    if (w === 'midnight') return clockWithDay(c, i, i + 1, 'T24:00');
    return null;
  },
};
