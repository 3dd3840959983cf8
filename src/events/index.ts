/**
 * The events stage: CAMEO-coded events with PLOVER types, Goldstein scores, modality, dates and evidence.
 * Reads tokens, sentences, entities/mentions (actor codes), quotes and times; fills doc.events only.
 */
import { locateEvents } from '../places/index.js';
import type { Doc } from '../model/doc.js';
import { makeSpan, tokenAtOrAfter, tokenText } from '../model/doc.js';
import type { AnalyzeOptions } from '../model/options.js';
import type { Event, EventActor, Quote } from '../model/schema.js';
import { collectActors, isPatronSpan, recoded, withUniformShape, type ActorMatcher, type ActorSpan } from './actors.js';
import { matchActors } from '../entities/actors/index.js';
import { cameoInfo, userCodeInfo, type CameoInfo } from './codebook.js';
import { codeSentence, type RawEvent } from './coder.js';
import { changedEvent } from './changed-event.js';
import { actorsIn, type CoderState } from './coder-types.js';
import { dateFor, timexesBySentence } from './dating.js';
import { verbTableWith } from './verb-table.js';
import { applyDatedCodes, datedActorIndex } from './dated-actors.js';
import { discardedSentences } from './discards.js';
import { gateEvents } from './gates.js';
import { articleRelevance } from './relevance.js';
import { actorGate } from './political.js';
import { isGeneric } from './senses.js';
import { oneEventPerAct } from './acts.js';
import { warAct } from './arg-senses.js';
import { reciprocalPartners } from './reciprocal.js';
import { classifyEvents, shippedEventsModel, type EventsModel } from './classifier.js';
import { SpanIndex } from '../model/span-index.js';
import { mapPacked } from '../model/arrays.js';
import { DETERMINERS, isPatronModifier } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';

export { cameoInfo, codebook, quadClassOf } from './codebook.js';
export type { ActorSpan, ActorMatcher } from './actors.js';

function toEventActor(doc: Doc, a: ActorSpan): EventActor {
  return {
    entityId: a.entityId ?? null,
    text: doc.text.slice(a.start, a.end),
    span: makeSpan(doc.text, a.start, a.end),
    code: a.code,
    country: a.country,
    sector: a.sector,
  };
}

/** The quote whose content contains char offset `pos` (the first such quote). */
function quoteAt(quotes: SpanIndex<Quote>, pos: number): Quote | null {
  return quotes.firstCovering(pos, pos + 1) ?? null;
}

/** The actor standing for a quote's speaker: one covering the speaker's mention, one inside it, or its entity's. */
function speakerActor(q: Quote, actors: DocActors): ActorSpan | null {
  if (!q.speaker) return null;
  const m = q.speaker.mention;
  const direct = actors.bySpan.firstCovering(m.start, m.end) ?? actors.bySpan.firstWithin(m.start, m.end);
  if (direct) return direct;
  if (q.speaker.entityId) return actors.firstOfEntity().get(q.speaker.entityId) ?? null;
  return null;
}

/** A document's actor spans with the lookups emit() needs, built once per document (not a scan per quote). */
class DocActors {
  readonly bySpan: SpanIndex<ActorSpan>;
  private byEntity: Map<string, ActorSpan> | null = null;

  constructor(readonly list: readonly ActorSpan[]) {
    this.bySpan = new SpanIndex(
      list,
      (a) => a.start,
      (a) => a.end,
    );
  }

  /** Entity id -> its first actor span. */
  firstOfEntity(): Map<string, ActorSpan> {
    if (this.byEntity) return this.byEntity;
    const m = new Map<string, ActorSpan>();
    for (const a of this.list) if (a.entityId && !m.has(a.entityId)) m.set(a.entityId, a);
    return (this.byEntity = m);
  }
}

export function runEvents(doc: Doc, options: AnalyzeOptions): void {
  runEventsWith(doc, options, {});
  locateEvents(doc);
}

