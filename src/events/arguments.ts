/**
 * The arguments of a trigger: its source and target actors, found with a light clause analysis (subject before the
 * verb, object after it, passives, infinitives, participles, apposition, pronouns, event nouns' "by X on Y"). Each
 * argument rule appends its id to the event's rule (src/events/README.md lists them).
 */
import type { Doc } from '../model/doc.js';
import { recoded, type ActorSpan } from './actors.js';
import {
  IRREGULAR_PARTICIPLES,
  AUTHORITY,
  BE_AUXILIARIES,
  FIRST_PERSON,
  NOUN_MARKERS,
  NOUN_TARGET_PREPS,
  NOUN_TARGET_PREPS_MEET,
  PREPS_BEFORE_ACTOR,
  SUBJECT_PRONOUNS,
  VIOLENT_ROOTS,
} from './coder-words.js';
import { type Candidate, type CoderState, type SentenceView, groupFrom, isLowerWord } from './coder-types.js';
import { inNounPhrase, topicPreposition, notSubject, objectReach } from './clause-args.js';
import { participleHead } from './participle-head.js';
import { ARTICLES } from '../lang/en/index.js';

/** Prepositions whose phrase, article and actor are no subject ("from the town"): all but "of" and "by". */
const PP_PREPS: ReadonlySet<string> = new Set([...PREPS_BEFORE_ACTOR].filter((p) => p !== 'of' && p !== 'by'));

