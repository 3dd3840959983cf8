/**
 * Train the part-of-speech tagger: an averaged perceptron over the Penn Treebank tags of the POS column of CoNLL++
 * train, one token at a time, with the features of src/pos/features.ts (the word and its neighbours, no previous
 * tags). Writes data/pos-model.bin.gz in the NER model's format (entities/tagger/model.ts: hashed features, int8
 * log-quantized weights; its transitions are all zero). Dev is used only to report.
 *   npm run train:pos -- [--epochs 8] [--bits 20] [--seed 1] [--min-count 1]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath, sharedPath } from '../src/data-path.js';
import { readConllFile } from '../src/eval/readers/conll.js';
import { decodeModel, encodeModel, quantize } from '../src/entities/tagger/model.js';
import {
  boundaryFeatures,
  neighbourFeatures,
  NEIGHBOUR_OFFSETS,
  posWord,
  wordFeatures,
  type PosWord,
} from '../src/pos/features.js';
import { joinContractions } from '../src/pos/contractions.js';
import { PosTagger, POS_MODEL_FILE } from '../src/pos/tagger.js';
import { vocab } from '../src/text/vocab.js';

const args = process.argv.slice(2);
function arg(name: string, def: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}
const EPOCHS = arg('epochs', 8);
const BITS = arg('bits', 20);
const SEED = arg('seed', 1);
/** Features seen in fewer training tokens than this are left out of the shipped model. */
const MIN_COUNT = arg('min-count', 1);
const QUANT_RANGE = arg('quant-range', 2000);
const MASK = (1 << BITS) - 1;