export interface EventStageSettings {
  /** Code with the user's verb patterns only (PETRARCH validation: its own verbs file, nothing else). */
  userVerbsOnly?: boolean;
  /** Stop before the classifier and the gates: doc.events are the coder's candidates (training, eval). */
  candidatesOnly?: boolean;
  /**
   * The events model to judge candidates with; default the shipped one (loaded on first use), null: the rules
   * decide alone (`parley eval events --no-model`). docs/events-quality.md has the figures either way.
   */
  model?: EventsModel | null;
}

/** runEvents with settings analyze() does not expose (eval). */
export function runEventsWith(doc: Doc, options: AnalyzeOptions, settings: EventStageSettings): void {
  // The entities stage's matches when it ran (same dictionaries), else the lexicon's.
  const matcher: ActorMatcher = (d) => d.actorMatches ?? matchActors(d, options.dictionaries);
  const table = verbTableWith(options.dictionaries?.verbs, settings.userVerbsOnly === true);
  const discarded = discardedSentences(doc, options.dictionaries?.discards);
  if (discarded === 'story') {
    doc.events = [];
    return;
  }
  const actors = withUniformShape(
    applyDatedCodes(
      doc,
      collectActors(doc, matcher, [], settings.userVerbsOnly === true, options.dictionaries?.agents),
      datedActorIndex(options.dictionaries?.actors),
    ),
  );
  const inTime = timeTokens(doc);
  const byS = timexesBySentence(doc);
  const ctx = new EmitContext(doc, actors, settings.userVerbsOnly !== true);
  const state: CoderState = { lastSources: [], current: [], currentTrigger: -1 };
  const events: Event[] = [];
  const seen = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const raws = discarded?.has(si)
      ? []
      : codeSentence(doc, { table, actors, inTime, constructions: settings.userVerbsOnly !== true }, si, state);
    // A user's verb dictionary codes each verb by its own patterns (PETRARCH practice): acts are not merged there.
    const acts = settings.userVerbsOnly ? raws : oneEventPerAct(doc, raws);
    for (const raw0 of acts) {
      // "Gondor and Osgiliath renewed ties": coordinated actors with no object act on each other (CAMEO practice).
      const parts = raw0.mutual
        ? mapPacked(raw0.sources, (s) =>
            changedEvent(raw0, {
              sources: [s],
              targets: raw0.sources.filter((x) => x !== s),
              rule: `${raw0.rule}:mutual`,
            }),
          )
        : [raw0];
      for (const raw of parts) {
        emit(doc, ctx, raw, byS, events, seen);
        // PETRARCH "[X:Y]" patterns: the target does Y to the source ("visit" 042 / "host" 043).
        // A user's own verb patterns code their reciprocals as the dictionary says (PETRARCH practice).
        const partners =
          !raw.reciprocal || !raw.sources.length
            ? []
            : settings.userVerbsOnly
              ? raw.targets
              : reciprocalPartners(doc, raw.targets);
        if (raw.reciprocal && partners.length) {
          emit(
            doc,
            ctx,
            changedEvent(raw, {
              cameo: raw.reciprocal,
              reciprocal: null,
              sources: partners,
              targets: raw.sources,
              rule: `${raw.rule}:reciprocal`,
            }),
            byS,
            events,
            seen,
          );
        }
      }
    }
  }
  if (settings.candidatesOnly) {
    doc.events = events;
    return;
  }
  // A user's own verb dictionary codes by its own rules: the model, trained on CAMEO 2.0 coding, stays out of it.
  const model = settings.userVerbsOnly ? null : settings.model === undefined ? shippedEventsModel() : settings.model;
  const relevance = articleRelevance(doc, actors);
  // A main candidate the gates discard anyway needs no scoring: it leaves with the gate's reason.
  const gated = (e: Event): boolean =>
    !relevance.relevant || actorGate(e.root, e.source, e.target, false) !== null || isGeneric(e.evidence.rule);
  const judged =
    model && relevance.relevant ? classifyEvents(model, doc, events, gated) : { kept: events, rejected: [] };
  doc.events = gateEvents(doc, judged.kept, actors, settings.userVerbsOnly === true, judged.rejected, relevance);
}

