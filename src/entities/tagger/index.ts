/**
 * Statistical NER tagger (averaged structured perceptron, BIO labels, Viterbi), trained by scripts/train-ner.ts.
 * Two passes per document: the second adds how each word was tagged elsewhere in the document.
 * Public API: runTagger() for every sentence of a Doc; tagWords() for one tokenized sentence (with
 * buildDocContext() over the whole document for the document-level evidence).
 */
import { readFileSync } from 'node:fs';
import { gunzipWhole } from '../../gunzip.js';
import { dataPath } from '../../data-path.js';
import type { Doc, NerSpan } from '../../model/doc.js';
import { decodeModel, type TaggerModel } from './model.js';
import { gazetteerFromData, type GazetteerData } from './gazetteer.js';
import { clustersFromData, type ClusterData } from './clusters.js';
import {
  docLabelFeatures,
  FeatureBuffer,
  labelCodes,
  personNameParts,
  type Gazetteers,
  type NormalizedSentence,
} from './features.js';
import { DOC_KINDS, DocContext, DocLabels, sentenceShouted } from './doc-context.js';
import { CachedScorer, DocScratch } from './scorer.js';
import { tokenIds } from '../../text/vocab.js';
import { ENTITY_TYPES, toBioLabel, typeIndex } from './labels.js';
import { mapPacked } from '../../model/arrays.js';

export { DocContext } from './doc-context.js';
export { ENTITY_TYPES, LABELS } from './labels.js';

export const MODEL_FILE = 'ner-model.bin.gz';
export const GAZETTEER_FILE = 'ner-gazetteers.json.gz';
export const TAGGER_RULE = 'ner.perceptron';

export interface GazetteerFile {
  ext: GazetteerData;
  train: GazetteerData;
  clusters?: ClusterData;
}

interface Tagger {
  model: TaggerModel;
  gaz: Gazetteers;
  scorer: CachedScorer;
  /** The model's labels in BIO form. */
  bio: string[];
}

let cached: Tagger | null = null;
/** runTagger's per-document arrays (one document at a time: analyze() is synchronous). */
const scratch = new DocScratch();

/** Load the shipped model and gazetteers once per process. */
function tagger(): Tagger {
  if (cached) return cached;
  const model = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  const g = JSON.parse(gunzipWhole(readFileSync(dataPath(GAZETTEER_FILE))).toString('utf8')) as GazetteerFile;
  const gaz: Gazetteers = {
    ext: gazetteerFromData(g.ext),
    train: gazetteerFromData(g.train),
    clusters: g.clusters ? clustersFromData(g.clusters) : undefined,
  };
  if (model.header.info.names) gaz.names = personNameParts(gaz.ext, typeIndex('PER'));
  cached = { model, gaz, scorer: new CachedScorer(model, gaz), bio: model.header.labels.map(toBioLabel) };
  return cached;
}

/**
 * Document context for tagWords(): pass every sentence (as words) of the document once. Runs the first
 * pass over the document so tagWords() can use how each word was tagged elsewhere.
 */
export function buildDocContext(sentences: string[][]): DocContext {
  const t = tagger();
  t.scorer.reserve(sentences.reduce((k, w) => k + w.length, 0));
  const ns = sentences.map((w) => t.scorer.sentence(w));
  const { ctx, own } = DocContext.build(ns);
  const labels = new DocLabels();
  ns.forEach((s, k) => {
    const out = firstPass(s, ctx, t, own[k]);
    labels.add(s, labelCodes(t.bio, out, s, ENTITY_TYPES));
  });
  ctx.labels = labels;
  return ctx;
}

let emitBuf = new Float64Array(1024);

/** First pass: emission scores into `emit` (from offset 0) and the best labels (into `out` when given). */
function firstPass(
  s: NormalizedSentence,
  ctx: DocContext | null,
  t: Tagger,
  own?: Int32Array,
  emit?: Float64Array,
  out?: Int32Array,
): Int32Array {
  const n = s.norm.length;
  out ??= new Int32Array(n);
  if (n === 0) return out;
  const need = n * t.model.L;
  if (!emit) {
    if (emitBuf.length < need) emitBuf = new Float64Array(need * 2);
    emit = emitBuf;
  }
  t.scorer.score(s, ctx, emit, own);
  t.model.decode(emit, n, out);
  return out;
}

