/**
 * One event per act. The coder codes each verb it finds; where one verb only frames another, the two are one act:
 * - `act:intent`: "China plans to impose sanctions", "Russia decided to withdraw": the framed act, future, with the
 *   framing verb's subject when it has none; the framing verb gives no event of its own.
 * - `act:appeal`: "The US urged Israel to back the truce", "threatened to invade": the appeal or threat is the act;
 *   what it asks for or threatens is its content, not a second event.
 * - `act:claim`: "Hamas claimed that Israel attacked": the claim introduces what it reports, no "claim
 *   responsibility" event of its own.
 * - `modality:hedge`: "is understood to have struck", "reportedly attacked": the act is reported, not asserted.
 * - `act:list-cap`: coordinated actors acting on each other ("talks between A, B, C and D") are paired only when
 *   the text names two; a list of three or more names no pairs, so it gives no dyads at all.
 * - `act:appositive`: "Olaf Brandt, Germany's chancellor, pressed ...": a person named and then titled in apposition
 *   (or titled, then named) is one actor, kept by name; an entity listed twice among the actors is listed once.
 * - `act:warning-comment`: "X warned that an offensive would lead to a catastrophe": a warning of what others' acts
 *   bring, addressed to no one, is a pessimistic comment (012), as CAMEO's own "warn" patterns code it; a threat
 *   (130) only where the warning names an addressee before "that" or its content is the warner's own act.
 * Verbs of several senses whose arguments do not settle one are dropped first (senses.ts); arg-senses.ts recodes or
 * drops a candidate first by the sense its arguments settle.
 */
import type { Doc } from '../model/doc.js';
import type { RawEvent } from './coder.js';
import { changedEvent } from './changed-event.js';
import { senseSettled } from './senses.js';
import { senseByArguments } from './arg-senses.js';
import type { ActorSpan } from './actors.js';

const INTENT = new Set(
  (
    'plan plans planned planning decide decides decided deciding intend intends intended intending prepare prepares ' +
    'prepared preparing aim aims aimed aiming seek seeks sought seeking move moves moved moving'
  ).split(' '),
);
const APPEAL = new Set(
  (
    'urge urges urged urging ask asks asked asking press presses pressed pressing appeal appeals appealed ' +
    'encourage encourages encouraged encouraging threaten threatens threatened threatening warn warns warned ' +
    'call calls called calling'
  ).split(' '),
);
const CLAIM = new Set(['claim', 'claims', 'claimed', 'claiming']);
const HEDGE_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'apparently', 'supposedly']);
const HEDGE_PARTICIPLES = new Set(['understood', 'believed', 'said', 'thought', 'reported', 'alleged', 'rumoured']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words that may stand between a framing verb and "to" ("urged Israel's leaders to", "plans next week to"). */
const MAX_GAP = 6;
/** Coordinated actors acting on each other are paired only as a pair: a list of three names no pairs. */
export const MAX_MUTUAL_ACTORS = 2;

function wordsOf(doc: Doc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]).toLowerCase());
  return out;
}

/** Whether `b` is the infinitive `a` frames: "to" right before it, a few words after `a`, no clause break between. */
function frames(doc: Doc, a: RawEvent, b: RawEvent): boolean {
  if (b.trigger < a.triggerEnd + 1 || b.trigger - a.triggerEnd > MAX_GAP + 1) return false;
  const between = wordsOf(doc, a.triggerEnd, b.trigger);
  if (between[between.length - 1] !== 'to') return false;
  return !between.some((w) => w === ',' || w === ';' || w === 'that' || w === 'and' || w === 'but');
}

/** The hedge before a trigger, if any, within its clause's last few words. */
function hedged(doc: Doc, e: RawEvent): boolean {
  const from = Math.max(doc.sentences[e.sentence].tokStart, e.trigger - 5);
  const w = wordsOf(doc, from, e.trigger);
  for (let i = 0; i < w.length; i++) {
    if (HEDGE_ADVERBS.has(w[i])) return true;
    // "is understood to (have) struck"
    if (BE.has(w[i]) && HEDGE_PARTICIPLES.has(w[i + 1] ?? '') && w[i + 2] === 'to') return true;
  }
  return false;
}

const WARN = new Set(['warn', 'warns', 'warned', 'warning', 'caution', 'cautions', 'cautioned', 'cautioning']);
const THREAT_ROOT = '13';
const PESSIMISTIC_COMMENT = '012';
/** Words that may stand between "warned" and its "that" ("warned on Tuesday that"). */
const MAX_WARNING_GAP = 5;
/** A pronoun opening the warning's content that stands for the warner ("warned that it would respond"). */
const WARNER_PRONOUNS = new Set(['it', 'we', 'they', 'he', 'she', 'i']);

