/**
 * Checks on analyze()'s output for any article: every span anywhere in it (found by walking the JSON generically, so
 * new layers are covered as they land) satisfies `text.slice(start, end) === span.text`, lies inside the text and does
 * not split a surrogate pair; the whole output validates against AnalysisSchema; ids are unique and every id
 * reference resolves. Used on generated texts (test/model) and on the corpora (test/corpus).
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { AnalysisSchema, type Analysis } from '../../src/model/schema.js';
import type { Article } from '../../src/model/doc.js';

export interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function isSpanLike(v: unknown): v is SpanLike {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

/** Every span-shaped object in a JSON value, with its path (iterative: output depth is no concern). */
export function collectSpans(root: unknown): { path: string; span: SpanLike }[] {
  const out: { path: string; span: SpanLike }[] = [];
  const stack: { path: string; value: unknown }[] = [{ path: '$', value: root }];
  while (stack.length > 0) {
    const { path, value } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (isSpanLike(value)) out.push({ path, span: value });
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: `${path}[${i}]`, value: v }));
    else for (const [k, v] of Object.entries(value)) stack.push({ path: `${path}.${k}`, value: v });
  }
  return out;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** All violations for one article (empty when the output is sound). */
export function offsetProblems(article: Article): string[] {
  const problems: string[] = [];
  let result: unknown;
  try {
    result = analyze(article);
  } catch (err) {
    return [`analyze threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`];
  }
  const parsed = AnalysisSchema.safeParse(result);
  if (!parsed.success)
    problems.push(
      `schema: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return problems.concat(spanProblems(result, article.text), parsed.success ? referenceProblems(parsed.data) : []);
}

/** Ids unique within the output, and every id reference (entityId, mentionIds, dateTimexId, quoteId) resolves. */
export function referenceProblems(r: Analysis): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const x of [...r.entities, ...r.mentions, ...r.quotes, ...r.times, ...r.events]) {
    if (ids.has(x.id)) problems.push(`duplicate id ${x.id}`);
    ids.add(x.id);
  }
  const entities = new Set(r.entities.map((e) => e.id));
  const mentions = new Set(r.mentions.map((m) => m.id));
  const times = new Set(r.times.map((t) => t.id));
  const quotes = new Set(r.quotes.map((q) => q.id));
  const expect = (what: string, id: string | null | undefined, set: Set<string>): void => {
    if (id !== null && id !== undefined && !set.has(id)) problems.push(`${what} refers to missing ${id}`);
  };
  for (const m of r.mentions) expect(`mention ${m.id} entityId`, m.entityId, entities);
  for (const e of r.entities) for (const id of e.mentionIds) expect(`entity ${e.id} mentionIds`, id, mentions);
  for (const q of r.quotes) {
    expect(`quote ${q.id} speaker`, q.speaker?.entityId, entities);
    expect(`quote ${q.id} addressee`, q.addressee?.entityId, entities);
  }
  for (const ev of r.events) {
    expect(`event ${ev.id} source`, ev.source?.entityId, entities);
    expect(`event ${ev.id} target`, ev.target?.entityId, entities);
    expect(`event ${ev.id} dateTimexId`, ev.dateTimexId, times);
    expect(`event ${ev.id} quoteId`, ev.quoteId, quotes);
  }
  return problems;
}

/** Spans in `result` that are not true to `text`. */
export function spanProblems(result: unknown, text: string): string[] {
  const problems: string[] = [];
  for (const { path, span } of collectSpans(result)) {
    // The article metadata object has no offsets; everything else span-shaped must be true to the text.
    if (!(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length
    )) {
      problems.push(`${path}: bad range [${span.start}, ${span.end}) for text of length ${text.length}`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(
        `${path}: text.slice(${span.start}, ${span.end}) = ${JSON.stringify(text.slice(span.start, span.end))} but span.text = ${JSON.stringify(span.text)}`,
      );
    } else if (splitsPair(text, span.start) || splitsPair(text, span.end)) {
      problems.push(`${path}: [${span.start}, ${span.end}) splits a surrogate pair`);
    }
  }
  return problems;
}

/** Check many articles; fail with the first few problems, naming the article. */
export function checkAll(articles: Iterable<Article>): number {
  const failures: string[] = [];
  let n = 0;
  for (const a of articles) {
    n++;
    for (const p of offsetProblems(a)) if (failures.length < 10) failures.push(`${a.id}: ${p}`);
  }
  assert.deepEqual(failures, [], failures.join('\n'));
  return n;
}