const t0 = Date.now();
const log = (msg: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

interface Sentence {
  /** Index of its document in the file. */
  doc: number;
  words: PosWord[];
  gold: Int32Array;
  /** Word and neighbour feature ids of each token: ids[offsets[i], offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
}

function sentences(path: string, labelOf: (tag: string) => number): Sentence[] {
  const out: Sentence[] = [];
  const types = new Map<string, PosWord>();
  const typeOf = (w: string): PosWord => {
    let p = types.get(w);
    if (!p) types.set(w, (p = posWord(w)));
    return p;
  };
  for (const [di, doc] of readConllFile(path).entries()) {
    for (const s of doc.sentences) {
      if (s.pos.length !== s.words.length)
        throw new Error(`${path}: a sentence without a POS column ("${s.words.join(' ')}")`);
      const joined = joinContractions(s.words, s.pos);
      const words = joined.words.map(typeOf);
      const ids: number[] = [];
      const offsets = new Int32Array(words.length + 1);
      const buf: number[] = [];
      for (let i = 0; i < words.length; i++) {
        offsets[i] = ids.length;
        buf.length = 0;
        wordFeatures(words[i], buf);
        for (const d of NEIGHBOUR_OFFSETS) {
          const j = i + d;
          if (j < 0 || j >= words.length) boundaryFeatures(d, buf);
          else neighbourFeatures(d, words[j], buf);
        }
        for (const f of buf) ids.push(f & MASK);
      }
      offsets[words.length] = ids.length;
      out.push({ doc: di, words, gold: Int32Array.from(joined.tags, labelOf), ids: Int32Array.from(ids), offsets });
    }
  }
  return out;
}

/** Averaged multiclass perceptron over sparse rows (lazy averaging: avg = w - u / step). */
class Perceptron {
  private readonly rowOf = new Map<number, number>();
  private w: Float32Array;
  private u: Float64Array;
  /** Training tokens each row's feature occurred in. */
  private counts: Int32Array;
  step = 1;

  constructor(readonly L: number) {
    this.w = new Float32Array(1 << 16);
    this.u = new Float64Array(1 << 16);
    this.counts = new Int32Array((1 << 16) / L);
  }

  get rows(): number {
    return this.rowOf.size;
  }

  private row(key: number, create: boolean): number {
    let r = this.rowOf.get(key);
    if (r !== undefined || !create) return r ?? -1;
    r = this.rowOf.size;
    this.rowOf.set(key, r);
    if ((r + 1) * this.L > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
      const c = new Int32Array(this.counts.length * 2);
      c.set(this.counts);
      this.counts = c;
    }
    return r;
  }

  /** Scores of one token into emit, from raw (training) or averaged weights. */
  score(feats: ArrayLike<number>, from: number, to: number, emit: Float64Array, averaged: boolean): void {
    const L = this.L;
    emit.fill(0);
    for (let k = from; k < to; k++) {
      const r = this.row(feats[k] & MASK, false);
      if (r < 0) continue;
      const b = r * L;
      if (averaged) for (let l = 0; l < L; l++) emit[l] += this.w[b + l] - this.u[b + l] / this.step;
      else for (let l = 0; l < L; l++) emit[l] += this.w[b + l];
    }
  }

  update(feats: ArrayLike<number>, from: number, to: number, gold: number, pred: number): void {
    const L = this.L;
    const c = this.step;
    for (let k = from; k < to; k++) {
      const b = this.row(feats[k] & MASK, true) * L;
      this.w[b + gold] += 1;
      this.u[b + gold] += c;
      this.w[b + pred] -= 1;
      this.u[b + pred] -= c;
    }
  }

  /** Count the features of a training token (to prune rare ones from the shipped model). */
  count(feats: ArrayLike<number>, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const r = this.row(feats[k] & MASK, true);
      this.counts[r]++;
    }
  }

  /** Averaged weights of the rows seen at least minCount times, keys ascending. */
  averagedRows(minCount: number): { keys: number[]; weights: Float32Array[] } {
    const keys = [...this.rowOf.keys()].sort((a, b) => a - b);
    const kept: number[] = [];
    const weights: Float32Array[] = [];
    for (const key of keys) {
      const r = this.rowOf.get(key)!;
      if (this.counts[r] < minCount) continue;
      const row = new Float32Array(this.L);
      for (let l = 0; l < this.L; l++) row[l] = this.w[r * this.L + l] - this.u[r * this.L + l] / this.step;
      kept.push(key);
      weights.push(row);
    }
    return { keys: kept, weights };
  }
}

/** Tag each token of one sentence (training: with updates against the gold tags); returns the errors. */
function tagSentence(p: Perceptron, s: Sentence, emit: Float64Array, train: boolean, averaged: boolean): number {
  let errors = 0;
  for (let i = 0; i < s.words.length; i++) {
    const from = s.offsets[i];
    const to = s.offsets[i + 1];
    p.score(s.ids, from, to, emit, averaged);
    let best = 0;
    for (let l = 1; l < p.L; l++) if (emit[l] > emit[best]) best = l;
    const gold = s.gold[i];
    if (best !== gold) {
      errors++;
      if (train) p.update(s.ids, from, to, gold, best);
    }
    if (train) p.count(s.ids, from, to);
  }
  return errors;
}

function accuracy(p: Perceptron, data: Sentence[]): number {
  const emit = new Float64Array(p.L);
  let errors = 0;
  let n = 0;
  for (const s of data) {
    errors += tagSentence(p, s, emit, false, true);
    n += s.words.length;
  }
  return 1 - errors / n;
}

function shuffle<T>(a: T[], seed: number): void {
  let x = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
}

function train(data: Sentence[], L: number, dev: Sentence[]): Perceptron {
  const p = new Perceptron(L);
  const emit = new Float64Array(L);
  const order = data.slice();
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffle(order, SEED * 1000 + epoch);
    let errors = 0;
    let n = 0;
    for (const s of order) {
      errors += tagSentence(p, s, emit, true, false);
      n += s.words.length;
      p.step++;
    }
    log(
      `epoch ${epoch}: train errors ${(errors / n).toFixed(4)}; dev accuracy ${accuracy(p, dev).toFixed(4)}; ${p.rows} feature rows`,
    );
  }
  return p;
}

/** The averaged weights, log-quantized to int8, in the model file format. */
function pack(p: Perceptron, labels: string[], info: Record<string, unknown>): Buffer {
  const { keys, weights } = p.averagedRows(MIN_COUNT);
  let max = 0;
  for (const row of weights) for (const v of row) if (Math.abs(v) > max) max = Math.abs(v);
  const a = max / QUANT_RANGE;
  const quant = { a, b: 127 / Math.log1p(max / a) };
  const keptKeys: number[] = [];
  const rows: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const q = Array.from(weights[k], (v) => quantize(v, quant));
    if (q.every((v) => v === 0)) continue;
    keptKeys.push(keys[k]);
    rows.push(...q);
  }
  const header = { labels, hashBits: BITS, quant, count: keptKeys.length, info };
  return encodeModel(
    header,
    new Float32Array((labels.length + 1) * labels.length),
    Int32Array.from(keptKeys),
    Int8Array.from(rows),
  );
}

