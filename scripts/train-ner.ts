/**
 * Train the NER tagger: averaged structured perceptron over BIO labels with Viterbi, on CoNLL++ train only.
 * Writes data/ner-model.bin.gz (int8 weights) and data/ner-gazetteers.json.gz (phrase lists from
 * CountryInfo, Phoenix actor dictionaries, world-countries and the training data). Dev is used only to report.
 *   npm run train:ner -- [--epochs 10] [--bits 22] [--seed 1] [--bilou] [--clusters 0] [--cluster-cache FILE]
 * (--cluster-cache only speeds up repeated experiments: clusters are rebuilt when the file is absent)
 *   npm run train:ner -- --repack   rewrites data/ner-gazetteers.json.gz in the current packed form (no training;
 *                                   same phrases and counts, so the tagger's output does not change)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath, sharedPath } from '../src/data-path.js';
import { readConllFile, bioSpans, type ConllDocument } from '../src/eval/readers/conll.js';
import { Gazetteer, gazetteerFromData, gazetteerToData } from '../src/entities/tagger/gazetteer.js';
import { clustersFromData, clustersToData } from '../src/entities/tagger/clusters.js';
import {
  docLabelFeatures,
  labelCodes,
  normalizeSentence,
  personNameParts,
  sentenceFeatures,
  type Gazetteers,
  type NormalizedSentence,
  type SentenceFeatures,
} from '../src/entities/tagger/features.js';
import { DocContext, DocLabels, isShoutedSentence } from '../src/entities/tagger/doc-context.js';
import {
  allowedTransition,
  bioToBilou,
  ENTITY_TYPES,
  labelIndex,
  labelSet,
  toBioLabel,
  typeIndex,
} from '../src/entities/tagger/labels.js';
import { viterbi } from '../src/entities/tagger/decode.js';
import { decodeModel, dequantize, encodeModel, quantize } from '../src/entities/tagger/model.js';
import { GAZETTEER_FILE, MODEL_FILE, type GazetteerFile } from '../src/entities/tagger/index.js';
import { newNerCounters, nerMetrics, scoreSentence } from '../src/eval/ner.js';
import { buildClusters, corpusDocuments } from './ner-clusters.js';

const args = process.argv.slice(2);
function arg(name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}
const EPOCHS = arg('epochs', 10);
const BITS = arg('bits', 22);
const SEED = arg('seed', 1);
const QUANT_RANGE = arg('quant-range', 20000);
const USE_CLUSTERS = arg('clusters', 1) === 1;
const DOC_LABELS = arg('doc-labels', 1) === 1;
const USE_NAMES = arg('names', 1) === 1;
const FOLDS = arg('folds', 2);
const FOLD_EPOCHS = arg('fold-epochs', 5);
const SCHEME = args.includes('--bilou') ? 'BILOU' : 'BIO';
const LABELS = labelSet(SCHEME);
const L = LABELS.length;
const PER = typeIndex('PER');
const ORG = typeIndex('ORG');
const LOC = typeIndex('LOC');
const MISC = typeIndex('MISC');

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

// ---------- gazetteers from outside the training data ----------

/** "KURDISTAN_WORKERS'_PARTY_" -> ["kurdistan", "workers'", "party"]; null for entries we cannot use. */
function dictPhrase(raw: string): string[] | null {
  const s = raw.trim().replace(/^\+/, '');
  if (!s || /[(),[\]{}<>#=]/.test(s)) return null;
  const toks = s
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  if (toks.length === 0 || toks.length > 8) return null;
  if (toks.length === 1 && toks[0].length < 3) return null;
  return toks;
}

function textPhrase(raw: string): string[] {
  return raw
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

const DEMONYM_END = /(an|ese|ish|ic|ch|i|ean|ian|ot|er)$/;

function addCountryInfo(g: Gazetteer): void {
  const text = readFileSync(sharedPath('gazetteers/CountryInfo.120116.txt'), 'latin1');
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const section = (block: string, tag: string): string[] => {
    const m = block.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
    return m
      ? m[1]
          .split('\n')
          .map((l) => l.replace(/#.*/, '').trim())
          .filter(Boolean)
      : [];
  };
  for (const block of body.split('</Country>')) {
    const names = section(block, 'CountryName');
    const nameSet = new Set(names.map((n) => n.replace(/_+$/, '')));
    for (const n of names) {
      const p = dictPhrase(n);
      if (p) g.add(p, LOC);
    }
    for (const n of section(block, 'Nationality')) {
      const p = dictPhrase(n);
      if (!p) continue;
      const isAdj = p.length === 1 && DEMONYM_END.test(p[0]) && !nameSet.has(n.replace(/_+$/, ''));
      g.add(p, isAdj ? MISC : LOC);
    }
    for (const tag of ['Capital', 'MajorCities', 'Regions', 'GeogFeatures']) {
      for (const n of section(block, tag)) {
        const p = dictPhrase(n);
        if (p) g.add(p, LOC);
      }
    }
    for (const tag of ['Leaders', 'Government']) {
      for (const line of section(block, tag)) {
        if (line.startsWith('<')) continue;
        const name = line.split(/\s*\[/)[0];
        if (!line.includes('[')) continue;
        for (const alt of name.split(/\}\s*\{/)) {
          const p = dictPhrase(alt.replace(/[{}]/g, ''));
          if (p && p.length >= 2) g.add(p, PER);
        }
      }
    }
  }
}

/** Phoenix international and non-state actor dictionaries: organizations; dated single-line entries are people. */
function addPhoenix(g: Gazetteer): void {
  for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    const text = readFileSync(sharedPath('gazetteers/petrarch2-dictionaries', file), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim() || line.startsWith('#') || /^\s/.test(line)) continue;
      const [head] = line.split(/[[#\t]/);
      const p = dictPhrase(head.replace(/\(.*?\)/g, ''));
      if (!p) continue;
      const person = /\[\w+ [<>]?\d{6}/.test(line) && !line.trim().startsWith('+');
      g.add(p, person ? PER : ORG);
    }
  }
}

function addWorldCountries(g: Gazetteer): void {
  const require = createRequire(import.meta.url);
  type Country = {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    demonyms?: { eng?: { m: string; f: string } };
  };
  const countries = require('world-countries/countries.json') as Country[];
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3), ...c.capital]) {
      g.add(textPhrase(n), LOC);
    }
    const d = c.demonyms?.eng;
    if (d) for (const n of new Set([d.m, d.f])) if (n) g.add(textPhrase(n), MISC);
  }
}

// ---------- training-data gazetteer (leave-one-document-out while training) ----------

function docEntityGazetteer(doc: ConllDocument): Gazetteer {
  const g = new Gazetteer();
  for (const s of doc.sentences) {
    const lower = normalizeSentence(s.words).lower;
    for (const sp of bioSpans(s.tags)) g.add(lower.slice(sp.start, sp.end), typeIndex(sp.type));
  }
  return g;
}

// ---------- examples ----------

interface Example {
  /** Features of the first pass (everything but document labels). */
  base: SentenceFeatures;
  /** Features trained on: base plus second-pass document-label features. */
  f: SentenceFeatures;
  gold: Int32Array;
  n: number;
  doc: number;
  s: NormalizedSentence;
  shouted: boolean;
}

function examples(docs: ConllDocument[], gaz: Gazetteers, perDocExclude: Gazetteer[] | null): Example[] {
  const out: Example[] = [];
  docs.forEach((doc, di) => {
    const ns = doc.sentences.map((s) => normalizeSentence(s.words));
    const { ctx } = DocContext.build(ns);
    doc.sentences.forEach((s, si) => {
      const f = sentenceFeatures(ns[si], ctx, gaz, perDocExclude ? perDocExclude[di] : undefined);
      const tags = SCHEME === 'BIO' ? s.tags : bioToBilou(s.tags);
      out.push({
        base: f,
        f,
        gold: Int32Array.from(tags, (t) => labelIndex(t, LABELS)),
        n: s.words.length,
        doc: di,
        s: ns[si],
        shouted: isShoutedSentence(ns[si].norm),
      });
    });
  });
  return out;
}

/** Second pass: add document-label features computed from first-pass predictions of the same documents. */
function withDocLabels(exs: Example[], firstPass: Int32Array[]): SentenceFeatures[] {
  const bio = LABELS.map(toBioLabel);
  const codes = exs.map((ex, k) => labelCodes(bio, firstPass[k], ex.s, ENTITY_TYPES));
  const perDoc = new Map<number, DocLabels>();
  exs.forEach((ex, k) => {
    let dl = perDoc.get(ex.doc);
    if (!dl) {
      dl = new DocLabels();
      perDoc.set(ex.doc, dl);
    }
    dl.add(ex.s, codes[k]);
  });
  return exs.map((ex, k) => {
    const dl = perDoc.get(ex.doc)!;
    const ids: number[] = [];
    const offsets = new Int32Array(ex.n + 1);
    const extra: number[] = [];
    for (let i = 0; i < ex.n; i++) {
      offsets[i] = ids.length;
      for (let f = ex.base.offsets[i]; f < ex.base.offsets[i + 1]; f++) ids.push(ex.base.ids[f]);
      extra.length = 0;
      docLabelFeatures(i, ex.s, codes[k], ex.shouted, dl, extra);
      for (const id of extra) ids.push(id);
    }
    offsets[ex.n] = ids.length;
    return { ids: Int32Array.from(ids), offsets };
  });
}

// ---------- perceptron ----------

const SIZE = 1 << BITS;
const MASK = SIZE - 1;

function maskedTrans(t: Float64Array): Float64Array {
  const m = new Float64Array(t.length);
  for (let p = -1; p < L; p++)
    for (let c = 0; c < L; c++) m[(p + 1) * L + c] = allowedTransition(p, c, LABELS) ? t[(p + 1) * L + c] : -Infinity;
  return m;
}

function emissions(f: SentenceFeatures, n: number, weights: Float32Array, emit: Float64Array): void {
  const { ids, offsets } = f;
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < L; l++) emit[i * L + l] = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const base = (ids[k] & MASK) * L;
      for (let l = 0; l < L; l++) emit[i * L + l] += weights[base + l];
    }
  }
}

/** Averaged structured perceptron (lazy averaging: avg = w - u / step). */
class Perceptron {
  readonly w = new Float32Array(SIZE * L);
  readonly u = new Float64Array(SIZE * L);
  readonly tw = new Float64Array((L + 1) * L);
  readonly tu = new Float64Array((L + 1) * L);
  step = 1;

  reset(): void {
    this.w.fill(0);
    this.u.fill(0);
    this.tw.fill(0);
    this.tu.fill(0);
    this.step = 1;
  }

  private update(f: SentenceFeatures, gold: Int32Array, pred: Int32Array, n: number): void {
    const { ids, offsets } = f;
    const { w, u, tw, tu } = this;
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const base = (ids[k] & MASK) * L;
          w[base + g] += 1;
          u[base + g] += c;
          w[base + p] -= 1;
          u[base + p] -= c;
        }
      }
      const gp = i > 0 ? gold[i - 1] : -1;
      const pp = i > 0 ? pred[i - 1] : -1;
      if (g !== p || gp !== pp) {
        tw[(gp + 1) * L + g] += 1;
        tu[(gp + 1) * L + g] += c;
        tw[(pp + 1) * L + p] -= 1;
        tu[(pp + 1) * L + p] -= c;
      }
    }
  }

  train(exs: Example[], epochs: number, seed: number, afterEpoch?: (epoch: number, errors: number) => void): void {
    const order = exs.slice();
    let emit = new Float64Array(256 * L);
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, seed * 1000 + epoch);
      let mt = maskedTrans(this.tw);
      let errors = 0;
      for (const ex of order) {
        if (emit.length < ex.n * L) emit = new Float64Array(ex.n * L * 2);
        emissions(ex.f, ex.n, this.w, emit);
        const pred = new Int32Array(ex.n);
        viterbi(emit, ex.n, L, mt, pred);
        let wrong = false;
        for (let i = 0; i < ex.n; i++) if (pred[i] !== ex.gold[i]) wrong = true;
        if (wrong) {
          errors++;
          this.update(ex.f, ex.gold, pred, ex.n);
          mt = maskedTrans(this.tw);
        }
        this.step++;
      }
      afterEpoch?.(epoch, errors);
    }
  }

  averaged(): { weights: Float32Array; trans: Float64Array } {
    const weights = new Float32Array(this.w.length);
    for (let k = 0; k < this.w.length; k++) weights[k] = this.w[k] - this.u[k] / this.step;
    const trans = new Float64Array(this.tw.length);
    for (let k = 0; k < this.tw.length; k++) trans[k] = this.tw[k] - this.tu[k] / this.step;
    return { weights, trans };
  }
}

