/**
 * Tense of the clause around a time expression, from the nearest verb-group marker: "will meet on Monday"
 * -> future, "spoke on Thursday" -> past. Looks left first (the governing verb usually precedes the
 * adjunct), then right; stops at clause punctuation. Closed word lists, no tagger.
 */
import { OBJECT_PRONOUNS as PERSONAL_OBJECTS, SUBJECT_PRONOUNS } from '../lang/en/index.js';

export type Tense = 'past' | 'future' | 'present';

const FUTURE = new Set([
  'will',
  "'ll",
  '’ll',
  'shall',
  'wo',
  'upcoming',
  'scheduled',
  'expected',
  'expects',
  'intends',
  'hopes',
  'aims',
  'tomorrow',
  'tonight',
  'might',
  'may',
  'could',
  'planned',
  'planning',
  'plans',
]);

/** Modals among the future markers; the month and the surname "May" reach clauseTense capitalized (context.ts). */
const MODALS = new Set(['might', 'may', 'could']);

/** Right before the expression, these point ahead: "until Tuesday", "as early as Tuesday", "effective Feb. 1". */
const FUTURE_SIGNALS = new Set(['until', 'till', 'before', 'effective']);

/**
 * tense.narrative-before: "just before Christmas", "weeks before the vote": a measure before "before" places an act
 * next to a date, no deadline, so the clause's verb decides its tense.
 */
const NARRATIVE_BEFORE = new Set([
  'just',
  'shortly',
  'soon',
  'right',
  'moments',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
]);

/** The present forms of "be" before a passive participle ("is debated", "are published"). */
const PRESENT_PASSIVE_BE = new Set(['is', 'are']);

/** Passives that report a charge or a state rather than schedule an act ("is accused of killing him in May"). */
const STATIVE_PASSIVES = new Set([
  'accused',
  'charged',
  'alleged',
  'suspected',
  'believed',
  'reported',
  'considered',
  'concerned',
  'involved',
  'required',
  'needed',
  'owned',
  'married',
  'related',
  'estimated',
  'feared',
  'claimed',
  'wanted',
  'opposed',
  'pleased',
  'worried',
  'convinced',
  'committed',
  'determined',
  'prepared',
  'allowed',
  'banned',
  'jailed',
  'detained',
  'held',
  'killed',
  'injured',
]);

/** Right before the expression, these point back: "since Jan. 13". */
const PAST_SIGNALS = new Set(['since']);

/**
 * Past verbs whose "to" opens an intended act ("agreed to meet Monday", "decided to hold talks"). Only these:
 * "shot to death", "allowed to inspect since" and "rose to $5" stay past.
 */
const INTENT_VERBS = new Set([
  'agreed',
  'decided',
  'planned',
  'promised',
  'pledged',
  'vowed',
  'offered',
  'voted',
  'hoped',
  'wanted',
  'intended',
  'threatened',
  'sought',
  'aimed',
  'prepared',
  'arranged',
  'proposed',
  'asked',
  'urged',
  'invited',
  'ordered',
  'expected',
  'scheduled',
  'set',
  'moved',
  'declined',
  'refused',
  'called',
  'appealed',
  'applied',
  'tried',
]);

/** Words before "to" + verb that schedule the act: "set to resume Monday", "due to meet in May". */
export const SCHEDULING_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due', 'poised', 'slated']);

/** Auxiliaries before "be" + participle that make the verb group future: "will be paid", "to be held". */
const FUTURE_BEFORE_BE = new Set(['will', "'ll", '’ll', 'shall', 'to', 'would', 'may', 'might', 'should', 'must']);

const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'met',
  'spoke',
  'went',
  'came',
  'took',
  'made',
  'gave',
  'held',
  'left',
  'began',
  'won',
  'lost',
  'fell',
  'rose',
  'sold',
  'bought',
  'paid',
  'sent',
  'hit',
  'cut',
  'put',
  'got',
  'brought',
  'thought',
  'found',
  'kept',
  'led',
  'struck',
  'saw',
  'knew',
  'wrote',
  'ran',
  'stood',
  'became',
  'fought',
  'flew',
  'shot',
  'spent',
  'grew',
  'drew',
  'broke',
  'chose',
  'felt',
  'heard',
  'meant',
  'read',
  'won',
  'yesterday',
  'ago',
  'last',
  'earlier',
  'previously',
  'been',
  'says',
  'quit',
  'hung',
  'beat',
  'sank',
  'swore',
  'taught',
  'caught',
  'sought',
  'bid',
  'let',
  'dealt',
  'declared',
  'overtook',
  'withdrew',
  'undertook',
]);

/** Present-tense verbs that news uses for scheduled events: "the council meets Monday", "talks resume Tuesday". */
const SCHEDULED = new Set([
  'meets',
  'meet',
  'opens',
  'begins',
  'starts',
  'resumes',
  'resume',
  'arrives',
  'visits',
  'convenes',
  'convene',
  'expires',
  'concludes',
  'departs',
  'faces',
  'hosts',
  'plays',
  'travels',
  'heads',
  'returns',
  'launches',
]);