export function findArguments(
  doc: Doc,
  view: SentenceView,
  acts: readonly ActorSpan[],
  v: number,
  lo: number,
  hi: number,
  cand: Candidate,
  isNoun: boolean,
  state: CoderState,
): { sources: ActorSpan[]; targets: ActorSpan[]; rule: string; firstPerson: boolean } {
  const { words, first, forms } = view;
  const abs = (k: number): number => first + k;
  let rule = '';
  let sources: ActorSpan[] = [];
  let targets: ActorSpan[] = [];
  // Actors after the trigger, within the pattern's reach or a short window.
  const rightHi = Math.min(words.length, Math.max(cand.postEnd, v + 12));
  const rightIdx = acts.findIndex((a) => a.tokStart > abs(v) && a.tokStart < abs(rightHi));
  // `passive:participle-by`: with Parley's rules a participle before "by" is a passive with or without its auxiliary
  // ("the executioner killed by a US drone", "Kurdish groups, armed by Washington"): the "by" actor acts.
  const participleBy =
    view.strictDoc != null &&
    !isNoun &&
    words[v + 1] === 'by' &&
    (words[v].endsWith('ed') || IRREGULAR_PARTICIPLES.has(words[v]));
  const reduced = participleBy && !BE_AUXILIARIES.has(words[beforeAdverbs(words, v)] ?? '');
  const passive =
    (!isNoun &&
      v + 1 < words.length &&
      v > 0 &&
      (BE_AUXILIARIES.has(words[v - 1]) ||
        (v > 1 && BE_AUXILIARIES.has(words[v - 2])) ||
        // "is also deeply worried": the auxiliary before adverbs (with Parley's rules).
        (view.strictDoc != null &&
          beforeAdverbs(words, v) >= 0 &&
          BE_AUXILIARIES.has(words[beforeAdverbs(words, v)]))) &&
      words[v].endsWith('ed')) ||
    reducedPassive(words, acts, first, v, isNoun) ||
    participleBy;

  if (isNoun) {
    // "attack by X on Y", "X's attack", "Indian strikes on Y", "talks with Y".
    const root = cand.code.slice(0, 2);
    const targetPreps = root === '04' || root === '03' ? NOUN_TARGET_PREPS_MEET : NOUN_TARGET_PREPS;
    let pre = -1;
    for (let k = 0; k < acts.length; k++) {
      const a = acts[k];
      const before = a.tokStart - first - 1;
      if (a.tokStart > abs(v) && a.tokStart <= abs(v + 8)) {
        // Find the preposition governing this actor (skip determiners and modifiers).
        let p = before;
        while (p > v && !PREPS_BEFORE_ACTOR.has(words[p])) p--;
        const prep = p > v && (view.strictDoc == null || inNounPhrase(doc, words, first, v, p)) ? words[p] : '';
        if (prep === 'by' && (sources.length === 0 || !sources[0].country))
          sources = groupFrom(forms, acts, k, words, first, true);
        // "invasion of South Lebanon", "siege of X": violence "of" a country as such is violence on it.
        const ofCountry = prep === 'of' && VIOLENT_ROOTS.has(root) && a.country !== null && a.sector === null;
        if (prep !== 'by' && (targetPreps.has(prep) || ofCountry) && targets.length === 0)
          targets = groupFrom(forms, acts, k, words, first, true);
      } else if (a.tokEnd <= abs(v) && a.tokEnd >= abs(v - 3) && a.country) {
        // Pre-modifier ("Indian airstrikes", "Pakistan's attack"); a bare agent ("terrorist attack")
        // is a kind, not an actor.
        pre = k;
      }
    }
    if (sources.length === 0 && pre >= 0) sources = groupFrom(forms, acts, pre, words, first, false);
    // "the Pahalgam attack by a Pakistan-based outfit": with the agent after "by", the place before a violent noun
    // is where, and so on whom, it struck (`noun-args:place-before`).
    else if (
      pre >= 0 &&
      targets.length === 0 &&
      VIOLENT_ROOTS.has(root) &&
      !sources.includes(acts[pre]) &&
      !sources.some((x) => x.country === acts[pre].country)
    ) {
      // The place's country as such: "Pahalgam terrorist" names the attackers' kind, not the victims'.
      const place = acts[pre];
      targets = [recoded(place, place.country!, place.country, null, place.entityId)];
      rule += ':place-before';
    }
    // "talks between X and Y": the first side acts on the others.
    if (sources.length === 0 && targets.length >= 2 && words[targets[0].tokStart - first - 1] === 'between') {
      sources = [targets[0]];
      targets = targets.slice(1);
    }
    // "X renewed negotiations", "X held talks", "X launched a deadly attack": the light verb's subject. A noun
    // with no actor tied to it ("to discuss a fishing dispute") is no event.
    if (sources.length === 0) {
      const gov = governingVerb(view, v, lo);
      if (gov >= 0) sources = subjectBefore(forms, acts, words, first, gov, lo);
    }
    if (sources.length === 0) targets = [];
    rule += ':noun-args';
  } else {
    const passiveBy = passive || cand.pattern?.sourceAfter;
    if (passiveBy) {
      const byIdx = words.indexOf('by', v + 1);
      if (byIdx > 0 && byIdx < v + 8) {
        const k = acts.findIndex((a) => a.tokStart > abs(byIdx) && a.tokStart <= abs(byIdx + 4));
        if (k >= 0) {
          sources = groupFrom(forms, acts, k, words, first, true);
          rule += ':passive-by';
        }
      }
      // Target of a passive is the subject; of a passive without its auxiliary, only the actor the participle
      // follows ("Kurdish groups, armed by ..."), not the subject of the clause it sits in.
      // (Past adverbs and a comma: "an activist previously jailed by X", "Kurdish groups, armed by X".)
      let head = beforeAdverbs(words, v);
      if (head > 0 && words[head] === ',') head--;
      const reducedTarget = acts.findIndex((a) => a.tokEnd === abs(head + 1));
      const subj = reduced
        ? reducedTarget >= 0
          ? groupFrom(forms, acts, reducedTarget, words, first, false)
          : []
        : subjectBefore(forms, acts, words, first, v, lo, view.strictDoc);
      if (subj.length) targets = subj;
      // "was arrested in Lebanon": with no by-agent, coercion is the act of the place's authorities.
      if (sources.length === 0 && cand.code.startsWith('17')) {
        const inIdx = words.indexOf('in', v + 1);
        const place =
          inIdx > 0 && inIdx < v + 4
            ? acts.find((a) => a.tokStart === first + inIdx + 1 && a.country && !a.sector)
            : undefined;
        if (place) {
          sources = [place];
          rule += ':passive-place';
        }
      }
    }
    // "X condemned the attack and promised aid": a verb after "and" shares the subject of the verb before it.
    if (
      sources.length === 0 &&
      !passive &&
      v > 0 &&
      words[v - 1] === 'and' &&
      state.current.length &&
      (!view.strictDoc || (state.currentTrigger >= lo && v - state.currentTrigger <= 8))
    ) {
      sources = state.current;
      rule += ':coordinated-verb';
    }
    // "X met Y on Thursday to discuss ...": an infinitive of purpose shares the main clause's subject, unless an
    // actor right before "to" is the object of an appeal ("urged Portugal to withdraw": Portugal is its subject).
    if (
      sources.length === 0 &&
      !passive &&
      v > 1 &&
      words[v - 1] === 'to' &&
      state.current.length &&
      !inActorAt(acts, abs(v - 2))
    ) {
      sources = state.current;
      rule += ':infinitive-subject';
    }
    // `subject:participle-head` (participle-head.ts): "forces fighting X": the noun the participle follows.
    const head =
      sources.length === 0 && !passive && view.strictDoc
        ? participleHead(view.strictDoc, forms, acts, words, first, v)
        : null;
    if (head) {
      sources = head;
      if (sources.length) rule += ':participle-head';
    } else if (sources.length === 0 && !passive) {
      sources = subjectBefore(forms, acts, words, first, v, lo, view.strictDoc);
      if (sources.length) rule += ':subject';
    }
    // "* EID AT ^ WITH +": the pattern says which actor is the target, the one right after its last word.
    if (targets.length === 0 && cand.pattern?.targetAfterLast) {
      let k = acts.findIndex(
        (a) => a.tokStart >= abs(cand.postEnd) && a.tokStart <= abs(cand.postEnd + 3) && !sources.includes(a),
      );
      if (k >= 0 && cand.pattern.targetSkips) {
        const skipped = acts[k];
        k = acts.findIndex(
          (a) => a.tokStart >= skipped.tokEnd && a.tokStart <= skipped.tokEnd + 6 && !sources.includes(a),
        );
      }
      if (k >= 0) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':pattern-target';
      }
    }
    // `object:own-clause` (clause-args.ts): with Parley's rules, the object stands in the trigger's clause.
    const strict = view.strictDoc;
    const reach = strict
      ? abs(objectReach(strict, words, first, Math.max(v + 1, cand.postEnd), cand.code, v))
      : Infinity;
    const outOfReach = (a: ActorSpan): boolean => strict != null && a.tokStart >= reach;
    // A passive without its auxiliary has its target before it, none after ("a deal brokered by X to end ...").
    if (targets.length === 0 && rightIdx >= 0 && !reduced) {
      let k = rightIdx;
      while (k < acts.length && acts[k].tokStart < reach && outOfReach(acts[k])) k++;
      // Skip the by-phrase actor already used as source, and bare agents when a country-coded actor follows.
      while (k < acts.length && sources.includes(acts[k])) k++;
      const sameAsSource = (a: ActorSpan): boolean => sources.some((s) => s.code === a.code);
      while (k < acts.length && acts[k].tokStart < abs(rightHi) && sameAsSource(acts[k])) k++;
      let c = k;
      // A bare agent ("troops", "military") gives way to a country-coded actor a little further on.
      const countryHi = Math.min(words.length, rightHi + 6);
      while (
        c < acts.length &&
        acts[c].tokStart < abs(countryHi) &&
        (!isPlaced(acts[c]) || sources.includes(acts[c]) || sameAsSource(acts[c]) || outOfReach(acts[c]))
      )
        c++;
      if (c < acts.length && acts[c].tokStart < abs(countryHi)) k = c;
      if (
        k < acts.length &&
        !outOfReach(acts[k]) &&
        acts[k].tokStart < abs(Math.min(words.length, rightHi + 6)) &&
        (acts[k].tokStart < abs(rightHi) || isPlaced(acts[k])) &&
        // `object:not-topic`: "discussed concerns about Syria" names what the act is about, not whom it is aimed at.
        !(strict && onTopic(strict, words, first, acts[k], v, cand))
      ) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':object';
      }
    }
  }
  // "..., endorsing the Indian position": a trailing participle shares the main clause's subject.
  if (
    v > 0 &&
    words[v].endsWith('ing') &&
    (words[v - 1] === ',' || words[v - 1] === '\u201d' || words[v - 1] === '"') &&
    state.current.length
  ) {
    sources = state.current;
    rule += ':participle-main-subject';
  }
  let firstPerson = false;
  if (sources.length === 0) {
    // A pronoun or bare subject ("He urged ...", "the secretary") refers back to the last source; "we"/"I" is the
    // speaker of the quote the clause is in (set in emit), never the last source.
    const subjWord = words[Math.max(lo, 0)];
    let pron = SUBJECT_PRONOUNS.has(subjWord) ? subjWord : '';
    for (let k = v - 1; !pron && k >= lo; k--)
      if (SUBJECT_PRONOUNS.has(words[k]) || FIRST_PERSON.has(words[k])) pron = words[k];
    if (FIRST_PERSON.has(pron)) {
      firstPerson = true;
      rule += ':first-person';
    } else if (pron && !view.strictDoc) {
      if (state.lastSources.length) {
        sources = state.lastSources;
        rule += ':pronoun-prev';
      }
    }
  }
  // A fronted participle clause ("While expressing sorrow ..., the secretary urged India") shares the main subject.
  if (
    (sources.length === 0 && lo === 0 && words[0] === 'while') ||
    (sources.length === 0 && words[v].endsWith('ing') && v <= 2)
  ) {
    const comma = words.indexOf(',', v);
    if (comma > 0) {
      const k = acts.findIndex((a) => a.tokStart > abs(comma) && a.tokStart <= abs(comma + 4));
      if (k >= 0) {
        sources = groupFrom(forms, acts, k, words, first, true);
        rule += ':participle-subject';
        // Not a bare agent, nor the agent of a by-phrase ("deaths in an attack by a Pakistan-based outfit").
        if (
          targets.length &&
          (!targets[0].country ||
            words.slice(Math.max(0, targets[0].tokStart - first - 3), targets[0].tokStart - first).includes('by'))
        )
          targets = [];
        if (targets.length === 0) {
          const t = acts.findIndex(
            (a, idx) =>
              idx > k && a.country !== null && a.tokStart > acts[k].tokEnd && a.tokStart <= acts[k].tokEnd + 10,
          );
          if (t >= 0) {
            targets = groupFrom(forms, acts, t, words, first, true);
            rule += ':main-object';
          }
        }
      }
    }
  }
  // "investigating crimes by X", "condemned the attack by X": the agent of the act under scrutiny is the target.
  if (!isNoun && !passive && (cand.code.startsWith('09') || cand.code.startsWith('11'))) {
    const byIdx = words.indexOf('by', v + 1);
    if (byIdx > 0 && byIdx <= v + 6) {
      const k = acts.findIndex((a) => a.tokStart > abs(byIdx) && a.tokStart <= abs(byIdx + 3) && a.country);
      if (k >= 0 && !sources.includes(acts[k])) {
        targets = groupFrom(forms, acts, k, words, first, true);
        rule += ':by-agent-target';
      }
    }
  }
  // Protest with no stated target: the authorities the sentence names after it ("... demands from President X").
  if (targets.length === 0 && sources.length > 0 && cand.code.startsWith('14')) {
    const authority = acts.find(
      (a) => a.tokStart > abs(v) && a.sector !== null && AUTHORITY.has(a.sector) && !sources.includes(a),
    );
    if (authority) {
      targets = [authority];
      rule += ':protest-authority';
    }
  }
  // Violence with no stated victim: the other country named in the sentence (not with Parley's rules, which keep
  // the target in the trigger's own clause: `object:own-clause`).
  if (targets.length === 0 && sources.length > 0 && !view.strictDoc && VIOLENT_ROOTS.has(cand.code.slice(0, 2))) {
    const srcCountries = new Set(sources.map((s) => s.country));
    const other = acts.find((a) => a.country && !srcCountries.has(a.country) && a.sector === null);
    if (other) {
      targets = [other];
      rule += ':target-in-sentence';
    }
  }
  void doc;
  return { sources, targets, rule, firstPerson };
}

