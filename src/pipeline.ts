/**
 * analyze(): the one public entry. Runs the stages in order over one Doc, then emits the Analysis JSON.
 * Pure: no I/O beyond lazily loading the shipped tables on first use; same input, same output.
 */
import type { Analysis } from './model/schema.js';
import { SCHEMA_VERSION } from './model/version.js';
import type { Article, Doc } from './model/doc.js';
import { STAGES, type AnalyzeOptions, type StageName } from './model/options.js';
import { runText } from './text/index.js';
import { runTime } from './time/index.js';
import { runEntities } from './entities/index.js';
import { runQuotes } from './quotes/index.js';
import { runEvents } from './events/index.js';
import { dctOf } from './read/date.js';

export type StageFn = (doc: Doc, options: AnalyzeOptions) => void;

export const STAGE_FNS: Record<StageName, StageFn> = {
  text: runText,
  time: runTime,
  entities: runEntities,
  quotes: runQuotes,
  events: runEvents,
};

export function createDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    dct: dctOf(article.date),
    tokens: {
      count: 0,
      start: new Int32Array(0),
      end: new Int32Array(0),
      kind: new Uint8Array(0),
      flags: new Uint8Array(0),
      sentence: new Int32Array(0),
    },
    sentences: [],
    paragraphs: [],
    nerSpans: [],
    actorMatches: null,
    entities: [],
    mentions: [],
    quotes: [],
    times: [],
    events: [],
    relevance: null,
    discards: [],
  };
}

/** Run the stages over a new Doc (exposed for stage-level benchmarks and tests). */
export function runPipeline(article: Article, options: AnalyzeOptions = {}): Doc {
  const doc = createDoc(article);
  const last = options.until ? STAGES.indexOf(options.until) : STAGES.length - 1;
  for (let i = 0; i <= last; i++) STAGE_FNS[STAGES[i]](doc, options);
  return doc;
}

/**
 * Run the stages after `done` (the last stage already run over this Doc, e.g. in another thread) to the end. A Doc
 * holds every stage's output, so runPipeline(article, {until: s}) then finishPipeline(doc, s) is analyze().
 */
export function finishPipeline(doc: Doc, done: StageName, options: AnalyzeOptions = {}): Doc {
  for (let i = STAGES.indexOf(done) + 1; i < STAGES.length; i++) STAGE_FNS[STAGES[i]](doc, options);
  return doc;
}

export function toAnalysis(doc: Doc): Analysis {
  const a = doc.article;
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: a.id,
      date: a.date,
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.url !== undefined ? { url: a.url } : {}),
      ...(a.source !== undefined ? { source: a.source } : {}),
    },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) })),
    entities: doc.entities,
    mentions: doc.mentions,
    quotes: doc.quotes,
    times: doc.times,
    events: doc.events,
    relevance: doc.relevance,
    discards: doc.discards,
  };
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(runPipeline(article, options));
}