function decodeWith(fs: SentenceFeatures[], exs: Example[], weights: Float32Array, trans: Float64Array): Int32Array[] {
  const mt = maskedTrans(trans);
  return exs.map((ex, k) => {
    const emit = new Float64Array(ex.n * L);
    emissions(fs[k], ex.n, weights, emit);
    const out = new Int32Array(ex.n);
    viterbi(emit, ex.n, L, mt, out);
    return out;
  });
}

/** Two passes, as at run time: base features, then document labels from the first pass. */
function decodeTwoPass(exs: Example[], weights: Float32Array, trans: Float64Array): Int32Array[] {
  const first = decodeWith(
    exs.map((e) => e.base),
    exs,
    weights,
    trans,
  );
  if (!DOC_LABELS) return first;
  return decodeWith(withDocLabels(exs, first), exs, weights, trans);
}

function f1Of(exs: Example[], preds: Int32Array[]): string {
  const c = newNerCounters();
  exs.forEach((ex, i) =>
    scoreSentence(
      Array.from(ex.gold, (l) => toBioLabel(LABELS[l])),
      Array.from(preds[i], (l) => toBioLabel(LABELS[l])),
      c,
    ),
  );
  const m = nerMetrics(c);
  return Object.entries(m)
    .map(([k, v]) => `${k} ${'f1' in v ? v.f1.toFixed(4) : ''}`)
    .join('  ');
}
function shuffle<T>(a: T[], seed: number): void {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

// ---------- quantize + save ----------

/** Log-scale int8 codes: ~7% relative precision from max/RANGE up to the largest weight. */
function quantizeAll(weights: Float32Array): { keys: Int32Array; rows: Int8Array; quant: { a: number; b: number } } {
  let max = 0;
  for (let k = 0; k < weights.length; k++) if (Math.abs(weights[k]) > max) max = Math.abs(weights[k]);
  const a = max / QUANT_RANGE;
  const quant = { a, b: 127 / Math.log1p(max / a) };
  const keys: number[] = [];
  const rows: number[] = [];
  const row = new Int8Array(L);
  for (let b = 0; b < SIZE; b++) {
    let any = false;
    for (let l = 0; l < L; l++) {
      const q = quantize(weights[b * L + l], quant);
      row[l] = q;
      if (q !== 0) any = true;
    }
    if (!any) continue;
    keys.push(b);
    for (let l = 0; l < L; l++) rows.push(row[l]);
  }
  return { keys: Int32Array.from(keys), rows: Int8Array.from(rows), quant };
}

function main(): void {
  const train = readConllFile(sharedPath('gold/conll2003/conllpp_train.txt'));
  const dev = readConllFile(sharedPath('gold/conll2003/conllpp_dev.txt'));
  log(`train ${train.length} docs, dev ${dev.length} docs`);

  const ext = new Gazetteer();
  addCountryInfo(ext);
  addPhoenix(ext);
  addWorldCountries(ext);
  const perDoc = train.map(docEntityGazetteer);
  const trainGaz = new Gazetteer();
  for (const g of perDoc)
    for (const e of g.entries())
      for (let t = 0; t < e.counts.length; t++) if (e.counts[t]) trainGaz.add(e.tokens, t, e.counts[t]);
  log(`gazetteers: external ${ext.size} phrases, training ${trainGaz.size} phrases`);
  let clusters: Map<string, number> | undefined;
  if (USE_CLUSTERS) {
    const cache = args.includes('--cluster-cache') ? args[args.indexOf('--cluster-cache') + 1] : '';
    if (cache && existsSync(cache))
      clusters = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, number>));
    else clusters = buildClusters(corpusDocuments(train.flatMap((d) => d.sentences.map((s) => s.words))));
    if (cache) writeFileSync(cache, JSON.stringify(Object.fromEntries(clusters)));
    log(`word clusters: ${clusters.size} words`);
  }
  const gaz: Gazetteers = { ext, train: trainGaz, clusters, names: USE_NAMES ? personNameParts(ext, PER) : undefined };

  const trainEx = examples(train, gaz, perDoc);
  const devEx = examples(dev, gaz, null);
  log(`features: ${trainEx.length} train sentences, ${devEx.length} dev sentences`);

  const model = new Perceptron();
  if (DOC_LABELS) {
    // Jackknife: first-pass labels for each training fold come from a model trained on the other folds,
    // so document-label features are as noisy in training as at run time.
    const firstPass: Int32Array[] = new Array(trainEx.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const held = trainEx.map((ex) => ex.doc % FOLDS === fold);
      model.reset();
      model.train(
        trainEx.filter((_, k) => !held[k]),
        FOLD_EPOCHS,
        SEED + 100 + fold,
      );
      const avg = model.averaged();
      const idx = trainEx.map((_, k) => k).filter((k) => held[k]);
      const preds = decodeWith(
        idx.map((k) => trainEx[k].base),
        idx.map((k) => trainEx[k]),
        avg.weights,
        avg.trans,
      );
      idx.forEach((k, j) => (firstPass[k] = preds[j]));
      log(
        `first-pass fold ${fold + 1}/${FOLDS}: ${f1Of(
          idx.map((k) => trainEx[k]),
          preds,
        )}`,
      );
    }
    const second = withDocLabels(trainEx, firstPass);
    trainEx.forEach((ex, k) => (ex.f = second[k]));
    model.reset();
  }
  model.train(trainEx, EPOCHS, SEED, (epoch, errors) => {
    const avg = model.averaged();
    log(
      `epoch ${epoch}: ${errors} train sentences wrong; dev ${f1Of(devEx, decodeTwoPass(devEx, avg.weights, avg.trans))}`,
    );
  });

  const avg = model.averaged();
  const q = quantizeAll(avg.weights);
  const devF1 = f1Of(devEx, decodeTwoPass(devEx, avg.weights, avg.trans));
  const header = {
    labels: LABELS,
    hashBits: BITS,
    quant: q.quant,
    count: q.keys.length,
    info: {
      trainedOn: 'conllpp_train.txt',
      scheme: SCHEME,
      epochs: EPOCHS,
      seed: SEED,
      clusters: USE_CLUSTERS,
      docLabels: DOC_LABELS,
      names: USE_NAMES,
      devFloat: devF1,
    },
  };
  const buf = encodeModel(header, Float32Array.from(avg.trans), q.keys, q.rows);
  writeFileSync(dataPath(MODEL_FILE), buf);
  const gzFile: GazetteerFile = {
    ext: gazetteerToData(ext),
    train: gazetteerToData(trainGaz),
    ...(clusters ? { clusters: clustersToData(clusters) } : {}),
  };
  const gbuf = gzipSync(Buffer.from(JSON.stringify(gzFile)), { level: 9 });
  writeFileSync(dataPath(GAZETTEER_FILE), gbuf);
  log(
    `model: ${q.keys.length} feature rows, ${(buf.length / 1e6).toFixed(2)} MB; gazetteers ${(gbuf.length / 1e6).toFixed(2)} MB`,
  );

  // Check the saved (quantized) model through the run-time code path.
  const saved = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  const savedWeights = new Float32Array(SIZE * L);
  for (let r = 0; r < saved.keys.length; r++) {
    for (let l = 0; l < L; l++)
      savedWeights[saved.keys[r] * L + l] = dequantize(saved.rows[r * L + l], saved.header.quant);
  }
  log(`dev float:     ${devF1}`);
  log(`dev quantized: ${f1Of(devEx, decodeTwoPass(devEx, savedWeights, avg.trans))}`);
}

/** Rewrite the shipped gazetteer file in the current serialized form (see gazetteerToData). */
function repackGazetteers(): void {
  const file = dataPath(GAZETTEER_FILE);
  const old = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as GazetteerFile;
  const out: GazetteerFile = {
    ext: gazetteerToData(gazetteerFromData(old.ext)),
    train: gazetteerToData(gazetteerFromData(old.train)),
    ...(old.clusters ? { clusters: clustersToData(clustersFromData(old.clusters).toMap()) } : {}),
  };
  const gbuf = gzipSync(Buffer.from(JSON.stringify(out)), { level: 9 });
  writeFileSync(file, gbuf);
  log(`gazetteers repacked: ${(gbuf.length / 1e6).toFixed(2)} MB`);
}

if (args.includes('--repack')) repackGazetteers();
else main();