const PRESENT = new Set(['is', 'are', 'am', "'s", 'does', 'do', 'has', 'have', 'remains', 'continues']);

/** Words ending in -ed that are not past verbs (or that mislead as such). */
const ED_EXCEPTIONS = new Set([
  'need',
  'feed',
  'seed',
  'speed',
  'breed',
  'bleed',
  'deed',
  'weed',
  'red',
  'bed',
  'led',
  'shed',
  'wed',
  'bred',
  'fled',
  'sped',
  'hundred',
  'indeed',
  'united',
  'limited',
  'based',
  'related',
  'concerned',
  'interested',
  'scheduled',
  'expected',
  'planned',
  'proposed',
  'supposed',
  'detailed',
  'advanced',
  'armed',
  'used',
]);

/** Prepositions that open a sentence-initial time adverbial: "In January, ...", "On Friday, ...". */
const PREPOSITIONS_FRONTING = new Set(['in', 'on', 'by', 'during', 'at', 'last', 'early', 'late']);

/** Words that "'s" contracts with as "is"/"has" ("it's", "there's"); after any other word it marks a possessive. */
const CONTRACTING = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where', 'this', 'everyone']);

/** tense.possessive: "Brown's announcement" holds no present verb. */
function possessiveClitic(lower: (i: number) => string, i: number): boolean {
  return lower(i) === "'s" && !CONTRACTING.has(lower(i - 1));
}

export const CLAUSE_STOP: ReadonlySet<string> = new Set([';', ':', '“', '”', '"', '(', ')', '—', '–']);

export function markerTense(w: string): Tense | null {
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !ED_EXCEPTIONS.has(w)) return 'past';
  return null;
}

/** Subjects before which an "-ed" adjective form is the past verb ("the plan he proposed", "rules they used"). */
const ED_VERB_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'who'].filter((w) => w !== 'you'));

/**
 * tense.ed-after-subject: the marker at token i, where an "-ed" word otherwise read as an adjective ("proposed",
 * "planned", "used") is the past verb right after a subject pronoun or "who"; "-eed" words stay present ("they need").
 */
export function markerTenseAt(lower: (i: number) => string, i: number): Tense | null {
  const w = lower(i);
  const t = markerTense(w);
  if (t !== null) return t;
  if (
    ED_EXCEPTIONS.has(w) &&
    w.length > 3 &&
    !w.endsWith('eed') &&
    w !== 'hundred' &&
    ED_VERB_SUBJECTS.has(lower(i - 1))
  )
    return 'past';
  return null;
}

/**
 * Tense for the expression at tokens [start, end) of a sentence spanning tokens [sStart, sEnd).
 * `lower(i)` gives the lower-cased token text. Returns null when no marker is close enough.
 */
export function clauseTense(
  lower: (i: number) => string,
  start: number,
  end: number,
  sStart: number,
  sEnd: number,
): Tense | null {
  const prev = lower(start - 1);
  if (start - 1 >= sStart && FUTURE_SIGNALS.has(prev) && !NARRATIVE_BEFORE.has(lower(start - 2))) return 'future';
  // "until at least February": the hedge between the signal and the time does not undo it.
  if (start - 3 >= sStart && prev === 'least' && lower(start - 2) === 'at' && FUTURE_SIGNALS.has(lower(start - 3)))
    return 'future';
  if (start - 1 >= sStart && PAST_SIGNALS.has(prev)) return 'past';
  if (prev === 'as' && (lower(start - 2) === 'early' || lower(start - 2) === 'soon')) return 'future';
  const maxLeft = Math.max(sStart, start - 12);
  for (let i = start - 1; i >= maxLeft; i--) {
    const w = lower(i);
    if (CLAUSE_STOP.has(w)) break;
    if (possessiveClitic(lower, i)) continue;
    if (w === 'be' && FUTURE_BEFORE_BE.has(lower(i - 1))) return 'future';
    // "is to resume", "are to meet"
    if (w === 'to' && (lower(i - 1) === 'is' || lower(i - 1) === 'are')) return 'future';
    // tense.set-to: "set to resume", "due to meet", "poised to sign" point ahead; "had been due to" was a plan then.
    if (w === 'to' && i + 1 < start && SCHEDULING_BEFORE_TO.has(lower(i - 1)) && !PAST.has(lower(i - 2)))
      return 'future';
    // A scheduled-event verb in the present points ahead, unless it is an infinitive ("to meet demand").
    if (SCHEDULED.has(w)) {
      if (lower(i - 1) === 'to') continue;
      return 'future';
    }
    const t = markerTenseAt(lower, i);
    if (!t) continue;
    // "may have left", "might have met": a modal before "have" looks back.
    if (t === 'future' && MODALS.has(w) && lower(i + 1) === 'have') return 'past';
    // "could not attend": a past inability as often as a future one, so no marker.
    if (w === 'could' && (lower(i + 1) === 'not' || lower(i + 1) === "n't" || lower(i + 1) === 'n’t')) continue;
    if (t === 'past' && (lower(i - 1) === 'be' || lower(i - 1) === 'being') && FUTURE_BEFORE_BE.has(lower(i - 2)))
      return 'future';
    // tense.present-passive: "when the bill is debated on Monday": a present passive of an act dated to a day by
    // "on" is scheduled ("are excluded from December's data" is no act on a day).
    if (
      t === 'past' &&
      prev === 'on' &&
      PRESENT_PASSIVE_BE.has(lower(i - 1)) &&
      w.endsWith('ed') &&
      !STATIVE_PASSIVES.has(w)
    )
      return 'future';
    // "agreed to meet", "decided to hold": the infinitive points ahead.
    if (t === 'past' && lower(i + 1) === 'to' && i + 1 < start && INTENT_VERBS.has(w)) return 'future';
    return t;
  }
  // A fronted adverbial ("In January, then-secretary of state Rex Tillerson, who ..., said") takes the tense of
  // its main clause, which may open far to its right.
  const fronted = start - 1 < sStart || (start - 2 < sStart && PREPOSITIONS_FRONTING.has(prev));
  const maxRight = Math.min(sEnd, end + (fronted && lower(end) === ',' ? 30 : 10));
  for (let i = end; i < maxRight; i++) {
    const w = lower(i);
    if (CLAUSE_STOP.has(w)) break;
    if (possessiveClitic(lower, i)) continue;
    const t = markerTense(w);
    if (t) {
      if (w === 'will' || w === 'shall') return 'future';
      // "has met", "is expected": the participle decides.
      if (t === 'present' && i + 1 < maxRight) {
        const next = markerTense(lower(i + 1));
        if (next) return next;
      }
      return t;
    }
  }
  return null;
}