/** Whether a threat coded from "warned that ..." warns of what others bring rather than of the warner's own act. */
function warningOfOthers(doc: Doc, r: RawEvent): boolean {
  if (!r.cameo.startsWith(THREAT_ROOT) || r.isNoun) return false;
  if (!WARN.has(wordsOf(doc, r.trigger, r.trigger + 1)[0])) return false;
  const after = wordsOf(doc, r.triggerEnd, Math.min(r.triggerEnd + MAX_WARNING_GAP + 1, doc.tokens.start.length));
  const that = after.indexOf('that');
  if (that < 0 || after.slice(0, that).includes(',')) return false;
  const thatToken = r.triggerEnd + that;
  if (r.targets.some((t) => t.tokStart < thatToken)) return false;
  if (WARNER_PRONOUNS.has(after[that + 1] ?? '')) return false;
  const source = r.sources[0];
  const first = [...r.targets].sort((a, b) => a.tokStart - b.tokStart)[0];
  return !(source && first && source.country && first.country === source.country);
}

/** Whether `title` stands in apposition to the named `named`: next to it with a comma between, and coded alike. */
function appositive(doc: Doc, named: ActorSpan, title: ActorSpan): boolean {
  if (!named.entityId || title.entityId || named.code !== title.code) return false;
  const [first, second] = named.start < title.start ? [named, title] : [title, named];
  if (second.tokStart !== first.tokEnd + 1) return false;
  return wordsOf(doc, first.tokEnd, second.tokStart)[0] === ',';
}

/** The actors less a title in apposition to a named actor and less a second mention of the same entity. */
function oneMentionPerActor(doc: Doc, actors: readonly ActorSpan[]): ActorSpan[] {
  return actors.filter(
    (a, i) =>
      !actors.some((b, j) => (j < i && a.entityId && b.entityId === a.entityId) || (b !== a && appositive(doc, b, a))),
  );
}

/** The sentence's raw events, one per act. */
export function oneEventPerAct(doc: Doc, raws: readonly RawEvent[]): RawEvent[] {
  if (raws.length === 0) return [];
  // Events are replaced (changedEvent), never written: see changed-event.ts for why.
  const drop = new Set<RawEvent>();
  const out: RawEvent[] = [];
  for (const r of raws) {
    const settled = senseByArguments(doc, r);
    if (settled) out.push({ ...settled });
  }
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!senseSettled(doc, a)) {
      drop.add(a);
      continue;
    }
    const word = wordsOf(doc, a.trigger, a.trigger + 1)[0];
    if (CLAIM.has(word) && a.cameo.startsWith('015') && wordsOf(doc, a.triggerEnd, a.triggerEnd + 1)[0] === 'that') {
      drop.add(a);
      continue;
    }
    const intent = INTENT.has(word);
    const appeal = APPEAL.has(word);
    if (!intent && !appeal) continue;
    for (let j = 0; j < out.length; j++) {
      const b = out[j];
      if (b === out[i] || drop.has(b) || !frames(doc, out[i], b)) continue;
      if (intent) {
        drop.add(out[i]);
        out[j] = changedEvent(b, {
          sources: b.sources.length === 0 ? out[i].sources : b.sources,
          modality:
            b.modality === 'asserted' ? (out[i].modality === 'asserted' ? 'future' : out[i].modality) : b.modality,
          rule: b.rule + ':act:intent',
        });
      } else {
        drop.add(b);
        const appealed = changedEvent(out[i], { rule: out[i].rule + ':act:appeal' });
        // An appeal dropped as the act framed by an earlier one stays dropped.
        if (drop.has(out[i])) drop.add(appealed);
        out[i] = appealed;
      }
    }
  }
  const kept = out.filter((r) => !drop.has(r));
  for (let k = 0; k < kept.length; k++) {
    const r = kept[k];
    let { cameo, rule, sources, targets, modality, mutual } = r;
    if (warningOfOthers(doc, r)) {
      cameo = PESSIMISTIC_COMMENT;
      rule += ':act:warning-comment';
    }
    const oneSources = oneMentionPerActor(doc, sources);
    const oneTargets = oneMentionPerActor(doc, targets);
    if (oneSources.length < sources.length || oneTargets.length < targets.length) {
      sources = oneSources;
      targets = oneTargets;
      rule += ':act:appositive';
    }
    if (modality === 'asserted' && hedged(doc, r)) {
      modality = 'reported';
      rule += ':modality:hedge';
    }
    if (mutual && sources.length > MAX_MUTUAL_ACTORS) {
      mutual = false;
      rule += ':act:list-cap';
    }
    if (rule !== r.rule) kept[k] = changedEvent(r, { cameo, rule, sources, targets, modality, mutual });
  }
  return kept;
}