/**
 * The margin by which a non-verb tag must beat every verb tag before a stage may overrule a verb reading with it
 * (src/events/predicates.ts): the 99th percentile, over the verbs of held-out sentences, of (best non-verb score -
 * best verb score), so that about 1 verb in 100 is taken for a non-verb.
 */
function verbVetoMargin(
  model: Buffer,
  heldOut: Sentence[],
  labels: string[],
): { margin: number; nonVerbsVetoed: number } {
  const tagger = new PosTagger(decodeModel(model));
  const isVerb = labels.map((t) => t.startsWith('VB'));
  const scores = new Float64Array(labels.length);
  const verbMargins: number[] = [];
  const otherMargins: number[] = [];
  for (const s of heldOut) {
    const ids = Int32Array.from(s.words, (w) => vocab.idAt(w.norm, 0, w.norm.length));
    for (let i = 0; i < ids.length; i++) {
      tagger.scoresAt(ids, 0, ids.length, i, scores);
      let verb = -Infinity;
      let other = -Infinity;
      for (let l = 0; l < labels.length; l++) {
        if (isVerb[l]) verb = Math.max(verb, scores[l]);
        else other = Math.max(other, scores[l]);
      }
      (isVerb[s.gold[i]] ? verbMargins : otherMargins).push(other - verb);
    }
  }
  verbMargins.sort((a, b) => a - b);
  const margin = verbMargins[Math.floor(verbMargins.length * 0.99)];
  return { margin, nonVerbsVetoed: otherMargins.filter((m) => m > margin).length / otherMargins.length };
}

function main(): void {
  const trainPath = sharedPath('gold/conll2003/conllpp_train.txt');
  const devPath = sharedPath('gold/conll2003/conllpp_dev.txt');
  const tagSet = new Set<string>();
  for (const doc of readConllFile(trainPath)) for (const s of doc.sentences) for (const t of s.pos) tagSet.add(t);
  const labels = [...tagSet].sort();
  if (labels.length > 255) throw new Error(`${labels.length} tags: more than a byte holds`);
  const labelOf = (t: string): number => {
    const i = labels.indexOf(t);
    return i < 0 ? labels.indexOf('NN') : i;
  };
  const trainSet = sentences(trainPath, labelOf);
  const dev = sentences(devPath, labelOf);
  log(`${labels.length} tags; train ${trainSet.length} sentences, dev ${dev.length}`);

  // Calibration: a model trained on 9 of 10 training documents sets the verb veto margin on the tenth.
  const held = (x: Sentence): boolean => x.doc % 10 === 0;
  const calibration = pack(
    train(
      trainSet.filter((x) => !held(x)),
      labels.length,
      dev,
    ),
    labels,
    {},
  );
  const veto = verbVetoMargin(calibration, trainSet.filter(held), labels);
  log(
    `verb veto margin ${veto.margin.toFixed(3)} (held-out training documents; non-verbs past it: ${(veto.nonVerbsVetoed * 100).toFixed(1)}%)`,
  );

  const p = train(trainSet, labels.length, dev);
  const devFloat = accuracy(p, dev);
  const buf = pack(p, labels, {
    trainedOn: 'conllpp_train.txt (POS column)',
    epochs: EPOCHS,
    seed: SEED,
    minCount: MIN_COUNT,
    devFloat,
    verbVetoMargin: veto.margin,
  });
  writeFileSync(dataPath(POS_MODEL_FILE), buf);
  log(`model: ${(buf.length / 1e6).toFixed(2)} MB`);

  // The saved (quantized) model through the run-time code path.
  const tagger = new PosTagger(decodeModel(readFileSync(dataPath(POS_MODEL_FILE))));
  let right = 0;
  let n = 0;
  for (const doc of readConllFile(devPath)) {
    for (const s of doc.sentences) {
      const gold = joinContractions(s.words, s.pos);
      const pred = tagger.tagWords(gold.words);
      for (let i = 0; i < pred.length; i++) if (pred[i] === gold.tags[i]) right++;
      n += pred.length;
    }
  }
  log(`dev float ${devFloat.toFixed(4)}, quantized (run-time tagger) ${(right / n).toFixed(4)}`);
}

main();
