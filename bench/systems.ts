/**
 * The systems the bench runs over the same texts: Parley (dist/ or src/) and the baselines compromise(+dates) and
 * wink-nlp. Each is loaded inside its own worker (compromise's `extend` changes the library globally, so
 * compromise with and without dates must not share a module instance).
 */
import type { Article, Doc } from '../src/model/doc.js';

export type SystemName = 'parley' | 'compromise' | 'compromise-dates' | 'wink';

/**
 * compromise-dates is super-linear on long documents: run.ts cuts each of its articles to this many chars (at
 * whitespace).
 */
export const DATES_MAX_CHARS = 10_000;

/** What the bench needs from the Parley pipeline module (src/pipeline.ts or its dist/ build). */
export interface ParleyPipeline {
  analyze: (article: Article, options?: object) => unknown;
  runPipeline: (article: Article, options?: { until?: string }) => Doc;
  createDoc?: (article: Article) => Doc;
  toAnalysis?: (doc: Doc) => unknown;
  STAGE_FNS?: Record<string, (doc: Doc, options: object) => void>;
}

export interface LoadedParley {
  pipeline: ParleyPipeline;
  stages: string[];
  importMs: number;
}

/**
 * `entry` is the URL of pipeline.js (dist) or pipeline.ts (src); the stage list is read from model/options beside it.
 */
export async function loadParley(entry: string): Promise<LoadedParley> {
  const t0 = performance.now();
  const pipeline = (await import(entry)) as ParleyPipeline;
  const optionsUrl = new URL(entry.endsWith('.ts') ? './model/options.ts' : './model/options.js', entry).href;
  const options = (await import(optionsUrl)) as { STAGES?: readonly string[] };
  const stages = options.STAGES ? [...options.STAGES] : Object.keys(pipeline.STAGE_FNS ?? {});
  return { pipeline, stages, importMs: performance.now() - t0 };
}

/** Cut `text` to at most `max` chars, at the last whitespace before the limit. */
export function truncateAtSpace(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > 0 ? cut : max);
}

/** One article in, the system's work done; returns a small number so the work cannot be optimized away. */
export type ArticleFn = (article: Article) => number;

/** The output layers whose sizes the bench reports (what the stages produced at the time of the run). */
export const PARLEY_LAYERS = ['sentences', 'entities', 'mentions', 'quotes', 'times', 'events'] as const;

export interface LoadedSystem {
  fn: ArticleFn;
  importMs: number;
  note?: string;
  /** Parley only: counts of each output layer over the articles run while collecting. */
  layers?: { collect(on: boolean): void; counts(): Record<string, number> };
}

export async function loadSystem(name: SystemName, parleyEntry: string): Promise<LoadedSystem> {
  const t0 = performance.now();
  if (name === 'parley') {
    const { pipeline, importMs } = await loadParley(parleyEntry);
    const layers: Record<string, number> = Object.fromEntries(PARLEY_LAYERS.map((k) => [k, 0]));
    let collect = false;
    return {
      fn: (a) => {
        const r = pipeline.analyze(a) as Record<string, unknown>;
        if (collect) for (const k of PARLEY_LAYERS) layers[k] += Array.isArray(r[k]) ? (r[k] as unknown[]).length : 0;
        return Array.isArray(r.sentences) ? r.sentences.length : 0;
      },
      importMs,
      layers: { collect: (on) => void (collect = on), counts: () => ({ ...layers }) },
    };
  }
  if (name === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      fn: (a) => {
        const doc = nlp.readDoc(a.text);
        return doc.sentences().out().length + doc.entities().out(its.detail).length;
      },
      importMs: performance.now() - t0,
      note: 'wink-nlp + wink-eng-lite-web-model: readDoc, sentences, entities',
    };
  }
  const nlp = (await import('compromise')).default;
  if (name === 'compromise') {
    return {
      fn: (a) => {
        const doc = nlp(a.text);
        return (
          doc.people().out('array').length +
          doc.places().out('array').length +
          doc.organizations().out('array').length +
          doc.quotations().out('array').length
        );
      },
      importMs: performance.now() - t0,
      note: 'compromise 14: people, places, organizations, quotations',
    };
  }
  const dates = (await import('compromise-dates')).default;
  const nlpDates = nlp.extend(dates) as unknown as (text: string) => {
    people(): { out(f: 'array'): string[] };
    places(): { out(f: 'array'): string[] };
    organizations(): { out(f: 'array'): string[] };
    quotations(): { out(f: 'array'): string[] };
    dates(opts: { today: string }): { json(): unknown[] };
  };
  return {
    fn: (a) => {
      const doc = nlpDates(a.text);
      return (
        doc.people().out('array').length +
        doc.places().out('array').length +
        doc.organizations().out('array').length +
        doc.quotations().out('array').length +
        doc.dates({ today: a.date.slice(0, 10) }).json().length
      );
    },
    importMs: performance.now() - t0,
    note: `compromise 14 + compromise-dates: people, places, organizations, quotations, dates (articles cut to ${DATES_MAX_CHARS} chars)`,
  };
}