/** The word index before `v` past adverbs ("also", "deeply"); -1 at the sentence start. */
/** `object:not-topic` (clause-args.ts) for a candidate: a preposition its pattern names is the pattern's own. */
function onTopic(doc: Doc, words: readonly string[], first: number, a: ActorSpan, v: number, cand: Candidate): boolean {
  const prep = topicPreposition(doc, words, first, a, v);
  return prep !== null && !(cand.pattern?.anchors.some((alts) => alts.includes(prep)) ?? false);
}

function beforeAdverbs(words: readonly string[], v: number): number {
  let k = v - 1;
  while (k >= 0 && (words[k] === 'also' || words[k] === 'still' || (words[k].length > 4 && words[k].endsWith('ly'))))
    k--;
  return k;
}

/** Whether token `abs` lies inside one of the actors. */
export function inActorAt(acts: readonly ActorSpan[], abs: number): boolean {
  for (const a of acts) if (a.tokStart <= abs && abs < a.tokEnd) return true;
  return false;
}

/** Verbs that take an event noun as object and lend it their subject: "held talks", "launched an attack". */
export const LIGHT_VERBS = new Set([
  'hold',
  'holds',
  'held',
  'holding',
  'launch',
  'launches',
  'launched',
  'launching',
  'stage',
  'stages',
  'staged',
  'staging',
  'carry',
  'carries',
  'carried',
  'conduct',
  'conducts',
  'conducted',
  'conducting',
  'make',
  'makes',
  'made',
  'making',
  'sign',
  'signs',
  'signed',
  'signing',
  'begin',
  'begins',
  'began',
  'begun',
  'resume',
  'resumes',
  'resumed',
  'resuming',
  'open',
  'opens',
  'opened',
  'start',
  'starts',
  'started',
  'call',
  'calls',
  'called',
  'lead',
  'leads',
  'led',
  'mount',
  'mounts',
  'mounted',
  'wage',
  'wages',
  'waged',
  'waging',
  'issue',
  'issues',
  'issued',
  'give',
  'gives',
  'gave',
  'given',
  'offer',
  'offers',
  'offered',
  'announce',
  'announces',
  'announced',
  'have',
  'has',
  'had',
  'continue',
  'continues',
  'continued',
  'join',
  'joins',
  'joined',
  'organize',
  'organized',
  'organise',
  'organised',
  'host',
  'hosts',
  'hosted',
  'reach',
  'reaches',
  'reached',
  'seal',
  'sealed',
  'conclude',
  'concluded',
  'strike',
  'struck',
  'deliver',
  'delivered',
  'provide',
  'provides',
  'provided',
  'send',
  'sent',
  'extend',
  'extended',
  'impose',
  'imposes',
  'imposed',
  'file',
  'filed',
  'lodge',
  'lodged',
  'level',
  'levelled',
  'leveled',
  'express',
  'expressed',
  'voice',
  'voiced',
  'renew',
  'renewed',
  'pledge',
  'pledged',
  'commit',
  'committed',
  'intensify',
  'intensified',
  'step',
  'stepped',
  'end',
  'ended',
  'halt',
  'halted',
  'suspend',
  'suspended',
  'break',
  'broke',
  'agree',
  'agreed',
  'approve',
  'approved',
  'propose',
  'proposed',
  'accept',
  'accepted',
  'reject',
  'rejected',
  'claim',
  'claimed',
  'deny',
  'denied',
  'order',
  'ordered',
  'declare',
  'declared',
  'sponsor',
  'sponsored',
  'plan',
  'plans',
  'planned',
  'threaten',
  'threatened',
  'threatens',
  'vow',
  'vowed',
  'promise',
  'promised',
]);

