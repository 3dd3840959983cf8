/**
 * `parley eval timex --gold <dir>`: TempEval-3 style scoring of the time stage.
 * Gold: TimeML `.tml` folders (TBAQ-cleaned TimeBank / AQUAINT) or MEANTIME CAT XML folders.
 * Metrics: span_strict (same offsets), span_relaxed (any overlap, one-to-one), and the attribute scores
 * `value` and `type`: a relaxed match whose attribute is also right counts as a true positive
 * (TempEval-3's attribute F1 = relaxed F1 x attribute accuracy).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../pipeline.js';
import type { Timex } from '../model/schema.js';
import { PrfCounter } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';
import { readTimeml } from './readers/timeml.js';
import { readMeantime } from './readers/meantime.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface GoldTimexDoc {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
  /** Gold covers only text before this offset (MEANTIME); system output after it is not scored. */
  scoredEnd?: number;
}

export interface TimexErrors {
  missed: { doc: string; text: string; value: string }[];
  spurious: { doc: string; text: string; value: string }[];
  wrongValue: { doc: string; gold: string; sys: string; goldValue: string; sysValue: string }[];
  wrongType: { doc: string; gold: string; sys: string; goldType: string; sysType: string }[];
}

/** Load every gold document under `path`, TimeML or MEANTIME by file extension. */
export function loadTimexGold(path: string): GoldTimexDoc[] {
  const exts = fileExtensions(path);
  const docs: GoldTimexDoc[] = [];
  if (exts.has('.tml')) {
    for (const d of readTimeml(path)) docs.push({ id: d.id, dct: d.dct, text: d.text, timexes: d.timexes });
  }
  if (exts.has('.xml')) {
    for (const d of readMeantime(path)) {
      if (!d.dct) continue;
      docs.push({ id: d.id, dct: d.dct, text: d.text, timexes: d.timexes, scoredEnd: d.annotatedEnd });
    }
  }
  return docs;
}

function fileExtensions(path: string, out = new Set<string>()): Set<string> {
  if (!statSync(path).isDirectory()) {
    const dot = path.lastIndexOf('.');
    out.add(dot >= 0 ? path.slice(dot) : '');
    return out;
  }
  for (const name of readdirSync(path)) fileExtensions(join(path, name), out);
  return out;
}

/** System timexes for a gold text: the pipeline up to the time stage. */
export function tagTimes(doc: GoldTimexDoc): Timex[] {
  return runPipeline({ id: doc.id, date: doc.dct, text: doc.text, meta: {} }, { until: 'time' }).times;
}

/** One-to-one alignment: exact matches first, then the largest overlap. Returns gold index -> sys index. */
export function alignTimexes(
  gold: { start: number; end: number }[],
  sys: { start: number; end: number }[],
): Map<number, number> {
  const pairs = new Map<number, number>();
  const usedSys = new Set<number>();
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < sys.length; s++) {
      if (!usedSys.has(s) && sys[s].start === gold[g].start && sys[s].end === gold[g].end) {
        pairs.set(g, s);
        usedSys.add(s);
        break;
      }
    }
  }
  for (let g = 0; g < gold.length; g++) {
    if (pairs.has(g)) continue;
    let best = -1;
    let bestOverlap = 0;
    for (let s = 0; s < sys.length; s++) {
      if (usedSys.has(s)) continue;
      const overlap = Math.min(gold[g].end, sys[s].end) - Math.max(gold[g].start, sys[s].start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = s;
      }
    }
    if (best >= 0) {
      pairs.set(g, best);
      usedSys.add(best);
    }
  }
  return pairs;
}

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let docs = loadTimexGold(goldPath);
  if (options.limit !== undefined && Number.isFinite(options.limit)) docs = docs.slice(0, Number(options.limit));
  const strict = new PrfCounter();
  const relaxed = new PrfCounter();
  const value = new PrfCounter();
  const type = new PrfCounter();
  const errors: TimexErrors = { missed: [], spurious: [], wrongValue: [], wrongType: [] };
  let chars = 0;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const all = tagTimes(doc);
    ms += performance.now() - t0;
    const sys = doc.scoredEnd === undefined ? all : all.filter((t) => t.span.start < doc.scoredEnd!);
    chars += doc.text.length;
    const gold = doc.timexes;
    const pairs = alignTimexes(
      gold,
      sys.map((t) => t.span),
    );
    let nStrict = 0;
    let nValue = 0;
    let nType = 0;
    const matchedSys = new Set<number>();
    for (let g = 0; g < gold.length; g++) {
      const s = pairs.get(g);
      if (s === undefined) {
        errors.missed.push({ doc: doc.id, text: gold[g].text, value: gold[g].value });
        continue;
      }
      matchedSys.add(s);
      const t = sys[s];
      if (t.span.start === gold[g].start && t.span.end === gold[g].end) nStrict++;
      if (t.value === gold[g].value) nValue++;
      else
        errors.wrongValue.push({
          doc: doc.id,
          gold: gold[g].text,
          sys: t.span.text,
          goldValue: gold[g].value,
          sysValue: t.value,
        });
      if (t.type === gold[g].type) nType++;
      else
        errors.wrongType.push({
          doc: doc.id,
          gold: gold[g].text,
          sys: t.span.text,
          goldType: gold[g].type,
          sysType: t.type,
        });
    }
    for (let s = 0; s < sys.length; s++) {
      if (!matchedSys.has(s)) errors.spurious.push({ doc: doc.id, text: sys[s].span.text, value: sys[s].value });
    }
    const nRelaxed = pairs.size;
    strict.add(nStrict, sys.length - nStrict, gold.length - nStrict);
    relaxed.add(nRelaxed, sys.length - nRelaxed, gold.length - nRelaxed);
    value.add(nValue, sys.length - nValue, gold.length - nValue);
    type.add(nType, sys.length - nType, gold.length - nType);
  }
  const notes: Record<string, unknown> = {
    pipelineCharsPerSecondUntilTime: ms > 0 ? Math.round((chars / ms) * 1000) : null,
    errorCounts: {
      missed: errors.missed.length,
      spurious: errors.spurious.length,
      wrongValue: errors.wrongValue.length,
      wrongType: errors.wrongType.length,
    },
  };
  if (options.errors) notes.errors = errors;
  return {
    task: 'timex',
    gold: goldPath,
    docs: docs.length,
    metrics: {
      span_strict: strict.result(),
      span_relaxed: relaxed.result(),
      value: value.result(),
      type: type.result(),
    },
    notes,
  };
}