/** Tokens inside a time expression ("March 14"): never triggers. */
function timeTokens(doc: Doc): Uint8Array {
  const mask = new Uint8Array(doc.tokens.count);
  if (doc.times.length === 0) return mask;
  const t = doc.tokens;
  let i = 0;
  const times = doc.times.length > 1 ? [...doc.times].sort((a, b) => a.span.start - b.span.start) : doc.times;
  for (const x of times) {
    while (i < t.count && t.end[i] <= x.span.start) i++;
    for (let k = i; k < t.count && t.start[k] < x.span.end; k++) mask[k] = 1;
  }
  return mask;
}

/** Attackers outside regular forces, and victims who are civilians. */
// IMG: militarized groups such as Isis, whose attacks are unconventional violence too.
const IRREGULAR = new Set(['REB', 'UAF', 'INS', 'RAD', 'CRM', 'CVL', 'OPP', 'IMG']);
const REPRESSED = new Set(['OPP', 'CVL', 'LAB', 'EDU', 'REL', 'MUS', 'CHR', 'JEW', 'HRI', 'MED', 'REF', 'AGR']);
const CIVILIAN = new Set(['CVL', 'REF', 'MED', 'EDU', 'HLH', 'REL', 'LAB', 'BUS', 'HRI', 'NGO', 'AGR']);

/**
 * `violence:armed-sides`: irregulars fighting, battling or pushing back an armed side wage war (19x), as armies do;
 * their killings and attacks stay unconventional violence.
 */
const ARMED_SIDES = new Set(['MIL', 'REB', 'INS', 'UAF', 'IMG', 'RAD']);
/** Occupying territory (192) is no unconventional violence, whoever occupies. */
const OCCUPY = '192';

/**
 * CAMEO keeps conventional military force (19x) for fighting between armed forces; violence by irregular
 * actors or against civilians is unconventional violence (180).
 */
function violenceKind(info: CameoInfo, s: ActorSpan | null, t: ActorSpan | null, war: boolean): CameoInfo {
  // Police force against protesters or civilians is violent repression (175).
  if (info.root === '19' && s?.sector === 'COP' && (!t?.sector || REPRESSED.has(t.sector))) {
    return cameoInfo('175') ?? info;
  }
  if (info.root !== '19' || info.code === OCCUPY) return info;
  const armedTarget = war && t?.sector != null && ARMED_SIDES.has(t.sector);
  const irregular = (s?.sector && IRREGULAR.has(s.sector) && !armedTarget) || (t?.sector && CIVILIAN.has(t.sector));
  return irregular ? (cameoInfo('180') ?? info) : info;
}

const TRANSNATIONAL = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT']);
/** Cue lemmas of advice and appeal: their that-clause states an act wanted, not one reported as done. */
const ADVICE_CUES: ReadonlySet<string> = new Set(['recommend', 'advise', 'urge', 'propose', 'demand', 'request']);

/** What emit() needs of one document besides the event: made in runEventsWith, dropped with the document. */
class EmitContext {
  /** The document's quotes by content span. */
  readonly quotes: SpanIndex<Quote>;
  /** The document's quotes that have a cue, by cue span. */
  readonly cues: SpanIndex<Quote>;
  /** Each quote's speaker as an actor span (null: none). */
  readonly speakers = new Map<Quote, ActorSpan | null>();
  /** Countries named per sentence (for the domestic-target rule). */
  readonly countries = new Map<number, Set<string | null>>();
  private lookups: DocActors | null = null;

  /** `quoteSpeakers`: whether a quote's speaker stands in for a missing source and a cue's content keeps only its
   * subject as target (Parley's rules; off when coding with user verbs only). */
  constructor(
    doc: Doc,
    readonly actors: readonly ActorSpan[],
    readonly quoteSpeakers: boolean,
  ) {
    this.quotes = new SpanIndex(
      doc.quotes,
      (q) => q.content.start,
      (q) => q.content.end,
    );
    this.cues = new SpanIndex(
      doc.quotes.filter((q) => q.cue !== null),
      (q) => q.cue!.start,
      (q) => q.cue!.end,
    );
  }

