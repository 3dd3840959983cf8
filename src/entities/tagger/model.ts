/**
 * The trained weight table: hashed feature buckets -> one int8 weight per label (times `scale`),
 * plus label transitions. Stored gzipped in data/ner-model.bin.gz; looked up by open addressing. The part-of-speech
 * tagger (src/pos/) stores its model the same way: its labels are not entity labels, so no transition is forbidden.
 */
import { gzipSync } from 'node:zlib';
import { gunzipWhole } from '../../gunzip.js';
import { allowedTransition, LABELS } from './labels.js';
import { allowedPredecessors, viterbi, viterbiBio, type Predecessors } from './decode.js';

const MAGIC = 'PNER1';

export interface ModelHeader {
  labels: string[];
  hashBits: number;
  /** Log quantization: code q (-127..127) means sign(q) * a * (exp(|q| / b) - 1). */
  quant: { a: number; b: number };
  count: number;
  /** Free-form training facts (epochs, data, dev F1) for the record. */
  info: Record<string, unknown>;
}

export class TaggerModel {
  readonly L: number;
  readonly mask: number;
  /**
   * Open addressing over the features, one slot per cache-line quarter: the key + 1 (0: free) in the first int, the
   * L int8 weights in the bytes after it. A lookup that finds its feature reads one cache line; with the keys, the
   * row numbers and the weights in three arrays it read three, and the tagger's scoring, millions of lookups at
   * random places, waited on memory.
   */
  private readonly slots: Int32Array;
  private readonly slotBytes: Int8Array;
  /**
   * One byte per slot (0: free), a few bits of the key's hash: a probe walks these (128 KB, stays in the core's
   * cache) and reads a slot (2 MB, mostly not in cache) only where they match. A third of the lookups (feature
   * pairs the model has no weights for) end here without touching the slots.
   */
  private readonly fingerprints: Uint8Array;
  /** Ints per slot (a power of two, so a slot never straddles a cache line). */
  private readonly stride: number;
  private readonly slotMask: number;
  /** Transition scores with forbidden transitions set to -Infinity. */
  readonly trans: Float64Array;
  /** Allowed previous labels per label, for Viterbi. */
  readonly preds: Predecessors;
  /** Transitions by current label (byCur[c*L + prev]) and from the sentence start, for viterbiBio. */
  readonly byCur: Float64Array;
  readonly startTrans: Float64Array;
  /** The labels are exactly LABELS (O, B-/I- per type): viterbiBio applies. */
  readonly isBio: boolean;
  /** Dequantized value of each int8 code (index code + 128). */
  private readonly lut = new Float64Array(256);

  constructor(
    readonly header: ModelHeader,
    trans: Float32Array,
    readonly keys: Int32Array,
    readonly rows: Int8Array,
  ) {
    const L = header.labels.length;
    this.L = L;
    this.mask = (1 << header.hashBits) - 1;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.slotMask = cap - 1;
    let stride = 1;
    while (stride < 1 + Math.ceil(L / 4)) stride <<= 1;
    this.stride = stride;
    this.slots = new Int32Array(cap * stride);
    this.slotBytes = new Int8Array(this.slots.buffer);
    this.fingerprints = new Uint8Array(cap);
    const slots = this.slots;
    const bytes = this.slotBytes;
    const fps = this.fingerprints;
    const m = this.slotMask;
    for (let r = 0; r < keys.length; r++) {
      const h = Math.imul(keys[r], 0x9e3779b1) >>> 0;
      let s = h & m;
      while (fps[s] !== 0) s = (s + 1) & m;
      fps[s] = fingerprint(h);
      slots[s * stride] = keys[r] + 1;
      const to = s * stride * 4 + 4;
      const from = r * L;
      for (let l = 0; l < L; l++) bytes[to + l] = rows[from + l];
    }
    for (let q = -127; q <= 127; q++) this.lut[q + 128] = dequantize(q, header.quant);
    this.trans = new Float64Array((L + 1) * L);
    const entityLabels = header.labels.every(isEntityLabel);
    for (let p = -1; p < L; p++) {
      for (let c = 0; c < L; c++) {
        const k = (p + 1) * L + c;
        this.trans[k] = !entityLabels || allowedTransition(p, c, header.labels) ? trans[k] : -Infinity;
      }
    }
    this.preds = allowedPredecessors(this.trans, L);
    this.byCur = new Float64Array(L * L);
    for (let c = 0; c < L; c++) for (let q = 0; q < L; q++) this.byCur[c * L + q] = this.trans[(q + 1) * L + c];
    this.startTrans = this.trans.slice(0, L);
    this.isBio = L === LABELS.length && header.labels.every((l, i) => l === LABELS[i]);
  }

