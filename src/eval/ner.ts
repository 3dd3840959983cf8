/**
 * `parley eval ner --gold <conll file | MEANTIME folder>`: conlleval-style exact-match entity scoring.
 * CoNLL: the gold tokens of each sentence are tagged with document context (-DOCSTART- separated).
 * MEANTIME (readers/meantime.ts): named PER/ORG/LOC mentions map to the same CoNLL types; PRO (products),
 * FIN and MIX have no CoNLL type and are counted apart in notes; MISC predictions are not scored there
 * (see evaluateMeantime).
 */
import { statSync } from 'node:fs';
import { ARTICLES } from '../lang/en/index.js';
import { PrfCounter } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';
import { bioSpans, readConllFile, type ConllDocument } from './readers/conll.js';
import { readMeantime, type MeantimeDoc } from './readers/meantime.js';
import { buildDocContext, ENTITY_TYPES, tagWords } from '../entities/tagger/index.js';

/** MEANTIME types scored against the tagger's; PRO, FIN and MIX have no CoNLL equivalent. */
export const MEANTIME_SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
/** Named mentions only: proper names (NAM) and names used as premodifiers (PRE.NAM, "Apple" in "Apple shares"). */
const MEANTIME_NAMED = new Set(['NAM', 'PRE.NAM']);

export interface NerCounters {
  entity: PrfCounter;
  byType: Map<string, PrfCounter>;
}

export function newNerCounters(types: readonly string[] = ENTITY_TYPES): NerCounters {
  return { entity: new PrfCounter(), byType: new Map(types.map((t) => [t, new PrfCounter()])) };
}

function counter(c: NerCounters, type: string): PrfCounter {
  let k = c.byType.get(type);
  if (!k) {
    k = new PrfCounter();
    c.byType.set(type, k);
  }
  return k;
}

/** Count exact-match entity chunks (same start, end and type) of one sentence. */
export function scoreSentence(gold: string[], pred: string[], c: NerCounters): void {
  const g = bioSpans(gold);
  const p = bioSpans(pred);
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  const gset = new Set(g.map(key));
  const pset = new Set(p.map(key));
  for (const s of p) {
    const hit = gset.has(key(s));
    c.entity.add(hit ? 1 : 0, hit ? 0 : 1, 0);
    counter(c, s.type).add(hit ? 1 : 0, hit ? 0 : 1, 0);
  }
  for (const s of g) {
    if (pset.has(key(s))) continue;
    c.entity.add(0, 0, 1);
    counter(c, s.type).add(0, 0, 1);
  }
}

/** Tag and score CoNLL documents with a sentence tagger (the shipped one by default). */
export function scoreConllDocs(
  docs: ConllDocument[],
  tag: (words: string[], doc: ConllDocument, ctx: ReturnType<typeof buildDocContext>) => string[] = (w, _d, ctx) =>
    tagWords(w, ctx),
): NerCounters {
  const c = newNerCounters();
  for (const doc of docs) {
    const ctx = buildDocContext(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) scoreSentence(s.tags, tag(s.words, doc, ctx), c);
  }
  return c;
}

export function nerMetrics(c: NerCounters): EvalResult['metrics'] {
  const metrics: EvalResult['metrics'] = { entity: c.entity.result() };
  for (const [t, k] of c.byType) metrics[t] = k.result();
  return metrics;
}

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  if (statSync(goldPath).isDirectory() || goldPath.endsWith('.xml')) return evaluateMeantime(goldPath, options);
  let docs = readConllFile(goldPath);
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const c = scoreConllDocs(docs);
  return { task: 'ner', gold: goldPath, docs: docs.length, metrics: nerMetrics(c) };
}

interface Chunk {
  sentence: number;
  start: number;
  end: number;
  type: string;
}

const chunkKey = (c: Chunk): string => `${c.sentence}:${c.start}:${c.end}`;

/** Tag a MEANTIME document's gold tokens sentence by sentence (with document context); chunks per sentence. */
function tagMeantimeDoc(doc: MeantimeDoc): { predicted: Chunk[]; gold: Chunk[]; unscored: Chunk[] } {
  const sentences: string[][] = [];
  const firstTok: number[] = [];
  const sentOf = new Int32Array(doc.tokens.length);
  doc.tokens.forEach((t, i) => {
    if (i === 0 || t.sentence !== doc.tokens[i - 1].sentence) {
      sentences.push([]);
      firstTok.push(i);
    }
    sentOf[i] = sentences.length - 1;
    sentences[sentences.length - 1].push(t.text);
  });
  const ctx = buildDocContext(sentences);
  const predicted: Chunk[] = [];
  sentences.forEach((words, si) => {
    for (const sp of bioSpans(tagWords(words, ctx))) predicted.push({ sentence: si, ...sp });
  });
  // Annotators marked only the first sentences of each article: score up to the last sentence with a markable.
  let lastAnnotated = -1;
  for (const m of [...doc.mentions, ...doc.timexes, ...doc.events])
    lastAnnotated = Math.max(lastAnnotated, sentOf[m.tokEnd - 1]);
  const predictedInScope = predicted.filter((p) => p.sentence <= lastAnnotated);
  const gold: Chunk[] = [];
  const unscored: Chunk[] = [];
  for (const m of doc.mentions) {
    if (!MEANTIME_NAMED.has(m.syntacticType) || !m.type) continue;
    const si = sentOf[m.tokStart];
    if (sentOf[m.tokEnd - 1] !== si) continue;
    // MEANTIME extents include determiners ("the United States"); CoNLL names do not.
    let tokStart = m.tokStart;
    while (tokStart < m.tokEnd - 1 && ARTICLES.has(doc.tokens[tokStart].text.toLowerCase())) tokStart++;
    const c = { sentence: si, start: tokStart - firstTok[si], end: m.tokEnd - firstTok[si], type: m.type };
    ((MEANTIME_SCORED_TYPES as readonly string[]).includes(m.type) ? gold : unscored).push(c);
  }
  return { predicted: predictedInScope, gold, unscored };
}