  /** The actors with their lookups, built at the first quoted event. */
  actorLookups(): DocActors {
    return (this.lookups ??= new DocActors(this.actors));
  }
}

/** Sectors of armed groups that fight a state: the state does not arm or aid its own. */
const REBEL_SECTORS: ReadonlySet<string> = new Set(['REB', 'INS']);
/** CAMEO roots of material help: 06 material cooperation (arms, intelligence), 07 aid. */
const MATERIAL_HELP_ROOTS: ReadonlySet<string> = new Set(['06', '07']);
/** Codes of backing: 050 support, 051 endorse, 052 defend verbally (an agreement with rebels stays domestic). */
const BACKING_CODES: ReadonlySet<string> = new Set(['050', '051', '052']);

/**
 * `domestic-target` exceptions: a group the text names with a patron ("Turkish-backed rebels", "the US-backed
 * Kurdish militia"), and rebels a state arms, aids or backs, are not the state's own: they keep having no country.
 */
function foreignGroup(doc: Doc, info: CameoInfo, t: ActorSpan): boolean {
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 2); k--)
    if (isPatronSpan(doc, { tokStart: k, tokEnd: k + 1 })) return true;
  const helps = MATERIAL_HELP_ROOTS.has(info.root) || BACKING_CODES.has(info.code.slice(0, 3));
  return t.sector !== null && REBEL_SECTORS.has(t.sector) && helps;
}

/** Countries of the patron modifiers ("Iran-backed", "pro-Russian") among the entity mentions in [start, end). */
function patronCountries(doc: Doc, start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of doc.mentions) {
    if (m.span.start < start || m.span.end > end || !isPatronModifier(m.span.text)) continue;
    const entity = doc.entities.find((e) => e.id === m.entityId);
    const country = entity?.actor?.country ?? entity?.country;
    if (country) out.push(country);
  }
  return out;
}

/**
 * Roots whose content is an act wanted or promised, aimed at whoever it names: an appeal (02), an intent or
 * agreement (03), a demand (10), a threat (13) "that X ...".
 */
const CONTENT_TARGET_ROOTS: ReadonlySet<string> = new Set(['02', '03', '10', '13']);
const DEMAND_ROOT = '10';
const NOUN_TAG = /^NN/;
const QUOTE_MARK_TAGS: ReadonlySet<string> = new Set(['"', "''"]);
/** Tags of a finite verb or a modal: the content is a clause with a subject of its own. */
const CLAUSE_VERB_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Words that open a clause inside a noun phrase: a finite verb after them is not the content's own. */
const EMBEDDED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that', ',', ';', '(']);

const tagAt = (doc: Doc, i: number): string => posTagger().labels[posTagAt(doc, i)];
const wordAt = (doc: Doc, i: number): string => tokenText(doc, i).toLowerCase();

/**
 * The token of the finite verb or modal that makes a cue's content a clause, or -1: none before an embedded clause
 * opens, or an infinitive, a participle ("offered its troops to X to help him oust Y from the enclave Y controls"),
 * a conjunction, a preposition other than "of" or a noun's own clause ("assertions it is") comes first. A noun
 * phrase the cue governs ("condemned the US travel ban", "welcomes the mission which is due") or an infinitive
 * ("vowed to wage war against X") is its object, not a clause of its own.
 */
function contentVerb(doc: Doc, content: Quote['content']): number {
  const from = tokenAtOrAfter(doc, content.start);
  const to = tokenAtOrAfter(doc, content.end);
  if (wordAt(doc, from) === 'to') return -1;
  for (let i = from; i < to; i++) {
    const w = wordAt(doc, i);
    if (i > from && EMBEDDED_CLAUSE_OPENERS.has(w)) return -1;
    const t = tagAt(doc, i);
    // A verb first has no subject before it: the tagger's slip for an adjective ("sharing raw intelligence").
    if (CLAUSE_VERB_TAGS.has(t)) return i > from ? i : -1;
    if (t === 'TO' || t === 'VB' || t === 'VBG' || t === 'CC') return -1;
    // "a lawsuit against X": a preposition other than "of" before the verb ends a noun phrase, not a subject.
    if (t === 'IN' && w !== 'of' && w !== 'that') return -1;
    // "rejected US assertions it is ...": a pronoun after a noun opens the noun's own clause.
    if (t === 'PRP' && i > from && NOUN_TAG.test(tagAt(doc, i - 1))) return -1;
  }
  return -1;
}

/** Modals of an act wanted: "demanded that X should withdraw" is a demand, "insisted it will not allow" is not. */
const WANTING_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'shall']);

