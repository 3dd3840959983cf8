/**
 * The Analysis schema: the one public output contract of `analyze()`.
 * Every span is in UTF-16 code units into `Article.text`, so `text.slice(start, end) === span.text`.
 * Every derived fact carries `rule`, the name of the rule that produced it (provenance).
 * Sentences are listed once (`sentences`); quotes and events name theirs by index into that list (2.0: they held a
 * copy of its span and text, which made the output grow with the square of sentence length).
 * Bump SCHEMA_VERSION on any breaking change; `npm run schema` regenerates schema/analysis.schema.json.
 */
import { z } from 'zod';

export { SCHEMA_VERSION } from './version.js';

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const ArticleMetaSchema = z.object({
  id: z.string(),
  /** Document creation time (the dateline): YYYY-MM-DD, or a full ISO timestamp. */
  date: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
});

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** Where an entity's actor code came from (2.1): an actor dictionary (the shipped one, dated by the article's date,
 * or a user dictionary), a title in the text ("US President Donald Trump", "former minister"), or the actor memory
 * of a store (an office-holder learned from an earlier article, passed in as a dated user dictionary), or an armed
 * group the text ties the person to ("an IS member", "joined the YPG"), or a title's sector with the article's main
 * country ("prime minister X" in an article about Canada). */
export const ActorCodeSourceSchema = z.enum(['dictionary', 'title', 'memory', 'affiliation', 'article']);
export type ActorCodeSource = z.infer<typeof ActorCodeSourceSchema>;

/** CAMEO-style actor code: ISO-3 country (or IGO code) + sector, e.g. USAGOV. */
export const ActorCodeSchema = z.object({
  code: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  source: ActorCodeSourceSchema.optional(),
});
export type ActorCode = z.infer<typeof ActorCodeSchema>;

export const RoleSchema = z.object({
  /** Normalized title, e.g. "Secretary of State", "spokesperson". */
  title: z.string(),
  span: SpanSchema,
  country: z.string().nullable(),
  sector: z.string().nullable(),
  /** The organization the role belongs to, when stated ("White House spokesperson"). */
  organization: z.string().nullable().optional(),
  /** The organization's actor code from the dictionaries ("Unicef's regional director": IGOUNOKID), when listed. */
  code: z.string().nullable().optional(),
  rule: z.string(),
});
export type Role = z.infer<typeof RoleSchema>;

export const MentionKindSchema = z.enum(['name', 'title', 'nominal', 'pronoun', 'demonym']);

