/**
 * Strings -> dense ids in one open-addressing table (typed arrays, no Map): cheap to fill at load time
 * (no per-entry objects, no rehash of a growing Map) and looked up by the string's characters.
 */
export class StringIds {
  readonly words: string[] = [];
  private hashes = new Int32Array(512);
  private slots = new Int32Array(1024).fill(-1);
  private mask = 1023;

  constructor(expected = 0) {
    let cap = 1024;
    while (cap < expected * 2) cap <<= 1;
    if (cap > 1024) {
      this.slots = new Int32Array(cap).fill(-1);
      this.hashes = new Int32Array(cap >> 1);
      this.mask = cap - 1;
    }
  }

  get size(): number {
    return this.words.length;
  }

  /** Id of `word`, or -1. */
  get(word: string): number {
    const h = stringHash(word);
    const mask = this.mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const k = this.slots[p];
      if (k < 0) return -1;
      if (this.hashes[k] === h && this.words[k] === word) return k;
    }
  }

  /** Id of `word`, added when new. */
  add(word: string): number {
    const h = stringHash(word);
    const mask = this.mask;
    let p = h & mask;
    for (; ; p = (p + 1) & mask) {
      const k = this.slots[p];
      if (k < 0) break;
      if (this.hashes[k] === h && this.words[k] === word) return k;
    }
    const id = this.words.length;
    this.words.push(word);
    if (id >= this.hashes.length) {
      const hs = new Int32Array(this.hashes.length * 2);
      hs.set(this.hashes);
      this.hashes = hs;
    }
    this.hashes[id] = h;
    this.slots[p] = id;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
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

/** FNV-1a over the string's UTF-16 units with a final mix (the table masks the low bits). */
function stringHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}