/**
 * The light verb an event noun is the object of: the word before the noun, past articles and adjectives (at most
 * three words; "launched a deadly attack"); -1 when there is none.
 */
export function governingVerb(view: SentenceView, v: number, lo: number): number {
  const { words } = view;
  let k = v - 1;
  for (let skipped = 0; k >= lo && skipped < 3; k--, skipped++) {
    const w = words[k];
    if (LIGHT_VERBS.has(w)) return k;
    if (!(NOUN_MARKERS.has(w) || isLowerWord(w, true)) || PREPS_BEFORE_ACTOR.has(w) || w === 'to' || w === 'and')
      return -1;
  }
  return k >= lo && LIGHT_VERBS.has(words[k]) ? k : -1;
}

/** An actor with a country, or a transnational one (IGO, NGO ...): not a bare role word like "troops". */
export const TRANSNATIONAL = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT']);
export function isPlaced(a: ActorSpan): boolean {
  return a.country !== null || (a.code.length > 3 && TRANSNATIONAL.has(a.code.slice(0, 3)));
}

/** The subject group: the nearest actor group left of the verb in its clause, not inside a prepositional phrase. */
export function subjectBefore(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
  strict: Doc | null = null,
): ActorSpan[] {
  // A bare agent ("officials", "troops") is taken only when no country-coded actor is in reach.
  const withCountry = subjectScan(forms, acts, words, first, v, lo, true, strict);
  return withCountry.length ? withCountry : subjectScan(forms, acts, words, first, v, lo, false, strict);
}

