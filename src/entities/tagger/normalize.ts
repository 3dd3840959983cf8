/** Token normalization shared by training and tagging: curly quotes/apostrophes to ASCII, dashes unified. */

/** Map typographic variants to the ASCII forms CoNLL news uses; returns the input when nothing changes. */
export function normalizeWord(w: string): string {
  let ascii = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return w === '``' || w === "''" ? '"' : w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) out += "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb || c === 0x2033) out += '"';
    else if (c === 0x2013 || c === 0x2014 || c === 0x2212) out += '-';
    else if (c === 0x00a0) out += ' ';
    else out += w[i];
  }
  return out;
}

/** Replace every digit by 0 ("1996-08-22" -> "0000-00-00"), so numbers share features. */
export function digitsToZero(w: string): string {
  let has = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      has = true;
      break;
    }
  }
  return has ? w.replace(/[0-9]/g, '0') : w;
}

/** Word shape: X for upper, x for lower, d for digit, other chars kept; `short` collapses runs ("Xxxx" -> "Xx"). */
export function wordShape(w: string, short: boolean): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 0x41 && c <= 0x5a) s = 0x58;
    else if (c >= 0x61 && c <= 0x7a) s = 0x78;
    else if (c >= 0x30 && c <= 0x39) s = 0x64;
    else if (c > 0x7f) {
      const ch = w[i];
      const up = ch.toUpperCase();
      const lo = ch.toLowerCase();
      s = up !== lo ? (ch === up ? 0x58 : 0x78) : c;
    } else s = c;
    if (s === last) {
      run++;
      if (short || run > 3) continue;
    } else run = 0;
    last = s;
    out += String.fromCharCode(s);
  }
  return out;
}

/** True when the first char is an uppercase letter (ASCII fast path, Unicode fallback). */
export function isCapitalized(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0x80) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