/**
 * Whether a cue's content clause states a fact or a forecast (a tensed verb, or a modal other than "should",
 * "must"): a demand verb with such content ("insists it cannot house X") states, it asks nothing of X.
 */
function statedContent(doc: Doc, verb: number): boolean {
  const t = tagAt(doc, verb);
  return t === 'VBD' || t === 'VBZ' || (t === 'MD' && !WANTING_MODALS.has(wordAt(doc, verb)));
}

/**
 * `target:content-subject`: what a cue verb reports as a clause ("claims the UK government is ...", "warned further
 * military action could ...") is about its own subject, so an actor inside it is a target of the saying only as
 * that subject: the content's first words past determiners and adjectives, and not a modifier of the noun after it.
 */
function contentSubject(doc: Doc, content: Quote['content'], t: ActorSpan): boolean {
  const tag = (i: number): string => tagAt(doc, i);
  const word = (i: number): string => wordAt(doc, i);
  let k = tokenAtOrAfter(doc, content.start);
  // Past determiners, adjectives, quotation marks and the head of an "of" phrase ("the highest levels of X").
  const quoteMark = (i: number): boolean => QUOTE_MARK_TAGS.has(tag(i));
  const nextWord = (i: number): string => word(quoteMark(i + 1) ? i + 2 : i + 1);
  const opening = (i: number): boolean =>
    DETERMINERS.has(word(i)) ||
    word(i) === 'that' ||
    word(i) === 'of' ||
    tag(i).startsWith('JJ') ||
    quoteMark(i) ||
    (NOUN_TAG.test(tag(i)) && nextWord(i) === 'of');
  while (k < t.tokStart && opening(k)) k++;
  return k === t.tokStart && !(t.tokEnd < doc.tokens.count && NOUN_TAG.test(tag(t.tokEnd)));
}