/**
 * "Pakistan, a key U.S. ally in the war, has refused ...": when an appositive (", ... ,") stands right before the
 * verb group, a country-like head before it is the subject.
 */
export function appositiveHead(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
): ActorSpan[] {
  let k = v - 1;
  while (k > lo && AUX_WORDS.has(words[k])) k--;
  if (words[k] !== ',') return [];
  let open = k - 1;
  while (open > lo && words[open] !== ',') open--;
  if (open <= lo || k - open > 14) return [];
  const headIdx = acts.findIndex((a) => a.tokEnd === first + open);
  if (headIdx < 0) return [];
  const head = acts[headIdx];
  if (!head.country || head.sector) return [];
  return groupFrom(forms, acts, headIdx, words, first, false);
}

export const AUX_WORDS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'also',
  'again',
  'then',
  'had',
  'been',
  'be',
  'did',
  'does',
  'do',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'not',
  'never',
  'already',
  'reportedly',
]);

export function subjectScan(
  forms: ReadonlyMap<string, string>,
  acts: readonly ActorSpan[],
  words: readonly string[],
  first: number,
  v: number,
  lo: number,
  needCountry: boolean,
  strict: Doc | null = null,
): ActorSpan[] {
  if (needCountry) {
    const head = appositiveHead(forms, acts, words, first, v, lo);
    if (head.length) return head;
  }
  for (let k = acts.length - 1; k >= 0; k--) {
    if (needCountry && !isPlaced(acts[k])) continue;
    const a = acts[k];
    if (a.tokEnd > first + v) continue;
    if (a.tokStart < first + lo) break;
    const prev = a.tokStart - first - 1;
    if (prev >= 0 && PREPS_BEFORE_ACTOR.has(words[prev]) && a.kind !== 'composed') continue;
    // `subject:not-in-pp`: nor past an article ("members from the town", "drove to a border crossing"), with Parley's
    // own rules; "of" and "by" still lend the subject their actor ("members of the union", "claimed by the group").
    if (strict && prev > 0 && ARTICLES.has(words[prev]) && PP_PREPS.has(words[prev - 1])) continue;
    // `subject:not-object` (clause-args.ts).
    if (strict && notSubject(strict, words, first, a)) continue;
    const group = groupFrom(forms, acts, k, words, first, false);
    return group;
  }
  return [];
}

/**
 * A participle right after an actor and right before "by" is a passive with its auxiliary left out ("fighters held
 * by Kurdish forces", "protesters arrested by the police"): the "by" actor acts on the one before.
 */
function reducedPassive(
  words: readonly string[],
  acts: readonly ActorSpan[],
  first: number,
  v: number,
  isNoun: boolean,
): boolean {
  if (isNoun || v === 0 || words[v + 1] !== 'by') return false;
  if (!words[v].endsWith('ed') && !IRREGULAR_PARTICIPLES.has(words[v])) return false;
  return acts.some((a) => a.tokEnd === first + v);
}