/**
 * MEANTIME: exact-match scoring of PER/ORG/LOC named mentions (leading determiners dropped from gold extents),
 * over the annotated sentences only (MEANTIME marks the first few sentences of each article). Predicted MISC
 * chunks are not scored, nor are predictions that exactly cover a PRO/FIN/MIX gold name (no CoNLL type to
 * compare); notes count those.
 */
export async function evaluateMeantime(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let docs = readMeantime(goldPath);
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const c = newNerCounters(MEANTIME_SCORED_TYPES);
  const overlap = newNerCounters(MEANTIME_SCORED_TYPES);
  const unscoredGold: Record<string, number> = {};
  const unscoredPredictedAs: Record<string, number> = {};
  let misc = 0;
  for (const doc of docs) {
    const { predicted, gold, unscored } = tagMeantimeDoc(doc);
    const goldKeys = new Map(gold.map((g) => [chunkKey(g), g.type]));
    const unscoredKeys = new Map(unscored.map((g) => [chunkKey(g), g.type]));
    const predKeys = new Map<string, string>();
    for (const u of unscored) unscoredGold[u.type] = (unscoredGold[u.type] ?? 0) + 1;
    for (const p of predicted) {
      const k = chunkKey(p);
      const ut = unscoredKeys.get(k);
      if (ut) {
        const key = `${ut}->${p.type}`;
        unscoredPredictedAs[key] = (unscoredPredictedAs[key] ?? 0) + 1;
      }
      if (p.type === 'MISC') {
        misc++;
        continue;
      }
      if (ut && !goldKeys.has(k)) continue;
      predKeys.set(k, p.type);
      const hit = goldKeys.get(k) === p.type;
      c.entity.add(hit ? 1 : 0, hit ? 0 : 1, 0);
      counter(c, p.type).add(hit ? 1 : 0, hit ? 0 : 1, 0);
    }
    for (const g of gold) {
      if (predKeys.get(chunkKey(g)) === g.type) continue;
      c.entity.add(0, 0, 1);
      counter(c, g.type).add(0, 0, 1);
    }
    scoreOverlap(
      predicted.filter((p) => predKeys.has(chunkKey(p))),
      gold,
      overlap,
    );
  }
  return {
    task: 'ner',
    gold: goldPath,
    docs: docs.length,
    metrics: nerMetrics(c),
    notes: {
      mapping:
        'MEANTIME PER/ORG/LOC named mentions (NAM, PRE.NAM; leading the/a/an dropped) vs tagger PER/ORG/LOC in the ' +
        'annotated sentences; MISC predictions and predictions on PRO/FIN/MIX names not scored',
      overlap: Object.fromEntries(Object.entries(nerMetrics(overlap)).map(([k, v]) => [k, v])),
      overlapRule: 'lenient: a prediction is correct when it overlaps an unmatched gold name of the same type',
      unscoredGold,
      unscoredPredictedAs,
      predictedMisc: misc,
    },
  };
}

/** Lenient matching: same sentence, same type, overlapping tokens; each gold chunk matches once. */
function scoreOverlap(predicted: Chunk[], gold: Chunk[], c: NerCounters): void {
  const used = new Uint8Array(gold.length);
  for (const p of predicted) {
    let hit = -1;
    for (let g = 0; g < gold.length; g++) {
      const x = gold[g];
      if (!used[g] && x.sentence === p.sentence && x.type === p.type && x.start < p.end && p.start < x.end) {
        hit = g;
        break;
      }
    }
    if (hit >= 0) used[hit] = 1;
    c.entity.add(hit >= 0 ? 1 : 0, hit >= 0 ? 0 : 1, 0);
    counter(c, p.type).add(hit >= 0 ? 1 : 0, hit >= 0 ? 0 : 1, 0);
  }
  gold.forEach((g, k) => {
    if (used[k]) return;
    c.entity.add(0, 0, 1);
    counter(c, g.type).add(0, 0, 1);
  });
}