export const MentionSchema = z.object({
  id: z.string(),
  entityId: z.string(),
  span: SpanSchema,
  kind: MentionKindSchema,
  rule: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A place on the map (src/places): a populated place, a first-level division (ADM1) or a country. */
export const GeoSchema = z.object({
  type: z.enum(['city', 'adm1', 'country']),
  /** The gazetteer's name ("Pahalgam"). */
  name: z.string(),
  /** With its ADM1 and country: "Pahalgam, Jammu and Kashmir, India". */
  fullName: z.string(),
  /** ISO-3 country. */
  country: z.string(),
  /** GeoNames ADM1 code with its country ("IN.12"), null for a country. */
  adm1: z.string().nullable(),
  adm1Name: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  /** The entity the place was named by, when it is one (not for a country taken from an actor's code). */
  entityId: z.string().nullable(),
  rule: z.string(),
});
export type Geo = z.infer<typeof GeoSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  /** Canonical name: the longest name mention, without titles. */
  name: z.string(),
  mentionIds: z.array(z.string()),
  roles: z.array(RoleSchema),
  /** ISO-3 country the entity belongs to (for a GPE: itself). */
  country: z.string().nullable(),
  actor: ActorCodeSchema.nullable(),
  /** For a GPE or LOC the gazetteer knows: where it is (src/places). */
  geo: GeoSchema.optional(),
  rule: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QuoteTypeSchema = z.enum(['direct', 'partial', 'mixed', 'indirect']);
export type QuoteType = z.infer<typeof QuoteTypeSchema>;

export const PartyRefSchema = z.object({
  entityId: z.string().nullable(),
  mention: SpanSchema,
});

export const QuoteSchema = z.object({
  id: z.string(),
  type: QuoteTypeSchema,
  content: SpanSchema,
  cue: SpanSchema.nullable(),
  /** Lemma of the cue verb ("say", "according to"). */
  cueLemma: z.string().nullable().optional(),
  speaker: PartyRefSchema.nullable(),
  addressee: PartyRefSchema.nullable(),
  /** Index into Analysis.sentences of the sentence the quote is attributed in (its cue's, else its content's). */
  sentence: z.number().int().nonnegative(),
  /** Set when the opening mark had no closing one within the length limit: the content was cut there. */
  unbalanced: z.literal(true).optional(),
  date: z.string().nullable().optional(),
  dateSource: z.enum(['text', 'publication']).optional(),
  /**
   * Set when the attribution reports no speech: "thought" for a verb of thinking or wanting that no speech cue
   * reports ("Smith hopes ..."; "Smith said he hoped ..." is speech), "author" for the writer's own "I" in a
   * first-person piece. Absent: speech. Attribution corpora (PolNeAR) count both, so they stay in the list.
   */
  voice: z.enum(['thought', 'author']).optional(),
  rule: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexTypeSchema>;

export const TimexSchema = z.object({
  id: z.string(),
  span: SpanSchema,
  type: TimexTypeSchema,
  /** TimeML value: 2025-05-08, 2025-W19, P2D, PRESENT_REF, XXXX-WI ... */
  value: z.string(),
  /** For durations anchored in the text ("the last two days"): the anchor date. */
  anchor: z.string().optional(),
  mod: z.string().optional(),
  rule: z.string(),
});
export type Timex = z.infer<typeof TimexSchema>;

export const ModalitySchema = z.enum(['asserted', 'negated', 'desired', 'future', 'hypothetical', 'reported']);
export type Modality = z.infer<typeof ModalitySchema>;

export const EventActorSchema = z.object({
  entityId: z.string().nullable().optional(),
  text: z.string(),
  span: SpanSchema.nullable().optional(),
  code: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
});
export type EventActor = z.infer<typeof EventActorSchema>;

export const EventSchema = z.object({
  id: z.string(),
  cameo: z.string(),
  root: z.string(),
  plover: z.string().nullable(),
  name: z.string(),
  goldstein: z.number(),
  quadClass: z.number().int().min(1).max(4),
  source: EventActorSchema.nullable(),
  target: EventActorSchema.nullable(),
  date: z.string(),
  dateSource: z.enum(['text', 'publication']),
  /** The time expression the date came from, when dateSource is "text". */
  dateTimexId: z.string().nullable().optional(),
  modality: ModalitySchema,
  /** Index into Analysis.sentences of the sentence the event was coded from. */
  sentence: z.number().int().nonnegative(),
  evidence: z.object({ trigger: SpanSchema, rule: z.string() }),
  quoteId: z.string().nullable().optional(),
  /** The action location's full name (geo.action's), when there is one. */
  location: z.string().nullable().optional(),
  /** Where it happened (the place in its clause, else the dateline's) and where its actors are (src/places). */
  geo: z
    .object({ action: GeoSchema.nullable(), source: GeoSchema.nullable(), target: GeoSchema.nullable() })
    .optional(),
});
export type Event = z.infer<typeof EventSchema>;

/** Is the article politics, conflict or diplomacy news at all (events/relevance.ts)? */
export const RelevanceSchema = z.object({
  /** 0..1; an article with no evidence either way stands at 0.5. */
  score: z.number(),
  relevant: z.boolean(),
  /** Political actors with a sector, and words of other news domains (sport, arts, technology), counted. */
  political: z.number().int().nonnegative(),
  offTopic: z.number().int().nonnegative(),
  rule: z.string(),
});
export type Relevance = z.infer<typeof RelevanceSchema>;

/** An event the coder found and a gate discarded, with the reason. */
export const DiscardSchema = z.object({
  cameo: z.string(),
  trigger: SpanSchema,
  reason: z.enum([
    'off-topic-article',
    'missing-actor',
    'no-political-actor',
    'place-actor',
    'own-forces',
    'generic-verb',
    'classifier-no-event',
  ]),
  rule: z.string(),
});
export type Discard = z.infer<typeof DiscardSchema>;

export const AnalysisSchema = z.object({
  schemaVersion: z.string(),
  article: ArticleMetaSchema,
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  mentions: z.array(MentionSchema),
  quotes: z.array(QuoteSchema),
  times: z.array(TimexSchema),
  events: z.array(EventSchema),
  /** Set by the events stage (null when it did not run). */
  relevance: RelevanceSchema.nullable(),
  discards: z.array(DiscardSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
