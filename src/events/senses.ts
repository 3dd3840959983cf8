/**
 * Rule `sense:ambiguous`: verbs with more than one sense code only where their arguments settle it, else nothing.
 * - "left", "best", "control": leaving a place, besting a rival, controlling territory or a market are no CAMEO
 *   act the dictionary's code for them names (it codes "left" as a meeting); never coded.
 * - "held": a meeting when the pattern found one ("held talks", root 04); otherwise detention only by a force
 *   (police, military, rebels, militants; a government holds talks, not people) of someone who is not a country
 *   ("held hundreds of fighters"); a match or an election held is no event.
 * - "beat": an assault only by such a force on people, never one country or team beating another.
 * - wishing, seeking, expecting, training ("sought to insulate its partners", "wants our troops home", "expects it
 *   would be able to"): the generic intent to cooperate (030) of these verbs names no cooperation; never coded.
 * - wanting, hoping, wishing (`sense:wish`): a wish asks nothing of anyone, but the CAMEO table pools "want" with
 *   "demand", "press" and "push", so "wanted to see the west attack" came out as a demand or a threat; these verbs
 *   code only by the patterns Parley's lexicon writes for them ("want de-escalation").
 * - dying, perishing (`sense:undergone`): whoever dies undergoes the act rather than doing it, so the verb alone
 *   ("fighters and civilians have died", "soldiers died in Syria") pairs no one with those who died nor with the
 *   place, nor with the actor named as where they died ("died in a Syrian refugee camp"); it codes there only by
 *   a pattern that names the act ("died in clashes with").
 */
import type { Doc } from '../model/doc.js';
import type { RawEvent } from './coder.js';
import type { ActorSpan } from './actors.js';
import { DETERMINERS } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';

const NEVER = new Set(['left', 'leave', 'leaves', 'leaving', 'best', 'bested', 'control', 'controls', 'controlled']);
const HOLD = new Set(['held', 'hold', 'holds', 'holding']);
const BEAT = new Set(['beat', 'beats', 'beaten', 'beating']);
const FORCES = new Set(['COP', 'MIL', 'REB', 'UAF', 'INS', 'SPY', 'CRM', 'RAD']);

/**
 * Rule `sense:generic`: the coder marks a candidate coded only by the CAMEO table's bare default for a statement,
 * consultation, endorsement or cooperation with this in its rule; the gates discard it as `generic-verb`.
 */
export const GENERIC_MARK = ':generic';

/** Whether an event's evidence carries the `sense:generic` mark. */
export function isGeneric(rule: string): boolean {
  return rule.startsWith('verb:') && (rule.includes(GENERIC_MARK + ':') || rule.endsWith(GENERIC_MARK));
}

/** Verbs of wishing, seeking, expecting or training, whose generic 030 is no intent to cooperate. */
const WISH_NOT_INTENT = new Set([
  ...['seek', 'seeks', 'sought', 'seeking', 'want', 'wants', 'wanted', 'wanting', 'hope', 'hopes', 'hoped', 'hoping'],
  ...['expect', 'expects', 'expected', 'expecting', 'aim', 'aims', 'aimed', 'aiming'],
  ...['determine', 'determines', 'determined', 'train', 'trains', 'trained', 'training'],
  ...['volunteer', 'volunteers', 'volunteered', 'volunteering'],
]);
const GENERIC_INTENT = '030';
const WISH = new Set([
  ...['want', 'wants', 'wanted', 'wanting', 'hope', 'hopes', 'hoped', 'hoping'],
  ...['wish', 'wishes', 'wished', 'wishing'],
]);
const UNDERGONE = new Set(['die', 'dies', 'died', 'dying', 'perish', 'perishes', 'perished', 'perishing']);
/** A verb coded by its bare default code: the rule names no pattern line after the file ("verb:FILE:subject"). */
const DEFAULT_CODE_RULE = /^verb:[^:]+:(?!\d)/;
/** The evidence rule of a pattern of the CAMEO 2.0 table (verb-table.ts). */
const CAMEO_TABLE_RULE = 'verb:CAMEO.2.0.txt';

/** Prepositions of where someone died ("died in a refugee camp"): the actor after them is a place, no party. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside']);

/** Whether an actor stands after a place preposition, past determiners and adjectives ("in a Syrian camp"). */
function afterPlacePreposition(doc: Doc, a: ActorSpan): boolean {
  for (let k = a.tokStart - 1; k >= Math.max(0, a.tokStart - 4); k--) {
    const w = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]).toLowerCase();
    if (PLACE_PREPOSITIONS.has(w)) return true;
    if (!DETERMINERS.has(w) && !/^[a-z-]+$/.test(w)) return false;
    if (!DETERMINERS.has(w) && posTagger().labels[posTagAt(doc, k)] !== 'JJ') return false;
  }
  return false;
}

const isForce = (a: ActorSpan): boolean => a.sector !== null && FORCES.has(a.sector);
/** A country as such, its bare code: national teams and states "beat" one another in matches and votes. */
const isCountry = (a: ActorSpan): boolean => a.country !== null && a.code === a.country;

/** Whether an ambiguous trigger's arguments settle a sense that CAMEO codes; true for every other trigger. */
export function senseSettled(doc: Doc, r: RawEvent): boolean {
  const word = doc.text.slice(doc.tokens.start[r.trigger], doc.tokens.end[r.trigger]).toLowerCase();
  if (NEVER.has(word)) return false;
  if (r.cameo === GENERIC_INTENT && WISH_NOT_INTENT.has(word)) return false;
  if (WISH.has(word) && r.rule.startsWith(CAMEO_TABLE_RULE)) return false;
  if (
    UNDERGONE.has(word) &&
    DEFAULT_CODE_RULE.test(r.rule) &&
    (r.mutual || r.targets.every((t) => isCountry(t) || afterPlacePreposition(doc, t)))
  )
    return false;
  const forceOnPeople = (): boolean =>
    r.sources.length > 0 && r.sources.every(isForce) && r.targets.length > 0 && !r.targets.some(isCountry);
  if (HOLD.has(word)) return r.cameo.startsWith('04') || forceOnPeople();
  if (BEAT.has(word)) return forceOnPeople();
  return true;
}
