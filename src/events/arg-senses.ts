/**
 * Senses that a verb's arguments and the words right after it settle: a candidate is recoded to the sense the
 * sentence reports, or dropped where that sense is no CAMEO act. Applied per candidate in acts.ts, before senses.ts.
 * - `sense:push-back`: "pushed the group back", "pushed them out of the town", "was pushed back by": a force driven
 *   back is military force (190) when a force or a state is on either side, else no act; never a demand (10x).
 * - `sense:figurative`: "struck down a law", "stabbed X in the back", "clashed with X's assessment": a ruling, a
 *   betrayal or a disagreement with a view, no force nor assault; dropped.
 * - `sense:assault-people`: assaulting or beating people by anyone but an armed force is physical assault (182),
 *   not military force.
 * - `sense:state-bombing`: a state or its forces bombing is an air or artillery strike (195), not the
 *   non-military bombing (183) of the bare verb.
 * - `sense:capture-person`: capturing or seizing a person is an arrest or detention (173), not the occupation of
 *   territory (192) nor the seizure of property.
 * - `sense:deny-accusation`: denying that something happened, or having done it ("denied that", "denied being",
 *   "denied his forces had"), is a denial of responsibility (016), not a rejection (12x).
 * - `sense:host-guest`: hosting is a hosted visit (043, and the guest's visit back) only when the guest is the
 *   verb's object; hosting a summit or a meeting, refugees, or another country's bases is none.
 * - `sense:reinforce-support`: reinforcing or increasing support, ties or aid is no coercion, threat or force.
 * - `sense:figurative` (targets): hitting, meeting or missing a target, goal or record is no attack.
 * - `sense:consequence`: "meant", "meaning" of what follows from something ("reforms meant the poor got poorer")
 *   is no intent to cooperate, whatever the subject.
 * - `sense:commentary`: a bare commentator, columnist or journalist (code MED, no outlet nor country) suggesting,
 *   urging or criticising gives an assessment, not an act between political actors.
 */
import type { Doc } from '../model/doc.js';
import { tokenText } from '../model/doc.js';
import { DETERMINERS } from '../lang/en/index.js';
import type { ActorSpan } from './actors.js';
import type { RawEvent } from './coder.js';
import { changedEvent } from './changed-event.js';
import { tagOf } from './token-words.js';

const PUSH = new Set(['push', 'pushes', 'pushed', 'pushing']);
/** Words after "push" (and its object) that make it a movement: back, out, into, towards a place. */
const MOVEMENT = new Set(['back', 'out', 'into', 'towards', 'toward', 'away', 'across', 'beyond']);
const STRIKE = new Set(['strike', 'strikes', 'struck', 'striking']);
const HIT = new Set(['hit', 'hits', 'hitting', 'meet', 'meets', 'met', 'meeting', 'miss', 'misses', 'missed']);
/** What one hits or misses that is no one: a figure to reach. */
const GOALS = new Set(['target', 'targets', 'goal', 'goals', 'record', 'records', 'milestone', 'threshold', 'quota']);
const MEAN = new Set(['mean', 'means', 'meant', 'meaning']);
/** Roots of statements, appeals, demands, disapproval and rejection: what a commentator's assessment is coded as. */
const VERBAL_ROOTS = new Set(['01', '02', '10', '11', '12']);
const BARE_MEDIA = 'MED';
const STAB = new Set(['stab', 'stabs', 'stabbed', 'stabbing']);
const ASSAULT = new Set([
  ...['assault', 'assaults', 'assaulted', 'assaulting', 'beat', 'beats', 'beaten', 'beating'],
  ...['punch', 'punched', 'punching', 'kick', 'kicked', 'kicking'],
]);
const BOMB = new Set(['bomb', 'bombs', 'bombed', 'bombing']);
const CAPTURE = new Set(['capture', 'captures', 'captured', 'capturing', 'seize', 'seizes', 'seized', 'seizing']);
const DENY = new Set(['deny', 'denies', 'denied', 'denying']);
const HOST = new Set(['host', 'hosts', 'hosted', 'hosting']);
const REINFORCE = new Set([
  ...['reinforce', 'reinforces', 'reinforced', 'reinforcing', 'strengthen', 'strengthens', 'strengthened'],
  ...['strengthening', 'bolster', 'bolsters', 'bolstered', 'bolstering', 'boost', 'boosts', 'boosted'],
  ...['boosting', 'increase', 'increases', 'increased', 'increasing', 'deepen', 'deepens', 'deepened'],
]);
/** What is reinforced when the act is help, not pressure. */
const SUPPORT_NOUNS = new Set([
  ...['support', 'backing', 'ties', 'relations', 'cooperation', 'aid', 'assistance', 'commitment'],
  ...['partnership', 'alliance', 'help', 'funding', 'friendship'],
]);
/** Nouns of a view or a decision: acting on "X's assessment" acts on the view, not on X. */
const VIEW_NOUNS = new Set([
  ...['assessment', 'assessments', 'view', 'views', 'claim', 'claims', 'remarks', 'comments', 'policy'],
  ...['policies', 'decision', 'decisions', 'proposal', 'proposals', 'stance', 'statement'],
  ...['statements', 'assertion', 'assertions', 'argument', 'arguments', 'approach', 'rhetoric', 'analysis'],
  ...['strategy', 'agenda', 'idea', 'ideas', 'account', 'version', 'narrative', 'plan', 'plans', 'reading'],
]);
/** What is hosted when the host receives no guest: a gathering. */
const GATHERINGS = new Set([
  ...['summit', 'summits', 'meeting', 'meetings', 'talks', 'conference', 'conferences', 'forum', 'gathering'],
  ...['session', 'ceremony', 'event', 'games', 'tournament', 'round', 'dinner', 'reception'],
]);
/** Sectors of armed forces: their assaults are military force, and the people they capture are fighters. */
const ARMED = new Set(['MIL', 'REB', 'INS', 'UAF', 'IMG', 'SPY', 'RAD']);
const STATE_SECTORS = new Set(['MIL', 'GOV']);
const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

