/**
 * Rule `classifier:events-model`: the learned layer over the rules. The coder proposes candidate events (trigger,
 * CAMEO code, actors, modality); an averaged perceptron (perceptron.ts) trained on ConfliBERT's CAMEO class
 * sentences (scripts/train-events.ts, shipped as data/events-model.json.gz) reads a sentence's words with its
 * candidates (features.ts) and scores the CAMEO classes of the sentence's act, 0 for none or a neutral act (roots
 * 01-02). Two decisions, each with its own threshold chosen by cross-validation on the training sentences: "no
 * event" when class 0 beats the main candidate's class by `noEvent`, and "another act" when a class of events beats
 * it by `contradict` (the next candidate of the sentence is then its act). A discarded candidate is in the Analysis's
 * discards. The same scores give a sentence (or a whole record) its class (the ConfliBERT task), also where the
 * rules propose nothing: a class is no event (it names no code, source or target), so it is scored, not emitted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipWhole } from '../gunzip.js';
import type { Doc } from '../model/doc.js';
import type { Event } from '../model/schema.js';
import { dataPath } from '../data-path.js';
import { TypeCache, tokenIds, vocab } from '../text/vocab.js';
import { bagFeatures, candidateFeatures, normWord, sentenceWords } from './features.js';
import { argmax, predict, scores, type LinearModel } from './perceptron.js';

export const EVENTS_MODEL_FILE = 'events-model.json.gz';
export const CLASSIFIER_RULE = 'classifier:events-model';
export const CLASSES = 5;

/** ConfliBERT's class of a CAMEO root: 0 = no event or neutral (01-02), 1 = 03-05, 2 = 06-08, 3 = 09-13, 4 = 14-20. */
export function confliClass(root: string | null): number {
  if (!root) return 0;
  const r = Number(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

export interface EventsModel {
  /** Reads a sentence (or a record of a few) with all its candidates. */
  sentence: LinearModel;
  /** The main candidate is no event when class 0 scores this much above its class (Infinity: never). */
  noEvent: number;
  /** The main candidate is not the sentence's act when another event class scores this much above its class. */
  contradict: number;
}

/** The model classes what a sentence says happened: an act denied, wished for or to come is the rules' alone. */
const JUDGED: ReadonlySet<string> = new Set(['asserted', 'reported']);

/** The thresholds of the two decisions (a model's, or a candidate pair during cross-validation). */
export type Thresholds = Pick<EventsModel, 'noEvent' | 'contradict'>;

/** Whether a candidate of class `cls` stays, given the model's scores of its sentence. */
export function keeps(s: Float64Array, cls: number, t: Thresholds): boolean {
  const best = argmax(s);
  if (best === cls) return true;
  return s[best] - s[cls] < (best === 0 ? t.noEvent : t.contradict);
}

interface StoredModel {
  classes: number;
  /** null: that decision never fires (JSON has no Infinity). */
  noEvent: number | null;
  contradict: number | null;
  sentence: Record<string, number[]>;
}

function fromStored(w: Record<string, number[]>, classes: number): LinearModel {
  const weights = new Map<string, Float64Array>();
  for (const [f, v] of Object.entries(w)) weights.set(f, Float64Array.from(v));
  return { classes, weights };
}

/** The model as stored: weights rounded to 3 decimals, features whose weights all round to 0 left out. */
export function encodeEventsModel(m: EventsModel): string {
  const pack = (lm: LinearModel): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    for (const f of [...lm.weights.keys()].sort()) {
      const v = [...lm.weights.get(f)!].map((x) => Math.round(x * 1000) / 1000);
      if (v.some((x) => x !== 0)) out[f] = v;
    }
    return out;
  };
  const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
  const stored: StoredModel = {
    classes: CLASSES,
    noEvent: finite(m.noEvent),
    contradict: finite(m.contradict),
    sentence: pack(m.sentence),
  };
  return JSON.stringify(stored);
}

export function decodeEventsModel(json: string): EventsModel {
  const s = JSON.parse(json) as StoredModel & { margin?: number | null };
  // A model of the first layout had one margin for both decisions.
  const old = s.margin === undefined ? undefined : (s.margin ?? Infinity);
  return {
    sentence: fromStored(s.sentence, s.classes),
    noEvent: old ?? s.noEvent ?? Infinity,
    contradict: old ?? s.contradict ?? Infinity,
  };
}

/** A model from a file (.json or .json.gz), for a model trained on part of the data (`eval events --model-file`). */
export function loadEventsModel(path: string): EventsModel {
  const raw = readFileSync(path);
  return decodeEventsModel((path.endsWith('.gz') ? gunzipWhole(raw) : raw).toString('utf8'));
}

let shipped: EventsModel | null | undefined;

/** The shipped model; null when data/ has none (the rules alone then decide). */
export function shippedEventsModel(): EventsModel | null {
  if (shipped !== undefined) return shipped;
  const path = dataPath(EVENTS_MODEL_FILE);
  shipped = existsSync(path) ? loadEventsModel(path) : null;
  return shipped;
}

/**
 * The features of sentences `sis` (one sentence in the stage, all of a record's in training) with their candidate
 * events: the words, each candidate's code and trigger, and the main candidate's own features (the first with a
 * source: the matrix clause's).
 */
export function sentenceFeatures(doc: Doc, sis: readonly number[], candidates: readonly Event[]): string[] {
  const views = sis.map((si) => sentenceWords(doc, si));
  const out = bagFeatures(views.length === 1 ? views[0].words : views.flatMap((v) => v.words));
  for (const f of candidatePart(doc, sis, views, candidates)) out.push(f);
  return out;
}

/** The features of the candidates: each one's code and trigger, and the main candidate's own (features.ts). */
function candidatePart(
  doc: Doc,
  sis: readonly number[],
  views: readonly { words: string[]; tokens: number[] }[],
  candidates: readonly Event[],
): string[] {
  const out: string[] = [];
  if (candidates.length === 0) out.push('k.none');
  for (const e of candidates) {
    const trig = e.evidence.trigger.text.toLowerCase();
    out.push(`k.root=${e.root}`, `k.quad=${confliClass(e.root)}`, `k.trig|root=${trig}|${e.root}`);
  }
  const main = candidates.find((e) => e.source) ?? candidates[0];
  const view = views[sis.indexOf(main?.sentence ?? -1)];
  if (main) for (const f of candidateFeatures(doc, main, view ?? sentenceWords(doc, main.sentence))) out.push(`m.${f}`);
  return out;
}

/**
 * A model's word and word-pair weights by vocabulary id (text/vocab.ts), so that the stage scores a sentence
 * without building a feature string per word: one array read per word, a Map lookup only after a word that opens
 * some weighted pair.
 */
interface BagIndex {
  words: Map<string, Float64Array>;
  pairs: Map<string, Map<string, Float64Array>>;
  wordOf: TypeCache<Float64Array | null>;
  pairsOf: TypeCache<Map<string, Float64Array> | null>;
}

const bagIndexes = new WeakMap<LinearModel, BagIndex>();

function bagIndex(m: LinearModel): BagIndex {
  const hit = bagIndexes.get(m);
  if (hit) return hit;
  const words = new Map<string, Float64Array>();
  const pairs = new Map<string, Map<string, Float64Array>>();
  for (const [f, w] of m.weights) {
    if (f.startsWith('w=')) words.set(f.slice(2), w);
    else if (f.startsWith('b=')) {
      const parts = f.slice(2).split('_');
      // A pair of words with an underscore in them is looked up by its string (sentenceScores).
      if (parts.length !== 2) continue;
      let inner = pairs.get(parts[0]);
      if (!inner) pairs.set(parts[0], (inner = new Map()));
      inner.set(parts[1], w);
    }
  }
  const idx: BagIndex = {
    words,
    pairs,
    wordOf: new TypeCache((id) => words.get(normWord(vocab.lower(id))) ?? null),
    pairsOf: new TypeCache((id) => pairs.get(normWord(vocab.lower(id))) ?? null),
  };
  bagIndexes.set(m, idx);
  return idx;
}

/** scores(model, sentenceFeatures(doc, [si], candidates)), without the strings of the bag of words. */
export function sentenceScores(model: LinearModel, doc: Doc, si: number, candidates: readonly Event[]): Float64Array {
  const view = sentenceWords(doc, si);
  const features = candidatePart(doc, [si], [view], candidates);
  features.push('bias');
  const s = scores(model, features);
  const idx = bagIndex(model);
  const ids = tokenIds(doc);
  const add = (w: Float64Array | null | undefined): void => {
    if (w) for (let c = 0; c < s.length; c++) s[c] += w[c];
  };
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    const id = ids[view.tokens[i]];
    add(idx.wordOf.get(id));
    if (i + 1 === n) continue;
    const a = view.words[i];
    const b = view.words[i + 1];
    if (a.includes('_') || b.includes('_')) add(model.weights.get(`b=${normWord(a)}_${normWord(b)}`));
    else add(idx.pairsOf.get(id)?.get(normWord(b)));
  }
  return s;
}

