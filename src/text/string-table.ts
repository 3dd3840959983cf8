/**
 * Strings -> dense ids in one open-addressing table (typed arrays, no Map): cheap to fill (no per-entry objects,
 * no rehash of a growing Map) and looked up straight from a range of a longer text, so a token is found without
 * cutting it out first. The vocabulary of word types, the tagger's word cache and its gazetteers use it.
 */

/** FNV-1a of text[start, end), finished with a multiply-shift so the low bits are mixed. */
export function charsHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/**
 * The string with its own storage: V8 makes a slice of 13+ chars a view into the whole text, and a remembered
 * word would keep its document alive.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/**
 * Ints per slot: the key's hash, its id + 1 (0: a free slot, so a new table is the OS's zeroed memory and costs no
 * writes to fill), where its chars start in the pool, its length.
 */
const SLOT = 4;

export class StringTable {
  /** The strings by id. */
  words: string[] = [];
  /**
   * Open addressing, SLOT ints per slot (id + 1; 0: free). A lookup reads one slot and the key's chars in `pool`
   * (two cache lines), not a hash array, the strings array and a string object as well: at about one lookup per
   * token (the vocabulary, the tagger's caches) those memory reads were most of the cost.
   */
  private slots: Int32Array;
  private mask: number;
  /** The keys' UTF-16 code units, one after another. */
  private pool = new Uint16Array(4096);
  private poolUsed = 0;

  constructor(expected = 0) {
    let cap = 1024;
    while (cap < expected * 2) cap <<= 1;
    this.slots = emptySlots(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.words.length;
  }

  /** Id of text[start, end) (the whole text by default), or -1. */
  find(text: string, start = 0, end = text.length): number {
    const p = this.probe(text, start, end, charsHash(text, start, end));
    return p >= 0 ? p : -1;
  }

  /**
   * Id of text[start, end), added when new. A string added whole is kept as it is; a range of a longer text is
   * copied out (see ownCopy).
   */
  add(text: string, start = 0, end = text.length): number {
    const h = charsHash(text, start, end);
    const p = this.probe(text, start, end, h);
    if (p >= 0) return p;
    const id = this.words.length;
    const len = end - start;
    this.words.push(start === 0 && end === text.length ? text : ownCopy(text.slice(start, end)));
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    const pool = this.pool;
    const off = this.poolUsed;
    for (let i = 0; i < len; i++) pool[off + i] = text.charCodeAt(start + i);
    this.poolUsed += len;
    const at = (-p - 1) * SLOT;
    this.slots[at] = h;
    this.slots[at + 1] = id + 1;
    this.slots[at + 2] = off;
    this.slots[at + 3] = len;
    if (this.words.length * 2 > this.slots.length / SLOT) this.grow();
    return id;
  }

  clear(): void {
    this.words = [];
    this.poolUsed = 0;
    this.slots.fill(0);
  }

  /** The id of the string in the table, or -(slot + 1) for the free slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const mask = this.mask;
    const slots = this.slots;
    const len = end - start;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const at = p * SLOT;
      const idPlus1 = slots[at + 1];
      if (idPlus1 === 0) return -(p + 1);
      if (slots[at] === h && slots[at + 3] === len && this.sameChars(slots[at + 2], text, start, len))
        return idPlus1 - 1;
    }
  }

  private sameChars(off: number, text: string, start: number, len: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < len; i++) if (pool[off + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (old.length / SLOT) * 2;
    const slots = emptySlots(cap);
    const mask = cap - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + 1] === 0) continue;
      let p = old[o] & mask;
      while (slots[p * SLOT + 1] !== 0) p = (p + 1) & mask;
      slots.set(old.subarray(o, o + SLOT), p * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** `cap` free slots. */
function emptySlots(cap: number): Int32Array {
  return new Int32Array(cap * SLOT);
}