const wordAt = (doc: Doc, i: number): string =>
  i >= 0 && i < doc.tokens.count
    ? tokenText(doc, i)
        .toLowerCase()
        .replace(/\u2019/g, "'")
    : '';
const isCountry = (a: ActorSpan): boolean => a.country !== null && a.code === a.country;
const isArmed = (a: ActorSpan): boolean => a.sector !== null && ARMED.has(a.sector);
const isState = (a: ActorSpan): boolean => isCountry(a) || (a.sector !== null && STATE_SECTORS.has(a.sector));

/** The words after the trigger up to the clause's end (a comma, semicolon or the sentence's end), at most `n`. */
function after(doc: Doc, r: RawEvent, n: number): string[] {
  const end = Math.min(doc.sentences[r.sentence].tokEnd, r.triggerEnd + n);
  const out: string[] = [];
  for (let k = r.triggerEnd; k < end; k++) {
    const w = wordAt(doc, k);
    if (w === ',' || w === ';' || w === ':') break;
    out.push(w);
  }
  return out;
}

/** "pushed back", "pushed the group out of": a movement, not "pushed for" nor "pushed X to withdraw". */
function pushMovement(doc: Doc, r: RawEvent): boolean {
  const next = after(doc, r, 7);
  for (let k = 0; k < next.length; k++) {
    const w = next[k];
    if (w === 'for' || w === 'that') return false;
    // "pushed X to the table", "pushed X to withdraw": pressure, not movement.
    if (w === 'to') return false;
    if (MOVEMENT.has(w)) return true;
  }
  return false;
}

/** Whether the target is only the possessor of a view ("clashed with X's assessment"). */
function viewOfTarget(doc: Doc, t: ActorSpan): boolean {
  const s = wordAt(doc, t.tokEnd);
  if (s !== "'s" && s !== "'") return false;
  for (let k = t.tokEnd + 1; k < t.tokEnd + 4; k++) {
    const w = wordAt(doc, k);
    if (VIEW_NOUNS.has(w)) return true;
    if (!tagOf(doc, k).startsWith('JJ')) return false;
  }
  return false;
}

/** Whether the words after "deny" open what is denied as a clause or a gerund, not a thing refused. */
function deniesHappening(doc: Doc, r: RawEvent): boolean {
  const next = after(doc, r, 6);
  if (next.length === 0) return false;
  if (next[0] === 'that' || next[0] === 'being' || next[0] === 'having' || next[0].endsWith('ing')) return true;
  // "denied his government had used": a subject and a finite verb of its own.
  for (let k = 1; k < next.length; k++) {
    const t = tagOf(doc, r.triggerEnd + k);
    if (FINITE_TAGS.has(t)) return true;
    if (t === 'IN' || t === 'TO' || t === 'CC') return false;
  }
  return false;
}

/** Whether the host receives a guest: the target is the verb's object, not a gathering, refugees or bases (a
 * lower-case noun after the target's possessive; "hosted Chile's president Ana Soto" names a guest). */
