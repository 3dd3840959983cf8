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

function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * The string with its own storage: V8 makes a slice of 13+ chars a view into the whole text, and a remembered
 * word would keep its document alive.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

export class StringTable {
  /** The strings by id. */
  words: string[] = [];
  private hashes: Int32Array;
  private slots: Int32Array;
  private mask: number;

  constructor(expected = 0) {
    let cap = 1024;
    while (cap < expected * 2) cap <<= 1;
    this.slots = new Int32Array(cap).fill(-1);
    this.hashes = new Int32Array(cap >> 1);
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
    this.words.push(start === 0 && end === text.length ? text : ownCopy(text.slice(start, end)));
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    this.slots[-p - 1] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  clear(): void {
    this.words = [];
    this.slots.fill(-1);
  }

  /** The id of the string in the table, or -(slot + 1) for the free slot where it would go. */
  private probe(text: string, start: number, end: number, h: number): number {
    const mask = this.mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const k = this.slots[p];
      if (k < 0) return -(p + 1);
      if (this.hashes[k] === h && sameChars(this.words[k], text, start, end)) return k;
    }
  }

  private grow(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let k = 0; k < this.words.length; k++) {
      let p = this.hashes[k] & this.mask;
      while (this.slots[p] >= 0) p = (p + 1) & this.mask;
      this.slots[p] = k;
    }
  }
}