/** Past markers that report or qualify rather than name the dated act ("said on 3 June" may report a plan). */
const NOT_EVENT_PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'says',
  'been',
  'yesterday',
  'ago',
  'last',
  'earlier',
  'previously',
  'expected',
  'scheduled',
  'planned',
]);

/** Prepositions that date an act at a point: "arrested on 23 October", "announced in July". */
const POINT_PREPOSITIONS = new Set(['on', 'in']);

/** Short objects between a verb and its dating phrase: "arrested him on", "announced the plan in". */
/** Object pronouns of a reported act ("sent them on Monday"); "you" addresses the reader. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSONAL_OBJECTS].filter((w) => w !== 'you'));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Words that may make up a short passive agent after "by" ("by soldiers", "by the local police"). */
const AGENT_WORD = /^[a-z][a-z'’-]*$/;

/**
 * tense.past-event-agent: the "by" of a short passive agent ending at token `last` ("arrested by soldiers on",
 * "seized by the border police in"), so the participle before it names the act; -1 when there is none.
 */
function passiveAgentStart(lower: (i: number) => string, last: number, sStart: number): number {
  for (let k = last; k >= Math.max(sStart, last - 3); k--) {
    const w = lower(k);
    if (w === 'by') return k < last ? k : -1;
    if (!AGENT_WORD.test(w) || POINT_PREPOSITIONS.has(w)) return -1;
  }
  return -1;
}

/** Before a participle, these make it a present or future passive ("is heard in May", "will be paid on"). */
const NOT_PAST_BEFORE = new Set(['is', 'are', 'am', "'s", '’s', 'be', 'being', 'to']);

/**
 * tense.past-event: the expression at token `start` follows "on"/"in" right after a past verb naming the act itself,
 * alone or with a short object ("arrested on", "arrested him on", "announced the plan in"): the date is then not
 * ahead. Anything else between (an adjective "-ed" in "preferred shares on") leaves the usual window.
 */
export function pastEventBefore(lower: (i: number) => string, start: number, sStart: number): boolean {
  if (!POINT_PREPOSITIONS.has(lower(start - 1))) return false;
  let v = start - 2;
  const agent = passiveAgentStart(lower, v, sStart);
  if (agent >= 0) v = agent - 1;
  else if (OBJECT_PRONOUNS.has(lower(v))) v--;
  else if (DETERMINERS.has(lower(v - 1))) v -= 2;
  if (v < sStart) return false;
  if (pastInfinitive(lower, v, sStart)) return true;
  const w = lower(v);
  if (markerTenseAt(lower, v) !== 'past' || NOT_EVENT_PAST.has(w) || SCHEDULED.has(w)) return false;
  return !NOT_PAST_BEFORE.has(lower(v - 1)) && !FUTURE_BEFORE_BE.has(lower(v - 1));
}

/**
 * tense.past-event-infinitive: "was forced to retire in", "managed to flee on": an infinitive after a past verb that
 * intends nothing (not "agreed to", "planned to") names an act done then.
 */
function pastInfinitive(lower: (i: number) => string, v: number, sStart: number): boolean {
  if (v - 2 < sStart || lower(v - 1) !== 'to' || markerTense(lower(v)) !== null) return false;
  const w = lower(v - 2);
  return markerTense(w) === 'past' && !INTENT_VERBS.has(w) && !NOT_EVENT_PAST.has(w) && !SCHEDULED.has(w);
}