function hostsGuest(doc: Doc, r: RawEvent): boolean {
  const t = r.targets[0];
  if (!t || t.tokStart < r.triggerEnd || t.sector === 'REF') return false;
  for (let k = r.triggerEnd; k < t.tokStart; k++) {
    const w = wordAt(doc, k);
    if (GATHERINGS.has(w) || !(DETERMINERS.has(w) || tagOf(doc, k) === 'JJ' || w === 'both')) return false;
  }
  // "hosted the country's bases": the possessor's things, not the possessor.
  const s = wordAt(doc, t.tokEnd);
  return !((s === "'s" || s === "'") && /^[a-z]/.test(tokenText(doc, t.tokEnd + 1)));
}

/**
 * The candidate in the sense its arguments settle: the same object when nothing applies, a recoded copy, or null
 * when the sense is no CAMEO act.
 */
export function senseByArguments(doc: Doc, r: RawEvent): RawEvent | null {
  if (r.isNoun) return r;
  const word = wordAt(doc, r.trigger);
  const root = r.cameo.slice(0, 2);
  const recode = (cameo: string, rule: string): RawEvent =>
    changedEvent(r, { cameo, reciprocal: null, rule: r.rule + rule });
  const hostile = root >= '17' && root <= '20';
  if (PUSH.has(word) && root === '10' && pushMovement(doc, r)) {
    const sides = [...r.sources, ...r.targets];
    return sides.some((a) => isArmed(a) || isState(a)) ? recode('190', ':sense:push-back') : null;
  }
  if (STRIKE.has(word) && wordAt(doc, r.triggerEnd) === 'down' && hostile) return null;
  if (STAB.has(word) && after(doc, r, 8).join(' ').includes('in the back')) return null;
  if (HIT.has(word) && hostile && after(doc, r, 8).some((w) => GOALS.has(w))) return null;
  if (MEAN.has(word) && root === '03') return null;
  if (VERBAL_ROOTS.has(root) && r.sources.length > 0 && r.sources.every((a) => a.code === BARE_MEDIA)) return null;
  if ((hostile || root === '13') && r.targets.length > 0 && r.targets.every((t) => viewOfTarget(doc, t))) return null;
  if (ASSAULT.has(word) && (root === '19' || root === '18') && r.cameo !== '182') {
    const onPeople = r.targets.length > 0 && !r.targets.some((t) => isArmed(t) || isCountry(t));
    // Police beating protesters is repression (175, index.ts), not an assault by a bystander.
    if (onPeople && !r.sources.some((s) => isArmed(s) || s.sector === 'COP'))
      return recode('182', ':sense:assault-people');
  }
  if (BOMB.has(word) && r.cameo === '183' && r.sources.length > 0 && r.sources.every(isState))
    return recode('195', ':sense:state-bombing');
  if (CAPTURE.has(word) && (root === '19' || root === '18' || r.cameo.startsWith('171'))) {
    const persons = r.targets.length > 0 && r.targets.every((t) => personEntity(doc, t));
    if (persons) return recode('173', ':sense:capture-person');
  }
  if (DENY.has(word) && root === '12' && deniesHappening(doc, r)) return recode('016', ':sense:deny-accusation');
  if (HOST.has(word) && (root === '04' || root === '03') && !hostsGuest(doc, r)) return null;
  if (REINFORCE.has(word) && root >= '10' && after(doc, r, 5).some((w) => SUPPORT_NOUNS.has(w))) return null;
  return r;
}

/** Whether an actor names a person (an entity of type PERSON), not a place, group or country. */
function personEntity(doc: Doc, a: ActorSpan): boolean {
  if (!a.entityId) return false;
  return doc.entities.find((e) => e.id === a.entityId)?.type === 'PERSON';
}

/** Verbs of waging war: fighting an armed side is military force, whoever fights (index.ts `violence:armed-sides`). */
const WAR_VERBS = new Set([
  ...['fight', 'fights', 'fought', 'fighting', 'battle', 'battles', 'battled', 'battling', 'combat', 'combats'],
  ...['combated', 'combatted', 'combating', 'combatting', 'wage', 'wages', 'waged', 'waging'],
]);

/** Whether a trigger wages war: a verb of fighting, or a force pushed back (`sense:push-back`). */
export function warAct(trigger: string, rule: string): boolean {
  return WAR_VERBS.has(trigger.toLowerCase()) || rule.includes(':sense:push-back');
}
