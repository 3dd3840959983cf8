/** Text normalization applied once at read time; offsets are into the normalized text that is stored. */

/** Strip a BOM, turn CRLF/CR into LF, non-breaking and other odd spaces into plain spaces. */
export function normalizeText(raw: string): string {
  let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  // Same length replacements keep offsets simple: NBSP, narrow NBSP, figure space, thin spaces.
  s = s.replace(/[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003]/g, ' ');
  return s;
}