const allSentences = (doc: Doc): number[] => doc.sentences.map((_, i) => i);

/** The features of a whole record (every sentence of `doc`) with its candidates. */
export function recordFeatures(doc: Doc, candidates: readonly Event[]): string[] {
  return sentenceFeatures(doc, allSentences(doc), candidates);
}

/** The class of a record given its candidate events. */
export function recordClass(model: EventsModel, doc: Doc, candidates: readonly Event[]): number {
  return predict(model.sentence, recordFeatures(doc, candidates));
}

/** The candidate a sentence's class is about: the first act said to happen with a source (the matrix clause's). */
export function mainCandidate(candidates: readonly Event[]): Event | undefined {
  const judged = candidates.filter((e) => JUDGED.has(e.modality));
  return judged.find((e) => e.source) ?? judged[0];
}

/**
 * The main candidate of a sentence's candidates `list` when the model finds it no event, or finds the sentence's act
 * in the next candidate; null when it stays. "Another act" needs the rules to have proposed one of the model's class:
 * a class names no code, so the model only chooses among the rules' candidates.
 */
export function rejectedMain(
  s: Float64Array,
  list: readonly Event[],
  t: Thresholds,
  gated: (e: Event) => boolean = () => false,
): Event | null {
  const main = mainCandidate(list);
  if (!main || gated(main)) return null;
  const cls = confliClass(main.root);
  if (keeps(s, cls, t)) return null;
  const best = argmax(s);
  if (best === 0) return main;
  const next = mainCandidate(list.filter((e) => e !== main && !gated(e)));
  return next && confliClass(next.root) === best ? main : null;
}

/**
 * Splits the candidates into those the model confirms and those it finds no event. The model learned one class per
 * sentence, that of its main act, so it judges each sentence's main candidate; the acts inside it ("condemned the
 * attack by X") are the rules' to code. A main candidate that `gated` says the gates discard anyway is not scored.
 */
export function classifyEvents(
  model: EventsModel,
  doc: Doc,
  candidates: readonly Event[],
  gated: (e: Event) => boolean = () => false,
): { kept: Event[]; rejected: Event[] } {
  const bySentence = new Map<number, Event[]>();
  for (const e of candidates) {
    const list = bySentence.get(e.sentence);
    if (list) list.push(e);
    else bySentence.set(e.sentence, [e]);
  }
  const out = new Set<Event>();
  for (const [si, list] of bySentence) {
    const main = mainCandidate(list);
    if (!main || gated(main)) continue;
    const s = sentenceScores(model.sentence, doc, si, list);
    const no = rejectedMain(s, list, model, gated);
    if (no) out.add(no);
  }
  return { kept: candidates.filter((e) => !out.has(e)), rejected: candidates.filter((e) => out.has(e)) };
}