  /** Best label sequence for emission scores emit[i*L + label] of n tokens, into out. */
  decode(emit: Float64Array, n: number, out: Int32Array): void {
    if (this.isBio) viterbiBio(emit, n, this.startTrans, this.byCur, out);
    else viterbi(emit, n, this.L, this.trans, out, this.preds);
  }

  /** The slot of a feature hash in the weight table, or -1 when the feature has no weights. */
  slot(featureHash: number): number {
    const key = (featureHash & this.mask) + 1;
    const h = Math.imul(key - 1, 0x9e3779b1) >>> 0;
    const fp = fingerprint(h);
    const fps = this.fingerprints;
    const m = this.slotMask;
    for (let s = h & m; ; s = (s + 1) & m) {
      const f = fps[s];
      if (f === 0) return -1;
      if (f === fp && this.slots[s * this.stride] === key) return s;
    }
  }

  /** Add a feature's weights to out[off .. off+L). */
  addFeature(featureHash: number, out: Float64Array, off: number): void {
    const s = this.slot(featureHash);
    if (s < 0) return;
    const L = this.L;
    const base = s * this.stride * 4 + 4;
    const w = this.slotBytes;
    const lut = this.lut;
    for (let l = 0; l < L; l++) out[off + l] += lut[w[base + l] + 128];
  }

  /** Emission scores for tokens: emit[i*L + label]. */
  score(ids: Int32Array, offsets: Int32Array, n: number, emit: Float64Array): void {
    const L = this.L;
    for (let i = 0; i < n; i++) {
      const e = i * L;
      for (let l = 0; l < L; l++) emit[e + l] = 0;
      for (let f = offsets[i]; f < offsets[i + 1]; f++) this.addFeature(ids[f], emit, e);
    }
  }
}

/** O, or a BIO/BILOU prefix and a type ("B-PER"): labels whose sequences have forbidden transitions. */
function isEntityLabel(label: string): boolean {
  return label === 'O' || (label.length > 2 && label[1] === '-' && 'BILU'.includes(label[0]));
}

/** 1..255 from the hash's top byte (the slot index comes from its low bits). */
function fingerprint(h: number): number {
  return (h >>> 24) | 0 || 1;
}

/** Binary layout: MAGIC, u32 header length, header JSON, f32 transitions, varint key deltas, int8 rows. */
export function encodeModel(header: ModelHeader, trans: Float32Array, keys: Int32Array, rows: Int8Array): Buffer {
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  parts.push(len, head, Buffer.from(trans.buffer, trans.byteOffset, trans.byteLength));
  const varints: number[] = [];
  let prev = 0;
  for (let i = 0; i < keys.length; i++) {
    let d = keys[i] - prev;
    prev = keys[i];
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    varints.push(d);
  }
  parts.push(Buffer.from(varints), Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Buffer): TaggerModel {
  const b = gunzipWhole(gz);
  if (b.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a Parley tagger model file');
  let p = MAGIC.length;
  const hlen = b.readUInt32LE(p);
  p += 4;
  const header = JSON.parse(b.toString('utf8', p, p + hlen)) as ModelHeader;
  p += hlen;
  const L = header.labels.length;
  const tn = (L + 1) * L;
  const trans = new Float32Array(tn);
  for (let i = 0; i < tn; i++, p += 4) trans[i] = b.readFloatLE(p);
  const keys = new Int32Array(header.count);
  let prev = 0;
  for (let i = 0; i < header.count; i++) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const byte = b[p++];
      v |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    prev += v;
    keys[i] = prev;
  }
  // The bytes are the int8 weights: one native copy.
  const rows = new Int8Array(header.count * L);
  rows.set(new Int8Array(b.buffer, b.byteOffset + p, rows.length));
  return new TaggerModel(header, trans, keys, rows);
}

export function dequantize(q: number, { a, b }: { a: number; b: number }): number {
  if (q === 0) return 0;
  const v = a * (Math.exp(Math.abs(q) / b) - 1);
  return q < 0 ? -v : v;
}

export function quantize(x: number, { a, b }: { a: number; b: number }): number {
  const q = Math.round(b * Math.log1p(Math.abs(x) / a));
  const c = q > 127 ? 127 : q;
  return x < 0 ? -c : c;
}