const extraIds = new FeatureBuffer();

/**
 * Second pass: add document-label features (other occurrences' first-pass labels) to the first-pass
 * emissions and decode again; returns the first-pass labels when no token has such evidence.
 */
function secondPass(
  s: NormalizedSentence,
  first: Int32Array,
  labels: DocLabels,
  t: Tagger,
  emit: Float64Array,
  codes = labelCodes(t.bio, first, s, ENTITY_TYPES),
  into?: Int32Array,
): Int32Array {
  const n = s.norm.length;
  const L = t.model.L;
  const shouted = sentenceShouted(s);
  let changed = false;
  for (let i = 0; i < n; i++) {
    extraIds.n = 0;
    docLabelFeatures(i, s, codes, shouted, labels, extraIds);
    for (let f = 0; f < extraIds.n; f++) t.model.addFeature(extraIds.ids[f], emit, i * L);
    if (extraIds.n) changed = true;
  }
  if (!changed) return first;
  const out = into ?? new Int32Array(n);
  t.model.decode(emit, n, out);
  return out;
}

/**
 * BIO labels (O, B-PER, I-ORG, ...) for one tokenized sentence. `docContext` (from buildDocContext over the
 * whole document, this sentence included) adds document-level evidence; without it the sentence stands alone.
 */
export function tagWords(words: string[], docContext?: DocContext): string[] {
  const t = tagger();
  t.scorer.reserve(words.length);
  const s = t.scorer.sentence(words);
  const ctx = docContext ?? null;
  let out = firstPass(s, ctx, t);
  if (ctx?.labels && out.length) out = secondPass(s, out, ctx.labels, t, emitBuf);
  return Array.from(out, (l) => t.bio[l]);
}

/** Tag every sentence of a Doc (after the text stage); spans are token ranges with PER/ORG/LOC/MISC labels. */
export function runTagger(doc: Doc): NerSpan[] {
  const t = tagger();
  const labels = t.bio;
  const ids = tokenIds(doc);
  t.scorer.reserveIds(ids);
  const L = t.model.L;
  scratch.take(doc.tokens.count, DOC_KINDS, L);
  const sentences: NormalizedSentence[] = mapPacked(doc.sentences, (s) =>
    t.scorer.sentenceOfIds(ids, s.tokStart, s.tokEnd, scratch),
  );
  const { ctx, own } = DocContext.build(sentences, scratch.own);
  // First pass over the whole document (emissions kept: every score is written before it is read), then the
  // second pass with document labels.
  const emit = scratch.emit;
  const docLabels = new DocLabels();
  const codes: Int8Array[] = new Array(sentences.length);
  const first = mapPacked(sentences, (s, si) => {
    const sub = emit.subarray(doc.sentences[si].tokStart * L, doc.sentences[si].tokEnd * L);
    const out = firstPass(
      s,
      ctx,
      t,
      own[si],
      sub,
      scratch.first.subarray(doc.sentences[si].tokStart, doc.sentences[si].tokEnd),
    );
    codes[si] = labelCodes(t.bio, out, s, ENTITY_TYPES);
    docLabels.add(s, codes[si]);
    return out;
  });
  const spans: NerSpan[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const sub = emit.subarray(doc.sentences[si].tokStart * L, doc.sentences[si].tokEnd * L);
    const second = scratch.second.subarray(doc.sentences[si].tokStart, doc.sentences[si].tokEnd);
    const out = sentences[si].norm.length
      ? secondPass(sentences[si], first[si], docLabels, t, sub, codes[si], second)
      : first[si];
    const base = doc.sentences[si].tokStart;
    let cur: NerSpan | null = null;
    for (let i = 0; i < out.length; i++) {
      const l = labels[out[i]];
      const type = l.slice(2);
      if (cur && !(l[0] === 'I' && cur.label === type)) {
        spans.push(cur);
        cur = null;
      }
      if (l !== 'O' && !cur) cur = { tokStart: base + i, tokEnd: base + i + 1, label: type, rule: TAGGER_RULE };
      else if (cur) cur.tokEnd = base + i + 1;
    }
    if (cur) spans.push(cur);
  }
  return spans;
}
