/**
 * `parley eval offtopic --corpus <jsonl|folder> [--date D]`: a false-alarm report over any corpus, no gold needed.
 * On a corpus with no political news (sport, entertainment, technology) every event is a false alarm, so the rates
 * per article are the error rates; on political news the rate of events with both actors says what is kept.
 * Reports events, material-conflict (quad class 4) events and events with both source and target, per article,
 * and the triggers and CAMEO roots that raise the most events, so that a false alarm can be traced to its rule.
 */
import type { Event } from '../model/schema.js';
import { analyze, runPipeline } from '../pipeline.js';
import { runEventsWith } from '../events/index.js';
import { loadEventsModel, type EventsModel } from '../events/classifier.js';
import { readArticles, type ReadError } from '../read/index.js';
import type { EvalOptions, EvalResult, Rate } from './types.js';

/** How many triggers and roots the notes list. */
const TOP = 15;

export interface OfftopicCounts {
  articles: number;
  events: number;
  quad4: number;
  bothActors: number;
  /** Events whose modality is not negated (what `parley eval events` counts as predictions). */
  asserted: number;
  triggers: Map<string, number>;
  quad4Triggers: Map<string, number>;
  roots: Map<string, number>;
}

export function newOfftopicCounts(): OfftopicCounts {
  return {
    articles: 0,
    events: 0,
    quad4: 0,
    bothActors: 0,
    asserted: 0,
    triggers: new Map(),
    quad4Triggers: new Map(),
    roots: new Map(),
  };
}

/** Add one article's events to the counts. */
export function countArticle(c: OfftopicCounts, events: readonly Event[]): void {
  c.articles++;
  for (const e of events) {
    c.events++;
    const trigger = e.evidence.trigger.text.toLowerCase();
    bump(c.triggers, trigger);
    bump(c.roots, e.root);
    if (e.quadClass === 4) {
      c.quad4++;
      bump(c.quad4Triggers, trigger);
    }
    if (e.source && e.target) c.bothActors++;
    if (e.modality !== 'negated') c.asserted++;
  }
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function rate(total: number, articles: number): Rate {
  return { rate: articles === 0 ? 0 : Math.round((total / articles) * 1000) / 1000, total, n: articles };
}

/** The most frequent keys as [key, count] pairs (an array: an object would put keys like "19" first). */
function top(m: Map<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
}

export function offtopicResult(corpus: string, c: OfftopicCounts, unreadable: number): EvalResult {
  return {
    task: 'offtopic',
    gold: corpus,
    docs: c.articles,
    metrics: {
      events_per_article: rate(c.events, c.articles),
      quad4_per_article: rate(c.quad4, c.articles),
      both_actors_per_article: rate(c.bothActors, c.articles),
      asserted_per_article: rate(c.asserted, c.articles),
    },
    notes: {
      ...(unreadable ? { unreadable } : {}),
      topTriggers: top(c.triggers),
      topQuad4Triggers: top(c.quad4Triggers),
      topRoots: top(c.roots),
    },
  };
}

export async function evaluate(corpus: string, options: EvalOptions): Promise<EvalResult> {
  const date = typeof options.date === 'string' ? options.date : undefined;
  const counts = newOfftopicCounts();
  let unreadable = 0;
  const onError = (err: ReadError): void => {
    unreadable++;
    process.stderr.write(`parley: ${err.message}\n`);
  };
  // analyze() judges with the shipped model; `--no-model` codes with the rules alone, `--model-file` with another.
  const model: EventsModel | null | undefined =
    typeof options.modelFile === 'string'
      ? loadEventsModel(options.modelFile)
      : options.model === false
        ? null
        : undefined;
  for await (const article of readArticles(corpus, { date, onError })) {
    if (options.limit && counts.articles >= options.limit) break;
    if (model === undefined) {
      countArticle(counts, analyze(article).events);
      continue;
    }
    const doc = runPipeline(article, { until: 'quotes' });
    runEventsWith(doc, {}, { model });
    countArticle(counts, doc.events);
  }
  if (counts.articles === 0 && unreadable === 0) throw new Error(`${corpus}: no articles to read`);
  return offtopicResult(corpus, counts, unreadable);
}
