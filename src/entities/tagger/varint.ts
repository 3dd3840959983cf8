/** Unsigned varints (7 bits per byte, low first): the packed forms of the tagger's data files. */

export function pushVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** Reads unsigned varints from a byte array. */
export class VarintReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
  next(): number {
    // Values stay below 2^28 (node gaps, token ids, counts, cluster ids), so 32-bit shifts are safe.
    let v = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.pos++];
      v |= (byte & 0x7f) << shift;
      if (byte < 0x80) return v;
      shift += 7;
    }
  }
}