function emit(
  doc: Doc,
  ctx: EmitContext,
  raw: RawEvent,
  byS: ReturnType<typeof timexesBySentence>,
  out: Event[],
  seen: Set<string>,
): void {
  const info = cameoInfo(raw.cameo) ?? userCodeInfo(raw.cameo);
  const trigStart = doc.tokens.start[raw.trigger];
  const trigEnd = doc.tokens.end[raw.triggerEnd - 1];
  const quote = quoteAt(ctx.quotes, trigStart);
  let modality = raw.modality;
  let sources = raw.sources;
  let targets = raw.targets;
  let rule = raw.rule;
  const cued = ctx.cues.firstCovering(trigStart, trigEnd);
  const verb = cued && ctx.quoteSpeakers && !raw.isNoun && targets.length ? contentVerb(doc, cued.content) : -1;
  // A demand's content names whom it is aimed at, unless it states rather than asks (`:content-subject`).
  const aimedContent =
    CONTENT_TARGET_ROOTS.has(info.root) && !(info.root === DEMAND_ROOT && verb >= 0 && statedContent(doc, verb));
  if (cued && verb >= 0 && !aimedContent) {
    const inContent = (a: ActorSpan): boolean => a.start >= cued.content.start && a.end <= cued.content.end;
    const kept = targets.filter((t) => !inContent(t) || contentSubject(doc, cued.content, t));
    if (kept.length < targets.length) {
      targets = kept;
      rule += ':content-subject';
    }
  }
  if (quote) {
    let speaker = ctx.speakers.get(quote);
    if (speaker === undefined) ctx.speakers.set(quote, (speaker = speakerActor(quote, ctx.actorLookups())));
    const inside = (a: ActorSpan): boolean => a.start >= quote.content.start && a.end <= quote.content.end;
    // Inside a quotation the speaker is the source when the quote names none; what the speaker reports about
    // others (a source inside the quote) is "reported". A partial quote after its own subject stays as it is.
    // With Parley's rules the speaker is only the "we" or "I" of the quote: a quoted passive ("Isis has been
    // defeated") or a clause whose subject is no actor is not the speaker's act (`quote-speaker:first-person`).
    if (speaker && sources.length === 0 && ctx.quoteSpeakers && raw.rule.includes(':first-person')) {
      sources = [speaker];
      rule += ':quote-speaker';
      if (modality === 'asserted') modality = 'reported';
    } else if (sources.length && sources.every(inside) && modality === 'asserted')
      // `modality:advice-content`: what a speaker recommends or urges ("recommended that X expel") is wanted, not done.
      modality = quote.cueLemma && ADVICE_CUES.has(quote.cueLemma) ? 'desired' : 'reported';
    // What a quote says happens inside it: an actor outside the quotation (its speaker, the listeners) is no target.
    if (raw.targets.some((t) => !inside(t))) targets = raw.targets.filter(inside);
  }
  const date = dateFor(doc, byS, raw.sentence, trigStart, raw.isNoun);
  const sent = doc.sentences[raw.sentence];
  const srcs: (ActorSpan | null)[] = sources.length ? sources : [null];
  let tgts: (ActorSpan | null)[] = targets.length ? targets : [null];
  // "Opposition groups in Zimbabwe demand that President Mugabe ...": a country-less target in a sentence that
  // names one country only, the source's, is domestic.
  let sentCountries = ctx.countries.get(raw.sentence);
  if (!sentCountries) {
    sentCountries = new Set(
      actorsIn(ctx.actors, sent.tokStart, sent.tokEnd)
        .filter((a) => a.country)
        .map((a) => a.country),
    );
    // A patron ("US-backed") acts in no event, but the sentence still names its country.
    for (const c of patronCountries(doc, sent.start, sent.end)) sentCountries.add(c);
    ctx.countries.set(raw.sentence, sentCountries);
  }
  if (sentCountries.size === 1) {
    const only = [...sentCountries][0]!;
    // (Not when that would make it the source itself: "Moroccan diplomats met President X" stays a dyad.)
    tgts = mapPacked(tgts, (t) =>
      // Only a bare role code ("GOV", "OPP"): an IGO or NGO keeps having no country.
      t &&
      !t.country &&
      t.sector &&
      t.code === t.sector &&
      !TRANSNATIONAL.has(t.sector) &&
      srcs.some((x) => x?.country === only) &&
      !srcs.some((x) => x?.code === only + t.code) &&
      !foreignGroup(doc, info, t)
        ? recoded(t, only + t.code, only, t.sector, t.entityId)
        : t,
    );
    if (tgts.some((t, i) => t !== (targets[i] ?? null))) rule += ':domestic-target';
  }
  const war = info.root === '19' && warAct(tokenText(doc, raw.trigger), raw.rule);
  for (const s of srcs) {
    for (const t of tgts) {
      const coded = violenceKind(info, s, t, war);
      if (s && t && (s === t || s.code === t.code)) continue;
      if (!s && !t) continue;
      const key = `${raw.sentence}|${coded.code}|${s?.code}|${t?.code}|${s?.start}|${t?.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: `ev${out.length + 1}`,
        cameo: coded.code,
        root: coded.root,
        plover: coded.plover,
        name: coded.name,
        goldstein: coded.goldstein,
        quadClass: coded.quadClass,
        source: s ? toEventActor(doc, s) : null,
        target: t ? toEventActor(doc, t) : null,
        date: date.date,
        dateSource: date.dateSource,
        dateTimexId: date.dateTimexId,
        modality,
        sentence: raw.sentence,
        evidence: { trigger: makeSpan(doc.text, trigStart, trigEnd), rule },
        quoteId: quote?.id ?? null,
      });
    }
  }
}
